package dk.harness.testkit;

/**
 * vcfeval's four headline numbers (the {@code None} row of summary.txt). Immutable.
 *
 * @param tpBaseline True-pos-baseline (truth TP)
 * @param tpCall True-pos-call (query TP)
 * @param fp False-pos
 * @param fn False-neg
 */
public record VcfevalCounts(long tpBaseline, long tpCall, long fp, long fn) {

  /** The counts of the run with truth and query exchanged: TP-baseline and TP-call swap, FP and FN swap. */
  public VcfevalCounts swapped() {
    return new VcfevalCounts(tpCall, tpBaseline, fn, fp);
  }

  @Override
  public String toString() {
    return "TP-baseline=" + tpBaseline + " TP-call=" + tpCall + " FP=" + fp + " FN=" + fn;
  }
}
