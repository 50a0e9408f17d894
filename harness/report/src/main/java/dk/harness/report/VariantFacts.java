package dk.harness.report;

import dk.harness.core.Variant;
import java.util.TreeSet;

/**
 * What the reports need to know about one record's genotype and alleles, derived the way hap.py's
 * quantification does (per called allele, after trimming common leading and trailing bases). Immutable.
 *
 * <p>Differences from hap.py, which realigns each allele against the reference: an allele whose trimmed REF
 * and ALT are both non-empty and differ in length is "complex" with length {@code |len(ALT) - len(REF)|}
 * (hap.py counts the inserted plus deleted bases of its alignment, which is at least that); equal-length
 * multi-base alleles (MNPs) count a ti or tv per differing base and no indel class.
 *
 * @param type the SNP/INDEL row (vcfeval's split, {@link VariantType#of})
 * @param location hap.py's location type (BLT): het, homalt, hetalt, hemi, halfcall, homref or nocall
 * @param ti whether a called allele contains a transition
 * @param tv whether a called allele contains a transversion
 * @param indelClasses hap.py subtype names this record counts under (I1_5 ... C16_PLUS), sorted; may be empty
 * @param bi hap.py's BI value (e.g. {@code ti}, {@code d1_5}, {@code i1_5,d1_5} sorted), {@code .} if none
 */
record VariantFacts(VariantType type, String location, boolean ti, boolean tv, java.util.List<String> indelClasses,
    String bi) {

  static VariantFacts of(Variant v) {
    final String location = location(v);
    boolean ti = false;
    boolean tv = false;
    final TreeSet<String> bis = new TreeSet<>();
    final TreeSet<String> classes = new TreeSet<>();
    final int[] gt = v.genotype();
    final boolean homalt = "homalt".equals(location);
    for (int h = 0; h < gt.length; h++) {
      final int a = gt[h];
      if (a <= 0 || (homalt && h > 0)) {
        continue;
      }
      final byte[] alt = v.allele(a);
      if (alt == null) {
        continue;
      }
      final byte[] ref = v.allele(0);
      int left = 0;
      while (left < ref.length && left < alt.length && ref[left] == alt[left]) {
        left++;
      }
      int right = 0;
      while (right < ref.length - left && right < alt.length - left
          && ref[ref.length - 1 - right] == alt[alt.length - 1 - right]) {
        right++;
      }
      final int refLen = ref.length - left - right;
      final int altLen = alt.length - left - right;
      if (refLen == 0 && altLen == 0) {
        continue;
      }
      if (refLen == altLen) {
        for (int i = 0; i < refLen; i++) {
          final byte r = ref[left + i];
          final byte b = alt[left + i];
          if (r != b) {
            if (isTransition(r, b)) {
              ti = true;
              bis.add("ti");
            } else {
              tv = true;
              bis.add("tv");
            }
          }
        }
      } else if (refLen == 0) {
        final String c = sizeClass("I", altLen);
        classes.add(c);
        bis.add(c.toLowerCase(java.util.Locale.ROOT));
      } else if (altLen == 0) {
        final String c = sizeClass("D", refLen);
        classes.add(c);
        bis.add(c.toLowerCase(java.util.Locale.ROOT));
      } else {
        final String c = sizeClass("C", Math.abs(altLen - refLen));
        classes.add(c);
        bis.add(c.toLowerCase(java.util.Locale.ROOT));
      }
    }
    // hap.py keeps BI names in a sorted std::set: plain byte order, as TreeSet gives
    final String bi = bis.isEmpty() ? "." : String.join(",", bis);
    return new VariantFacts(VariantType.of(v), location, ti, tv, java.util.List.copyOf(classes), bi);
  }

  private static String sizeClass(String prefix, int len) {
    if (len <= 5) {
      return prefix + "1_5";
    }
    if (len <= 15) {
      return prefix + "6_15";
    }
    return prefix + "16_PLUS";
  }

  private static boolean isTransition(byte a, byte b) {
    final char x = Character.toUpperCase((char) a);
    final char y = Character.toUpperCase((char) b);
    return (x == 'A' && y == 'G') || (x == 'G' && y == 'A') || (x == 'C' && y == 'T') || (x == 'T' && y == 'C');
  }

  /** hap.py's location type of a genotype. */
  static String location(Variant v) {
    final int[] gt = v.genotype();
    if (gt.length == 0) {
      return "nocall";
    }
    boolean anyMissing = false;
    boolean allMissing = true;
    for (int a : gt) {
      if (a < 0) {
        anyMissing = true;
      } else {
        allMissing = false;
      }
    }
    if (allMissing) {
      return "nocall";
    }
    if (anyMissing) {
      return "halfcall";
    }
    if (gt.length == 1) {
      return gt[0] == 0 ? "homref" : "hemi";
    }
    if (gt.length == 2) {
      if (gt[0] == gt[1]) {
        return gt[0] == 0 ? "homref" : "homalt";
      }
      return gt[0] == 0 || gt[1] == 0 ? "het" : "hetalt";
    }
    // polyploid: hap.py calls anything it cannot classify "unknown"
    boolean allSame = true;
    for (int a : gt) {
      allSame &= a == gt[0];
    }
    return allSame ? (gt[0] == 0 ? "homref" : "homalt") : "unknown";
  }
}
