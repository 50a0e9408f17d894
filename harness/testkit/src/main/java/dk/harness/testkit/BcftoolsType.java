package dk.harness.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Variant typing as {@code bcftools view -v snps|indels} applies it (htslib's per-ALT classification), used to
 * reproduce the per-type tables of the na12878 oracle (PROVENANCE.md section 2.4). A record is selected by
 * {@code -v snps} when any ALT is a SNP, by {@code -v indels} when any ALT is an indel, so one multi-allelic
 * SNP+indel record counts in both. This is NOT the harness's own SNP/INDEL split (see the report module). Stateless.
 *
 * <p>Per ALT: equal single bases are REF, different single bases a SNP. Otherwise the common prefix is removed; if
 * one allele is used up it is an indel (both used up: REF). Then the common suffix is removed (leaving at least
 * one base each): one base left on both sides is a SNP; one side down to one base whose base equals the other
 * side's is an indel; equal lengths left are an MNP; anything else is OTHER. Symbolic ALTs are OTHER, {@code *}
 * is OVERLAP, {@code .} is REF.
 */
public final class BcftoolsType {
  private BcftoolsType() {
  }

  /** The per-ALT classes. */
  public enum Kind { REF, SNP, MNP, INDEL, OTHER, OVERLAP }

  /** The classes of every ALT of a record. */
  public static Set<Kind> kinds(String ref, List<String> alts) {
    final Set<Kind> out = EnumSet.noneOf(Kind.class);
    for (String alt : alts) {
      out.add(kind(ref, alt));
    }
    return out;
  }

  /** Whether {@code bcftools view -v snps} selects the record. */
  public static boolean isSnp(String ref, List<String> alts) {
    return kinds(ref, alts).contains(Kind.SNP);
  }

  /** Whether {@code bcftools view -v indels} selects the record. */
  public static boolean isIndel(String ref, List<String> alts) {
    return kinds(ref, alts).contains(Kind.INDEL);
  }

  /** The class of one ALT against REF. */
  public static Kind kind(String refIn, String altIn) {
    final String ref = refIn.toUpperCase(Locale.ROOT);
    final String alt = altIn.toUpperCase(Locale.ROOT);
    if (alt.equals(".")) {
      return Kind.REF;
    }
    if (alt.startsWith("*")) {
      return Kind.OVERLAP;
    }
    if (alt.startsWith("<") || alt.indexOf('[') >= 0 || alt.indexOf(']') >= 0) {
      return Kind.OTHER;
    }
    if (ref.length() == 1 && alt.length() == 1) {
      return ref.equals(alt) ? Kind.REF : Kind.SNP;
    }
    int p = 0;
    while (p < ref.length() && p < alt.length() && ref.charAt(p) == alt.charAt(p)) {
      p++;
    }
    if (p == ref.length() && p == alt.length()) {
      return Kind.REF;
    }
    if (p == ref.length() || p == alt.length()) {
      return Kind.INDEL;
    }
    int re = ref.length() - 1;
    int ae = alt.length() - 1;
    while (re > p && ae > p && ref.charAt(re) == alt.charAt(ae)) {
      re--;
      ae--;
    }
    if (ae == p && re == p) {
      return Kind.SNP;
    }
    if (ae == p || re == p) {
      return ref.charAt(re) == alt.charAt(ae) ? Kind.INDEL : Kind.OTHER;
    }
    return re - p == ae - p ? Kind.MNP : Kind.OTHER;
  }
}
