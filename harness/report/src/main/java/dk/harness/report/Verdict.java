package dk.harness.report;

/**
 * The GA4GH benchmarking decision (BD) of one record after confident regions are applied, plus the two
 * states in which a record is not counted.
 */
public enum Verdict {
  TP("TP"),
  FP("FP"),
  FN("FN"),
  /** Query record outside the confident regions (or a TP matched only to truth outside them). */
  UNK("UNK"),
  /** Not a variant: takes no part (BD=N). */
  NOT_VARIANT("N"),
  /** Left undecided by the engine: counted apart; written with BD=UNK and the INFO flag {@code TooComplex}. */
  TOO_COMPLEX("UNK");

  private final String bd;

  Verdict(String bd) {
    this.bd = bd;
  }

  /** The BD value written to the GA4GH VCF. */
  public String bd() {
    return bd;
  }

  /** Whether the record enters TP/FP/FN/UNK counts. */
  public boolean counted() {
    return this != NOT_VARIANT && this != TOO_COMPLEX;
  }
}
