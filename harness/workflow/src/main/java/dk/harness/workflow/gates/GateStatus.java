package dk.harness.workflow.gates;

/** A submission's verdict, ordered from best to worst. */
public enum GateStatus {
  PASS,
  WARN,
  FAIL;

  /** The worse of the two. */
  public GateStatus worst(GateStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
