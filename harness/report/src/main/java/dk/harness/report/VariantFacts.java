package dk.harness.report;

import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * @param indelClassMask the hap.py subtypes this record counts under, bit b standing for
 *     {@code StratifiedCounts.INDEL_SUBTYPES.get(b + 1)} (C16_PLUS ... I6_15); see {@link #indelClasses()}
 * @param bi hap.py's BI value (e.g. {@code ti}, {@code d1_5}, {@code i1_5,d1_5} sorted), {@code .} if none
 */
record VariantFacts(VariantType type, String location, boolean ti, boolean tv, int indelClassMask, String bi) {

  /**
   * BI names and indel classes in String order (hap.py's std::set order), as bits of a mask: bits 0-8 are the
   * indel classes (C16_PLUS .. I6_15), 9 is ti, 10 is tv.
   */
  private static final String[] BI_NAMES = {"c16_plus", "c1_5", "c6_15", "d16_plus", "d1_5", "d6_15", "i16_plus",
      "i1_5", "i6_15", "ti", "tv"};
  private static final int TI_BIT = 1 << 9;
  private static final int TV_BIT = 1 << 10;
  private static final int CLASS_BITS = 9;
  /** BI text per mask; indel class names per mask of the class bits. Constant tables. */
  private static final String[] BI = new String[1 << BI_NAMES.length];
  private static final List<List<String>> CLASSES;

  static {
    final List<List<String>> classes = new ArrayList<>(1 << CLASS_BITS);
    for (int mask = 0; mask < BI.length; mask++) {
      final StringBuilder bi = new StringBuilder();
      final List<String> names = new ArrayList<>();
      for (int b = 0; b < BI_NAMES.length; b++) {
        if ((mask & (1 << b)) != 0) {
          bi.append(bi.length() == 0 ? "" : ",").append(BI_NAMES[b]);
          if (b < CLASS_BITS) {
            names.add(BI_NAMES[b].toUpperCase(Locale.ROOT));
          }
        }
      }
      BI[mask] = bi.length() == 0 ? "." : bi.toString();
      if (mask < 1 << CLASS_BITS) {
        classes.add(List.copyOf(names));
      }
    }
    CLASSES = List.copyOf(classes);
  }

  static VariantFacts of(Variant v) {
    final String location = location(v);
    int mask = 0;
    final boolean homalt = "homalt".equals(location);
    for (int h = 0; h < v.ploidy(); h++) {
      final int a = v.genotype(h);
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
            mask |= isTransition(r, b) ? TI_BIT : TV_BIT;
          }
        }
      } else if (refLen == 0) {
        mask |= 1 << sizeClass(6, altLen); // I16_PLUS, I1_5, I6_15
      } else if (altLen == 0) {
        mask |= 1 << sizeClass(3, refLen); // D...
      } else {
        mask |= 1 << sizeClass(0, Math.abs(altLen - refLen)); // C...
      }
    }
    // hap.py keeps BI names in a sorted std::set: plain byte order, as the tables are
    return new VariantFacts(VariantType.of(v), location, (mask & TI_BIT) != 0, (mask & TV_BIT) != 0,
        mask & ((1 << CLASS_BITS) - 1), BI[mask]);
  }

  /** hap.py subtype names this record counts under (I1_5 ... C16_PLUS), sorted; may be empty. */
  List<String> indelClasses() {
    return CLASSES.get(indelClassMask);
  }

  /** The bit of a size class: {@code first} is the kind's 16_PLUS bit, then 1_5, then 6_15. */
  private static int sizeClass(int first, int len) {
    if (len <= 5) {
      return first + 1;
    }
    if (len <= 15) {
      return first + 2;
    }
    return first;
  }

  private static boolean isTransition(byte a, byte b) {
    final char x = Character.toUpperCase((char) a);
    final char y = Character.toUpperCase((char) b);
    return (x == 'A' && y == 'G') || (x == 'G' && y == 'A') || (x == 'C' && y == 'T') || (x == 'T' && y == 'C');
  }

  /** hap.py's location type of a genotype. */
  static String location(Variant v) {
    final int[] gt = v.ploidy() <= 2 ? null : v.genotype();
    final int ploidy = v.ploidy();
    if (ploidy == 0) {
      return "nocall";
    }
    if (gt == null) {
      // haploid and diploid calls (almost all), without copying the genotype
      final int g0 = v.genotype(0);
      final int g1 = ploidy == 2 ? v.genotype(1) : g0;
      if (g0 < 0 && g1 < 0) {
        return "nocall";
      }
      if (g0 < 0 || g1 < 0) {
        return "halfcall";
      }
      if (ploidy == 1) {
        return g0 == 0 ? "homref" : "hemi";
      }
      if (g0 == g1) {
        return g0 == 0 ? "homref" : "homalt";
      }
      return g0 == 0 || g1 == 0 ? "het" : "hetalt";
    }
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
