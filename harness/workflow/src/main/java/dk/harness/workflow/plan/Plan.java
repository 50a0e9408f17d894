package dk.harness.workflow.plan;

import dk.harness.core.sv.SvConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run plan ({@code harness run --plan PLAN.yaml}), read and checked by {@link PlanReader}: which submissions to
 * compare with which truth sets, where results go and which criteria judge them. Paths are absolute (relative
 * paths in the file are resolved against the plan's folder). Immutable.
 *
 * @param source the plan file
 * @param text the plan file's content, as read
 * @param sha256 SHA-256 of the plan file's bytes
 * @param planVersion {@code plan_version}; only 1 is known
 * @param runId {@code run_id}, or null to let the run derive one (UTC time and plan hash)
 * @param resultsDir {@code results_dir}; default {@code results} next to the plan
 * @param threads {@code threads}: submissions compared at once times engine threads; default the processor count
 * @param gates {@code gates}: the council criteria file; default {@code gates/council-criteria.yaml} next to the
 *     plan
 * @param catalogue {@code catalogue}: the truth-set catalogue, or null when every truth set is defined inline
 * @param truthSetCache {@code truth_set_cache}: where catalogue truth sets were fetched, or null
 * @param truthSets truth sets, in file order, distinct ids
 * @param submissions submissions, in file order, distinct (unit, sample)
 * @param svConfig {@code sv_parameters}: the Truvari parameters of every SV comparison of the plan (Truvari's
 *     defaults for keys not given)
 */
public record Plan(Path source, String text, String sha256, int planVersion, String runId, Path resultsDir,
    int threads, Path gates, Path catalogue, Path truthSetCache, List<PlanTruthSet> truthSets,
    List<PlanSubmission> submissions, SvConfig svConfig) {
  public Plan {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(resultsDir, "resultsDir");
    Objects.requireNonNull(gates, "gates");
    Objects.requireNonNull(svConfig, "svConfig");
    truthSets = List.copyOf(truthSets);
    submissions = List.copyOf(submissions);
  }

  /** A plan without {@code sv_parameters} (Truvari's defaults). */
  public Plan(Path source, String text, String sha256, int planVersion, String runId, Path resultsDir,
      int threads, Path gates, Path catalogue, Path truthSetCache, List<PlanTruthSet> truthSets,
      List<PlanSubmission> submissions) {
    this(source, text, sha256, planVersion, runId, resultsDir, threads, gates, catalogue, truthSetCache, truthSets,
        submissions, SvConfig.defaults());
  }

  /** Every submission's parts, in plan order (a submission's small-variant part before its SV part). */
  public List<SubmissionPart> parts() {
    return submissions.stream().flatMap(s -> s.parts().stream()).toList();
  }

  /** The truth set with this id, if the plan defines one. */
  public Optional<PlanTruthSet> truthSet(String id) {
    return truthSets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** A copy with other run id, results folder, thread count or criteria (null keeps the plan's value). */
  public Plan withOverrides(String newRunId, Path newResultsDir, Integer newThreads, Path newGates) {
    return new Plan(source, text, sha256, planVersion, newRunId != null ? newRunId : runId,
        newResultsDir != null ? newResultsDir : resultsDir, newThreads != null ? newThreads : threads,
        newGates != null ? newGates : gates, catalogue, truthSetCache, truthSets, submissions, svConfig);
  }
}
