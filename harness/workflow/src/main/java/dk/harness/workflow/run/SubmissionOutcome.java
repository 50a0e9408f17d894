package dk.harness.workflow.run;

import dk.harness.workflow.plan.PlanSubmission;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one submission of a run. Immutable.
 *
 * @param submission the plan's submission
 * @param status PASS, WARN, FAIL or ERROR
 * @param reasons the gates' reasons, or the errors that stopped it, in order
 * @param querySha256 SHA-256 of the submitted VCF, or null when it could not be read
 * @param previousRunId the run whose result the regression rule compared with, or null
 * @param folder the submission's folder relative to the run folder ({@code unit/sample})
 * @param intakeSeconds time spent in intake
 * @param truthWaitSeconds time spent waiting for the truth set to be loaded (by this or another submission)
 * @param compareSeconds time spent comparing (0 when not compared)
 * @param totalSeconds wall time of the submission
 */
public record SubmissionOutcome(PlanSubmission submission, Status status, List<String> reasons, String querySha256,
    String previousRunId, Path folder, double intakeSeconds, double truthWaitSeconds, double compareSeconds,
    double totalSeconds) {
  public SubmissionOutcome {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }
}
