package dk.harness.council;

import java.util.List;

/**
 * One false negative (a truth record) or false positive (a query record) of the GA4GH VCF. The alleles and
 * genotype come from the submission or the truth set (untrusted text). Immutable.
 *
 * @param contig contig
 * @param pos 1-based position (as in the VCF)
 * @param ref REF allele
 * @param alt ALT alleles, comma-separated
 * @param fn true for a truth FN, false for a query FP
 * @param gt the genotype on that side
 * @param level the GA4GH BK match level: {@code am} (alleles match, genotype differs), {@code lm} (a local match:
 *     another allele near by), or {@code .} (nothing near)
 * @param type SNP or INDEL (BVT)
 * @param score the ROC score (QQ), or "."
 * @param block the BS block start, or -1 when the record was not matched in a block
 * @param strata the stratification regions it lies in (CONF and TS_* left out)
 */
public record ErrorCall(String contig, long pos, String ref, String alt, boolean fn, String gt, String level,
    String type, String score, long block, List<String> strata) {
  public ErrorCall {
    strata = List.copyOf(strata);
  }

  /** The last reference base the record covers, 1-based. */
  public long end() {
    return pos + Math.max(1, ref.length()) - 1;
  }

  /** Why it is an error, in plain words. */
  public String why() {
    return switch (level) {
      case "am" -> "genotype differs: the same alleles, another genotype";
      case "lm" -> fn ? "allele differs: a query call near by, with other alleles"
          : "allele differs: a truth variant near by, with other alleles";
      default -> fn ? "missed: no query call near by" : "false call: no truth variant near by";
    };
  }

  /** E.g. {@code A>T 0/1}. */
  public String allele() {
    return ref + ">" + alt + " " + gt;
  }
}
