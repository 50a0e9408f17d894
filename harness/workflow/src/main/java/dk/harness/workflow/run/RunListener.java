package dk.harness.workflow.run;

import dk.harness.workflow.plan.PlanSubmission;

/**
 * Hooks into a run, for callers that want to follow it (and for tests that simulate a crash: an exception thrown
 * here aborts the run like any internal error). Called from worker threads; implementations must be thread-safe.
 */
public interface RunListener {
  /** Does nothing. */
  RunListener NONE = new RunListener() {
  };

  /**
   * A submission part finished (its files are written in the run's temporary folder): called once per part, so
   * twice for a submission with a small-variant and a structural-variant part ({@link SubmissionOutcome#part()}).
   */
  default void submissionDone(PlanSubmission submission, SubmissionOutcome outcome) {
  }
}
