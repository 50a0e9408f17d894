package dk.harness.workflow.gates;

/** A metric a gate rule judges; written in lower case in the criteria file. */
public enum Metric {
  /** TRUTH.TP / (TRUTH.TP + TRUTH.FN). */
  RECALL,
  /** QUERY.TP / (QUERY.TP + QUERY.FP). */
  PRECISION,
  /** Harmonic mean of recall and precision. */
  F1
}
