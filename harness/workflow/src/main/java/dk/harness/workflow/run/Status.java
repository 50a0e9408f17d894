package dk.harness.workflow.run;

import dk.harness.workflow.gates.GateStatus;

/** A submission's verdict in a run: the gates' PASS/WARN/FAIL, or ERROR when it could not be compared. */
public enum Status {
  /** Every rule met. */
  PASS,
  /** Met, but close to a threshold or dropped since the previous result. */
  WARN,
  /** A threshold or the regression rule failed. */
  FAIL,
  /** Not compared: intake found errors, or the comparison refused the submitted files. */
  ERROR;

  /** The status of a gate verdict. */
  public static Status of(GateStatus s) {
    return switch (s) {
      case PASS -> PASS;
      case WARN -> WARN;
      case FAIL -> FAIL;
    };
  }
}
