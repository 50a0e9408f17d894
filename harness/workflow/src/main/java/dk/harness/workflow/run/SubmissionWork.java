package dk.harness.workflow.run;

import dk.harness.compare.ProgressSink;
import dk.harness.core.sv.SvConfig;
import dk.harness.intake.IntakeReport;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a {@link Runner} gets each submission's intake report and comparison outputs: done right here
 * ({@link #local}, {@code harness run}), or collected from shards that ran elsewhere ({@code harness merge}).
 * Everything else (run folder, verdicts, gates, run.json, history) is the runner's, so both write the same run.
 *
 * <p>The runner calls, per submission with a small-variant part and from its worker threads: {@link #intake}; then,
 * when intake found no error, {@link #loadTruth} and {@link #compare}; finally {@link #release}, whatever happened.
 * Per structural-variant part: {@link #svIntake}, then, without intake errors, {@link #svCompare}.
 * Implementations must be thread-safe.
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

  /** The intake report of an SV part's VCF (the runner writes it as {@code sv/intake.json}). */
  IntakeReport svIntake(SubmissionPart part, PlanTruthSet truth) throws Exception;

  /**
   * Writes an SV part's comparison outputs (what {@code harness compare-sv --output} writes) into {@code folder},
   * which must not exist yet.
   *
   * @param config the plan's {@code sv_parameters}
   * @throws dk.harness.io.InputException if the submitted file or the truth set's files were refused (the runner
   *     tells them apart by the file named); nothing is left at {@code folder} then
   */
  void svCompare(SubmissionPart part, PlanTruthSet truth, SvConfig config, Path folder, String harnessVersion,
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

  /** The intake check {@code harness run} makes of an SV part (reads the whole VCF). */
  static IntakeReport checkSvIntake(SubmissionPart part, PlanTruthSet truth) {
    return LocalWork.checkSv(part, truth);
  }

  /** The SV comparison {@code harness run} makes of an SV part (see {@link #svCompare}). */
  static void compareSv(SubmissionPart part, PlanTruthSet truth, SvConfig config, Path folder,
      String harnessVersion, ProgressSink progress) throws Exception {
    LocalWork.compareSvPart(part, truth, config, folder, harnessVersion, progress);
  }

  /** The work of {@code harness run}: intake and comparison in this process, truth sets read once and shared. */
  static SubmissionWork local(Plan plan) {
    return new LocalWork(plan);
  }
}
