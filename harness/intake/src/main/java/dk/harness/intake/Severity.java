package dk.harness.intake;

/** How bad an intake finding is. Any {@link #ERROR} stops the submission (the CLI exits with code 2). */
public enum Severity {
  /** The submission cannot be benchmarked as given (numbers would be wrong or meaningless). */
  ERROR,
  /** Benchmarking can go on, but part of the file is not compared or something looks unusual. */
  WARNING,
  /** A fact worth recording (shares of filtered, unphased, multi-allelic records). */
  INFO
}
