package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.TestFiles;
import dk.harness.workflow.history.History;
import dk.harness.workflow.plan.PlanReader;
import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run that dies leaves no run folder and an intact history; the next run cleans up after it. */
class InterruptedRunTest {

  private static List<String> entries(Path results) throws Exception {
    try (var s = Files.list(results)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path firstRun(Path dir, Path criteria) throws Exception {
    final Map<String, Path> one = Map.of("north", RunFixtures.baseQueries().get("north"));
    final RunResult r = new Runner(RunFixtures.options(new StringWriter()))
        .run(new PlanReader(1).read(RunFixtures.plan(dir, "plan0.yaml", "run0", criteria, one, 1)));
    return r.history();
  }

  @Test
  void anExceptionMidRunLeavesNothing() throws Exception {
    final Path dir = TestFiles.scratch("run-crash");
    final Path criteria = RunFixtures.criteria(dir, 0.40, 0.45);
    final Path db = firstRun(dir, criteria);
    final Path plan = RunFixtures.plan(dir, "plan.yaml", "run1", criteria, RunFixtures.baseQueries(), 1);
    final AtomicInteger done = new AtomicInteger();
    final RunListener crash = new RunListener() {
      @Override
      public void submissionDone(dk.harness.workflow.plan.PlanSubmission s, SubmissionOutcome o) {
        if (done.incrementAndGet() == 2) {
          throw new IllegalStateException("simulated crash after two submissions");
        }
      }
    };
    final IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Runner(RunFixtures.options(new StringWriter()).withListener(crash))
            .run(new PlanReader(1).read(plan)));
    assertEquals("simulated crash after two submissions", e.getMessage());
    assertEquals(List.of("history.sqlite", "history.sqlite.lock", "run0"), entries(dir.resolve("results")));
    try (History h = History.openReadOnly(db)) {
      assertEquals(List.of("run0"), h.runIds());
    }
  }

  @Test
  void aKilledProcessLeavesNoRunFolderAndTheNextRunCleansUp() throws Exception {
    final Path dir = TestFiles.scratch("run-kill");
    final Path criteria = RunFixtures.criteria(dir, 0.40, 0.45);
    final Path db = firstRun(dir, criteria);
    final long dbBytes = Files.size(db);
    // Enough submissions (about 0.3 s each on one thread) that the kill lands mid-run.
    final Map<String, Path> many = new LinkedHashMap<>();
    for (int i = 0; i < 30; i++) {
      many.put("unit" + i, RunFixtures.baseQueries().get("north"));
    }
    final Path plan = RunFixtures.plan(dir, "plan.yaml", "killed", criteria, many, 1);
    final Path results = dir.resolve("results");
    final Path partial = results.resolve(".killed.partial");
    final Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ChildRun.class.getName(), plan.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      // Kill once a few submissions are written into the partial folder.
      final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.isRegularFile(partial.resolve("unit2/HG001/verdict.json")) && child.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(
          dir.resolve("child.log")));
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    assertFalse(Files.exists(results.resolve("killed")), "no run folder");
    assertTrue(Files.isDirectory(partial), "the killed run's hidden partial folder is left");
    try (History h = History.openReadOnly(db)) {
      assertEquals(List.of("run0"), h.runIds());
    }
    assertEquals(dbBytes, Files.size(db));

    // The next run removes the leftover and runs normally.
    final StringWriter log = new StringWriter();
    final Map<String, Path> one = Map.of("north", RunFixtures.baseQueries().get("north"));
    final RunResult next = new Runner(RunFixtures.options(log))
        .run(new PlanReader(1).read(RunFixtures.plan(dir, "plan2.yaml", "after", criteria, one, 1)));
    assertTrue(log.toString().contains("removed " + partial), log.toString());
    assertEquals(List.of("after", "history.sqlite", "history.sqlite.lock", "run0"), entries(results));
    try (History h = History.openReadOnly(db)) {
      assertEquals(List.of("run0", "after"), h.runIds());
    }
    assertEquals("run0", next.outcomes().get(0).previousRunId());
  }

  @Test
  void aRunFolderMissingFromTheHistoryIsRecordedByTheNextRun() throws Exception {
    final Path dir = TestFiles.scratch("run-unrecorded");
    final Path criteria = RunFixtures.criteria(dir, 0.40, 0.45);
    final Path db = firstRun(dir, criteria);
    // Simulate a kill between the rename and the history transaction: copy run0 as a run the history lacks.
    final Path results = dir.resolve("results");
    final Path copy = results.resolve("run-lost");
    try (var walk = Files.walk(results.resolve("run0"))) {
      for (Path p : walk.toList()) {
        final Path to = copy.resolve(results.resolve("run0").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    final Path manifest = copy.resolve("run.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"run_id\" : \"run0\"",
        "\"run_id\" : \"run-lost\""));
    final StringWriter log = new StringWriter();
    final Map<String, Path> one = Map.of("north", RunFixtures.baseQueries().get("north"));
    new Runner(RunFixtures.options(log))
        .run(new PlanReader(1).read(RunFixtures.plan(dir, "plan2.yaml", "run2", criteria, one, 1)));
    assertTrue(log.toString().contains("recorded run run-lost"), log.toString());
    try (History h = History.openReadOnly(db)) {
      // run-lost has run0's start time; ties are ordered by run id.
      assertEquals(List.of("run-lost", "run0", "run2"), h.runIds(), "recorded once each");
    }
    assertFalse(new File(results.toFile(), ".run2.partial").exists());
  }
}
