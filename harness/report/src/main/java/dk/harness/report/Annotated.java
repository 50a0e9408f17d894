package dk.harness.report;


/**
 * One classified record with everything the stratified reports need. Immutable (the strata array is never
 * modified).
 *
 * @param c the counting classification
 * @param facts genotype and allele facts (type, location type, ti/tv, indel classes, BI)
 * @param strata indices (into {@link ReportContext#strata()}, ascending) of the strata the record's span
 *     overlaps; not to be modified
 * @param boundary hap.py's TS_contained / TS_boundary tag of the record's block
 * @param rocScore the score used for ROC thresholds: the query's own score; for a truth TP the lowest score of
 *     the query TPs in its block (as hap.py does); NaN when there is none
 */
record Annotated(Classified c, VariantFacts facts, int[] strata, Boundary boundary, double rocScore) {

  /** hap.py's tags for whether a benchmarking block lies inside the confident regions. */
  enum Boundary {
    /** No confident regions given, or the block lies entirely outside them. */
    NONE(null),
    /** Every record of the block overlaps the confident regions. */
    CONTAINED("TS_contained"),
    /** The block has records both inside and outside the confident regions. */
    BOUNDARY("TS_boundary");

    private final String subset;

    Boundary(String subset) {
      this.subset = subset;
    }

    /** The Subset name, or {@code null} for {@link #NONE}. */
    String subset() {
      return subset;
    }
  }

  /** Whether this record enters TP/FP/FN/UNK counts (truth outside the confident regions does not). */
  boolean counted() {
    return c.verdict().counted() && !(c.truth() && c.verdict() == Verdict.UNK);
  }
}
