package dk.harness.nextflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Nextflow test: {@code workflow/main.nf} run by Nextflow from Maven Central (offline, no plugins, local
 * executor on 2 CPUs) over the simulated demo cohort writes the same run folder and history rows as a single-machine
 * {@code harness run} of the same plan; a workflow killed half-way and resumed with {@code -resume} reuses the
 * finished units and ends with the same result.
 *
 * <p>The workflow runs the shaded jar {@code harness/cli/target/harness.jar}, built in the cli module's package
 * phase: under {@code mvn verify} it is fresh; under {@code mvn test} alone it may be missing or stale, and the test
 * is skipped with a message saying so.
 */
class NextflowWorkflowTest {
  @Test
  void workflowEqualsSingleMachineRunAndResumesAfterAKill() throws Exception {
    final WorkflowFixture f = WorkflowFixture.prepare("nf-test");

    // First attempt: killed (SIGTERM, as a scheduler's time limit or scancel does) once a few units finished.
    final Process first = f.nextflow("local", "first", Map.of());
    final long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (f.finishedUnits() < 4 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertTrue(first.isAlive(), "the workflow ended before it could be killed: " + f.log("first"));
    final int killedAt = f.finishedUnits();
    first.destroy();
    assertTrue(first.waitFor(2, TimeUnit.MINUTES), "Nextflow did not stop on SIGTERM");
    assertNotEquals(0, first.exitValue(), "the killed workflow reported success");
    assertFalse(Files.exists(f.work.resolve("nf-results").resolve(WorkflowFixture.RUN_ID)),
        "a killed workflow wrote a run");

    // Resumed: finishes, reusing every task the first attempt finished.
    final Process second = f.nextflow("local", "second", Map.of(), "-resume");
    assertTrue(second.waitFor(10, TimeUnit.MINUTES), "the resumed workflow did not finish in 10 minutes");
    assertEquals(0, second.exitValue(), "resumed workflow failed: " + f.log("second"));
    final List<Path> traces = f.traces();
    assertEquals(2, traces.size(), traces.toString());
    final int doneBeforeKill = WorkflowFixture.traceStatuses(traces.get(0)).getOrDefault("COMPLETED", 0);
    final Map<String, Integer> statuses = WorkflowFixture.traceStatuses(traces.get(1));
    assertEquals(Integer.valueOf(23), statuses.values().stream().reduce(0, Integer::sum),
        "plan, 5 intake, 10 compare and 5 SV units, merge, report: " + statuses);
    assertTrue(doneBeforeKill >= 2, "the killed attempt recorded " + doneBeforeKill + " finished tasks");
    assertEquals(Integer.valueOf(doneBeforeKill), statuses.get("CACHED"), "every task the killed attempt finished "
        + "is reused (" + killedAt + " unit results were on disk at the kill): " + statuses);
    assertEquals(Integer.valueOf(23), statuses.getOrDefault("CACHED", 0) + statuses.getOrDefault("COMPLETED", 0),
        statuses.toString());

    // The workflow's run equals the single-machine run.
    f.assertSameAsSingleRun();
  }
}
