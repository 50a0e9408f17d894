package dk.harness.testkit;

/**
 * The status vcfeval gives a record in its outputs (annotate mode's BASE/CALL values; split mode writes TP, FN
 * and FP records to tp-baseline/tp/fn/fp and leaves the others out).
 */
public enum VcfevalStatus {
  /** Genotype match: tp-baseline.vcf / tp.vcf. */
  TP,
  /** Truth not matched: fn.vcf. */
  FN,
  /** Truth matched only at allele level in a two-pass run (fn.vcf; annotate FN_CA). */
  FN_CA,
  /** Query not matched and inside the evaluation regions: fp.vcf. */
  FP,
  /** Query matched only at allele level in a two-pass run, with weight > 0 (fp.vcf; annotate FP_CA). */
  FP_CA,
  /** Not counted: outside the evaluation regions, or a matched query record of weight 0. */
  OUT,
  /** Not loaded: filtered in a PASS-only run, or not a variant. */
  IGN,
  /** Left undecided in a too-complex region. */
  HARD;

  /** The status as split mode reports it: allele-match statuses fold into FN/FP, and OUT/IGN/HARD into OUT. */
  public VcfevalStatus splitView() {
    return switch (this) {
      case FN_CA -> FN;
      case FP_CA -> FP;
      case IGN, HARD -> OUT;
      default -> this;
    };
  }
}
