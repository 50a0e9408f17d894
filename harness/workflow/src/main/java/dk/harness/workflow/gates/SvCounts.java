package dk.harness.workflow.gates;

/**
 * The counts of one SV cell, in Truvari's vocabulary. Immutable.
 *
 * @param tpBase truth calls matched (TP-base)
 * @param fn truth calls not matched
 * @param tpComp query calls matched (TP-comp)
 * @param fp query calls not matched
 */
public record SvCounts(long tpBase, long fn, long tpComp, long fp) {
  public SvCounts {
    if (tpBase < 0 || fn < 0 || tpComp < 0 || fp < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got tp_base " + tpBase + ", fn " + fn + ", tp_comp "
          + tpComp + ", fp " + fp);
    }
  }

  /** TP-base + FN: the recall's denominator. */
  public long truthTotal() {
    return tpBase + fn;
  }

  /** TP-comp + FP: the precision's denominator. */
  public long queryTotal() {
    return tpComp + fp;
  }
}
