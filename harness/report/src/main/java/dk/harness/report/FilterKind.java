package dk.harness.report;

/** The Filter column of hap.py's reports: every record, or only records that pass filters. */
public enum FilterKind {
  /** Comparison of every record. */
  ALL,
  /** Comparison with filtered records removed before matching. */
  PASS
}
