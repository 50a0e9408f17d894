package dk.harness.workflow.intake;

/**
 * The submission preflight: checks a submitted VCF against the truth set and the reference and collects every
 * problem as a {@link Finding}, instead of failing at the first one. Never modifies the submitted files.
 * Stateless; thread-safe (each call opens its own readers).
 */
public final class Intake {
  private Intake() {
  }

  /**
   * Checks a submission. Problems with the inputs are findings, never exceptions: a missing or unreadable
   * submitted VCF is an ERROR finding; an unusable truth VCF or reference is an ERROR finding naming that file.
   *
   * @param submission the submission (its VCF, index and sample column)
   * @param target the truth VCF, reference and expectations to check against
   * @return the report; {@link IntakeReport#hasErrors()} tells whether the submission must be stopped
   */
  public static IntakeReport check(Submission submission, IntakeTarget target) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
