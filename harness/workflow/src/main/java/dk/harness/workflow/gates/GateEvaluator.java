package dk.harness.workflow.gates;

/** Applies a {@link Criteria} to a result. Stateless; thread-safe. */
public final class GateEvaluator {
  private GateEvaluator() {
  }

  /**
   * Judges a result.
   *
   * @param criteria the council criteria
   * @param current the result judged
   * @param previous the same unit's previous result (same sample and truth set), or null for a first submission
   * @return PASS, WARN or FAIL with the reasons
   */
  public static GateVerdict evaluate(Criteria criteria, MetricsView current, MetricsView previous) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
