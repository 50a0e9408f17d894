package dk.harness.io;

/** Which value becomes {@link dk.harness.core.Variant#score()} (the ROC ranking score). */
public enum ScoreField {
  /** The QUAL column; NaN when {@code .}. */
  QUAL,
  /** The selected sample's FORMAT GQ; NaN when absent or {@code .}. */
  GQ
}
