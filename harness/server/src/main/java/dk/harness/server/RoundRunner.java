package dk.harness.server;

import dk.harness.council.CouncilReport;
import dk.harness.registry.Registry;
import dk.harness.registry.Round;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.Runner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a round on the server, one run at a time, in the background: writes the round's plan (as
 * {@code harness plan --from-round} does), runs it with the {@link Runner} {@code harness run} uses, and writes the
 * council report with {@link CouncilReport} ({@code harness report}'s HTML) into the round's folder.
 */
final class RoundRunner implements AutoCloseable {
  static final String REPORT_FILE = "report.html";
  private final Registry registry;
  private final int threads;
  private final PrintWriter log;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    final Thread t = new Thread(r, "harness-round-run");
    t.setDaemon(true);
    return t;
  });

  RoundRunner(Registry registry, int threads, PrintWriter log) {
    this.registry = registry;
    this.threads = threads;
    this.log = log;
  }

  /** Marks runs a stopped server was doing as failed: they will not finish. */
  void abandonInterrupted() {
    for (Round r : registry.rounds().list()) {
      if ("running".equals(r.runState())) {
        registry.rounds().runFinished("system", r.id(), null, null, false,
            "abandoned: the server stopped during the run; run the round again");
      }
    }
  }

  /** Starts a run of the round (refused when one is running or the round is still open). */
  Future<?> start(String actor, String roundId, Instant now) {
    registry.rounds().runStarted(actor, roundId, now);
    return executor.submit(() -> run(actor, roundId));
  }

  private void run(String actor, String roundId) {
    try {
      final Path dir = registry.rounds().dir(roundId);
      final Path planFile = dir.resolve("plan.yaml");
      registry.rounds().writePlan(roundId, planFile);
      final Plan plan = new PlanReader(threads).read(planFile).withOverrides(null, null, threads, null);
      final RunResult result = new Runner(RunOptions.of(version(), log).withQuiet(true)).run(plan);
      CouncilReport.write(result.runDir(), result.history(), CouncilReport.Format.HTML, dir.resolve(REPORT_FILE),
          version());
      registry.rounds().runFinished(actor, roundId, result.runId(), result.runDir(), true,
          result.outcomes().size() + " submissions compared, exit " + result.exitCode());
    } catch (Exception | Error e) {
      log.println("harness serve: round " + roundId + " run failed: " + e);
      log.flush();
      registry.rounds().runFinished(actor, roundId, null, null, false, String.valueOf(e.getMessage()));
    }
  }

  static String version() {
    final String v = RoundRunner.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
