package dk.harness.workflow.run;

import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.SubmissionPart;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one part of a submission in a run (its small-variant part, or its structural-variant part).
 * Immutable.
 *
 * @param submission the plan's submission
 * @param status PASS, WARN, FAIL or ERROR
 * @param reasons the gates' reasons, or the errors that stopped it, in order
 * @param querySha256 SHA-256 of the submitted VCF, or null when it could not be read
 * @param previousRunId the run whose result the regression rule compared with, or null
 * @param folder the part's folder relative to the run folder ({@code unit/sample}, SV part {@code unit/sample/sv})
 * @param intakeSeconds time spent in intake
 * @param truthWaitSeconds time spent waiting for the truth set to be loaded (by this or another submission)
 * @param compareSeconds time spent comparing (0 when not compared)
 * @param totalSeconds wall time of the submission
 * @param part the part of the submission this is the outcome of
 */
public record SubmissionOutcome(PlanSubmission submission, Status status, List<String> reasons, String querySha256,
    String previousRunId, Path folder, double intakeSeconds, double truthWaitSeconds, double compareSeconds,
    double totalSeconds, SubmissionPart part) {
  public SubmissionOutcome {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(part, "part");
    reasons = List.copyOf(reasons);
  }

  /** The outcome of a submission's small-variant part. */
  public SubmissionOutcome(PlanSubmission submission, Status status, List<String> reasons, String querySha256,
      String previousRunId, Path folder, double intakeSeconds, double truthWaitSeconds, double compareSeconds,
      double totalSeconds) {
    this(submission, status, reasons, querySha256, previousRunId, folder, intakeSeconds, truthWaitSeconds,
        compareSeconds, totalSeconds, submission.parts().get(0));
  }

  /** Whether this is the outcome of the structural-variant part. */
  public boolean structural() {
    return part.structural();
  }
}
