package dk.harness.simulate;

/**
 * One truth SV of one sample.
 *
 * @param allele the SV as the truth VCF writes it
 * @param genotype HET or HOM
 * @param simType DELETION, INSERTION, TANDEM_DUPLICATION (written as an insertion of the duplicated bases),
 *     DUPLICATION (symbolic) or INVERSION (INFO/SIMTYPE)
 * @param inBenchmark whether it lies inside the SV benchmark BED (with a wide margin)
 * @param following for a tandem duplication under 1 kb, the reference bases after the duplicated copy (twice its
 *     length), which a caller over-estimating its size reads on into; else empty. Kept here so callers need not
 *     go back along the reference.
 */
record SvTruth(SvAllele allele, Genotype genotype, String simType, boolean inBenchmark, String following) {
  /** Truvari's default sizemax: larger SVs take no part in its comparison. */
  static final int SIZEMAX = 50_000;
  /** Truvari's default sizemin. */
  static final int SIZEMIN = 50;

  boolean tandem() {
    return simType.equals("TANDEM_DUPLICATION");
  }

  /** Whether Truvari's defaults count it (inside the benchmark BED, 50..50000 bp). */
  boolean counted() {
    return inBenchmark && allele.length() >= SIZEMIN && allele.length() <= SIZEMAX;
  }

  /** 0-based start of the reference footprint every representation of it stays within. */
  int footprintStart() {
    return allele.anchor();
  }

  /** 0-based end of the footprint (a tandem duplication covers its duplicated bases). */
  int footprintEnd() {
    return tandem() ? allele.start() + allele.length() : allele.spanEnd();
  }
}
