package dk.harness.workflow.run;

import dk.harness.compare.ProgressSink;
import dk.harness.intake.IntakeReport;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a {@link Runner} gets each submission's intake report and comparison outputs: done right here
 * ({@link #local}, {@code harness run}), or collected from shards that ran elsewhere ({@code harness merge}).
 * Everything else (run folder, verdicts, gates, run.json, history) is the runner's, so both write the same run.
 *
 * <p>The runner calls, per submission and from its worker threads: {@link #intake}; then, when intake found no
 * error, {@link #loadTruth} and {@link #compare}; finally {@link #release}, whatever happened. Implementations must
 * be thread-safe.
 */
public interface SubmissionWork extends AutoCloseable {
  /** The intake report of the submitted files (the runner writes intake.json from it). */
  IntakeReport intake(PlanSubmission s, PlanTruthSet truth) throws Exception;

  /**
   * Readies the submission's truth set (a run reads each truth set once and shares it).
   *
   * @throws dk.harness.io.InputException if the truth set is unusable: the run is aborted
   */
  void loadTruth(PlanSubmission s, PlanTruthSet truth) throws Exception;

  /**
   * Writes the submission's compare outputs (summary.csv, metrics.json, ...) at {@code prefix}.
   *
   * @param engineThreads the engine threads recorded in metrics.json
   * @throws dk.harness.io.InputException if the submitted files were refused (the submission is then ERROR and
   *     nothing is written at {@code prefix})
   */
  void compare(PlanSubmission s, PlanTruthSet truth, int engineThreads, Path prefix, String harnessVersion,
      ProgressSink progress) throws Exception;

  /** The submission is done with its truth set (called once per submission, also after errors). */
  void release(PlanSubmission s);

  /** How many times each truth set was read, by id (ids never read may be left out). */
  Map<String, Integer> truthSetLoads();

  /** What run.json records about a truth set that was read, or null if it never was (successfully). */
  TruthSetSummary truthSetSummary(String id);

  /** Frees what is still held. */
  @Override
  void close();

  /** The intake check {@code harness run} makes of a submission (reads the whole submitted VCF). */
  static IntakeReport checkIntake(PlanSubmission s, PlanTruthSet truth) {
    return LocalWork.check(s, truth);
  }

  /** The work of {@code harness run}: intake and comparison in this process, truth sets read once and shared. */
  static SubmissionWork local(Plan plan) {
    return new LocalWork(plan);
  }
}
