package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.registry.DemoPortal;
import dk.harness.registry.Registry;
import dk.harness.registry.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code harness plan --from-round}: the portal round's plan, which {@code harness run} accepts as it is. */
class PlanFromRoundTest {
  @Test
  void theRoundsPlanListsEachUnitsLatestAcceptedSubmissionAndRunsAsWritten() throws Exception {
    final Path dir = TestData.scratch("cli-plan-from-round");
    final Path data = dir.resolve("server");
    try (Registry reg = Registry.open(data, Clock.systemUTC())) {
      reg.accounts().useSecrets(new Secrets(4));
      DemoPortal.create(reg, 3, 20_000, true);
    }
    final Path plan = dir.resolve("nightly/plan.yaml");
    final TestData.Run p = TestData.run("plan", "--from-round", DemoPortal.ROUND, "--server-data", data.toString(),
        "--out", plan.toString());
    assertEquals(0, p.exitCode(), p.stderr());
    final List<String> lines = p.stdout().lines().toList();
    assertEquals(List.of("capital", "central", "north", "south", "zealand"),
        lines.stream().map(l -> l.split("\t")[0]).toList(), p.stdout());
    assertTrue(lines.stream().allMatch(l -> l.split("\t")[2].equals("v1")), p.stdout());

    final TestData.Run run = TestData.run("run", "--plan", plan.toString(), "--threads", "2", "-q");
    assertTrue(run.exitCode() == 0 || run.exitCode() == 3, run.stderr());
    try (var runs = Files.list(data.resolve("results"))) {
      assertTrue(runs.anyMatch(d -> Files.isRegularFile(d.resolve("run.json"))), "a run folder in the server's "
          + "results");
    }
  }

  @Test
  void anUnknownRoundOrFolderIsBadInputOnOneLine() throws Exception {
    final Path dir = TestData.scratch("cli-plan-from-round-bad");
    final TestData.Run none = TestData.run("plan", "--from-round", "r1", "--server-data", dir.toString(), "--out",
        dir.resolve("p.yaml").toString());
    assertEquals(2, none.exitCode());
    assertTrue(none.stderr().startsWith("harness: error: "), none.stderr());
    assertTrue(none.stderr().contains("portal.sqlite"), none.stderr());
    Registry.open(dir, Clock.systemUTC()).close();
    final TestData.Run unknown = TestData.run("plan", "--from-round", "r1", "--server-data", dir.toString(), "--out",
        dir.resolve("p.yaml").toString());
    assertEquals(2, unknown.exitCode(), unknown.stderr());
    assertTrue(unknown.stderr().contains("round r1 not found"), unknown.stderr());
    assertTrue(Files.notExists(dir.resolve("p.yaml")));
    final TestData.Run both = TestData.run("plan", "--from-round", "r1", "--plan", "x.yaml", "--out", "p.yaml");
    assertEquals(2, both.exitCode());
  }
}
