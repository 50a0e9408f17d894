package dk.harness.workflow.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A finished run. Immutable.
 *
 * @param runId the run id
 * @param runDir the run folder {@code results/<run-id>/} (in place: the run was committed)
 * @param history the history database it was recorded in
 * @param outcomes every submission's outcome, in plan order
 * @param truthSetLoads how many times each truth set was read (1 for every truth set used: they are shared)
 * @param criteriaVersion the criteria version the verdicts were judged under
 */
public record RunResult(String runId, Path runDir, Path history, List<SubmissionOutcome> outcomes,
    Map<String, Integer> truthSetLoads, String criteriaVersion) {
  public RunResult {
    outcomes = List.copyOf(outcomes);
    truthSetLoads = Map.copyOf(truthSetLoads);
  }

  /** Exit code 0: no failure, 0 PASS/WARN only. */
  public static final int EXIT_OK = 0;
  /** Exit code 2: some submission could not be compared (bad input). */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code 3: some submission failed a gate. */
  public static final int EXIT_GATE_FAILED = 3;

  /**
   * The run's exit code: {@value #EXIT_BAD_INPUT} if any submission is ERROR (bad input wins: the council must
   * hear about a submission that was never judged), else {@value #EXIT_GATE_FAILED} if any FAILed, else
   * {@value #EXIT_OK}.
   */
  public int exitCode() {
    return exitCode(outcomes);
  }

  static int exitCode(List<SubmissionOutcome> outcomes) {
    boolean fail = false;
    for (SubmissionOutcome o : outcomes) {
      if (o.status() == Status.ERROR) {
        return EXIT_BAD_INPUT;
      }
      fail |= o.status() == Status.FAIL;
    }
    return fail ? EXIT_GATE_FAILED : EXIT_OK;
  }
}
