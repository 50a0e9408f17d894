package dk.harness.workflow.history;

/**
 * Which history rows to list; every null field matches everything. Immutable.
 *
 * @param unit only this unit
 * @param sample only this sample
 * @param truthSetId only this truth set
 * @param type only {@code SNP} or {@code INDEL}
 * @param filter only {@code ALL} or {@code PASS}
 * @param subset only this subset ({@code *} for the whole confident regions, or a stratum name); null = all
 * @param kind only {@code small-variant} or {@code structural-variant} comparisons; null = both
 */
public record HistoryQuery(String unit, String sample, String truthSetId, String type, String filter,
    String subset, String kind) {
  /**
   * Small-variant rows only (what the history held before structural variants, so callers that read SNP/INDEL
   * cells keep getting only those).
   */
  public HistoryQuery(String unit, String sample, String truthSetId, String type, String filter, String subset) {
    this(unit, sample, truthSetId, type, filter, subset, ComparisonRecord.SMALL_VARIANT);
  }

  /** Everything, of both kinds. */
  public static HistoryQuery all() {
    return new HistoryQuery(null, null, null, null, null, null, null);
  }
}
