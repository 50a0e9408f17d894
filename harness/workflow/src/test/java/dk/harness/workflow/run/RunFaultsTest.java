package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.history.History;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.plan.PlanSubmission;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Faults around {@code harness run}: bounded plans, a run.json its own readers read, damaged run folders and
 * histories, and a recording that fails after the run folder is complete.
 */
class RunFaultsTest {

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path onePlan(Path dir, String name, String runId) throws IOException {
    return RunFixtures.plan(dir, name, runId, RunFixtures.criteria(dir, 0.40, 0.45),
        Map.of("north", RunFixtures.baseQueries().get("north")), 1);
  }

  /** Appends YAML comment lines until the plan has {@code bytes} bytes. */
  static void pad(Path plan, long bytes) throws IOException {
    final StringBuilder sb = new StringBuilder(Files.readString(plan));
    final String line = "# " + "x".repeat(97) + "\n";
    while (sb.length() + line.length() <= bytes) {
      sb.append(line);
    }
    sb.append("#".repeat((int) (bytes - sb.length() - 1))).append('\n');
    Files.writeString(plan, sb);
    assertEquals(bytes, Files.size(plan));
  }

  /**
   * Damages every b-tree page after the first (the page header and cell pointers), as a disk error or a copy cut
   * short would: the file still opens as SQLite with a harness schema version, and any query fails.
   */
  static void corruptPages(Path db) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
      f.seek(16);
      final int raw = f.readUnsignedShort();
      final int pageSize = raw == 1 ? 65536 : raw;
      final byte[] junk = new byte[64];
      Arrays.fill(junk, (byte) 0xA5);
      for (long page = 1; (page + 1) * pageSize <= f.length(); page++) {
        f.seek(page * pageSize);
        f.write(junk);
      }
    }
  }

  @Test
  void aPaddedPlanIsRefusedBeforeAnyWork() throws IOException {
    final Path dir = TestFiles.scratch("fault-padded-plan");
    final Path plan = onePlan(dir, "plan.yaml", "padded");
    pad(plan, PlanReader.MAX_PLAN_BYTES + 1);
    final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(plan));
    assertTrue(e.getMessage().startsWith(plan + ": the plan is 1048577 bytes, more than the 1 MiB a plan may have"),
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("results")));
  }

  /** The largest plan accepted runs, and its run.json (a copy of the plan inside) is read back by the recorder. */
  @Test
  void aPlanAtTheLimitWritesARunJsonItsReadersRead() throws Exception {
    final Path dir = TestFiles.scratch("fault-plan-at-limit");
    final Path plan = onePlan(dir, "plan.yaml", "big");
    pad(plan, PlanReader.MAX_PLAN_BYTES);
    final RunResult r = new Runner(RunFixtures.options(new StringWriter())).run(new PlanReader(1).read(plan));
    final JsonNode runJson = Json.MAPPER.readTree(r.runDir().resolve("run.json").toFile());
    assertEquals(PlanReader.MAX_PLAN_BYTES, runJson.path("plan").path("content").asText().length());
    try (History h = History.openReadOnly(r.history())) {
      assertEquals(List.of("big"), h.runIds());
    }
    assertTrue(Runner.record(r.runDir(), dir.resolve("other.sqlite")), "recorded again from its files");
  }

  /** Text a default Jackson reader refuses (a string over 20 M characters) is never written. */
  @Test
  void runJsonIsNotWrittenWhenItsReaderWouldRefuseIt() throws IOException {
    final Path dir = TestFiles.scratch("fault-json-roundtrip");
    final Path file = dir.resolve("run.json");
    final IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Json.write(file, Map.of("content", "x".repeat(20_000_001))));
    assertTrue(e.getMessage().startsWith("run.json would not be readable"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void aDamagedRunFolderDoesNotBlockLaterRuns() throws Exception {
    final Path dir = TestFiles.scratch("fault-damaged-run-folder");
    final Path broken = Files.createDirectories(dir.resolve("results/broken"));
    Files.writeString(broken.resolve("run.json"), "{\"schema\": \"harness.run/1\", \"plan\": {\"content\": \"cut sh");
    final StringWriter log = new StringWriter();
    final RunResult r = new Runner(RunFixtures.options(log)).run(new PlanReader(1).read(onePlan(dir, "p.yaml",
        "after")));
    assertEquals("after", r.runId());
    assertTrue(log.toString().contains("harness: warning: run folder broken is not in the history and cannot be "
        + "recorded: " + broken.resolve("run.json") + ": cannot read the run manifest"), log.toString());
  }

  @Test
  void aHistoryWithCorruptPagesIsBadInputAndNothingIsWritten() throws Exception {
    final Path dir = TestFiles.scratch("fault-corrupt-history");
    final RunResult first = new Runner(RunFixtures.options(new StringWriter()))
        .run(new PlanReader(1).read(onePlan(dir, "p1.yaml", "first")));
    corruptPages(first.history());
    final InputException e = assertThrows(InputException.class, () -> new Runner(
        RunFixtures.options(new StringWriter())).run(new PlanReader(1).read(onePlan(dir, "p2.yaml", "second"))));
    assertTrue(e.getMessage().startsWith(first.history() + ": the history database is damaged (database disk image "
        + "is malformed). Fix: restore it from a backup, or move it away and record each run folder again with "
        + "'harness history --db " + first.history() + " --record RESULTS/RUN_ID'"), e.getMessage());
    assertEquals(List.of("first", "history.sqlite", "history.sqlite.lock"), entries(dir.resolve("results")));
  }

  /**
   * The history cannot be written when the run is done (simulated by putting a folder where its lock file goes,
   * from the listener of the last submission): the complete run folder stays, the message says how to record it,
   * and that command works once the history is usable.
   */
  @Test
  void aRecordingThatFailsKeepsTheRunAndSaysHowToRecordIt() throws Exception {
    final Path dir = TestFiles.scratch("fault-record-fails");
    final Path results = dir.resolve("results");
    final Path lock = results.resolve("history.sqlite.lock");
    final RunListener breakLock = new RunListener() {
      @Override
      public void submissionDone(PlanSubmission s, SubmissionOutcome o) {
        try {
          Files.deleteIfExists(lock);
          Files.createDirectory(lock);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    };
    // Outside assertThrows: without the shared data the test is skipped, not failed.
    final Path plan = onePlan(dir, "p.yaml", "done");
    final InputException e = assertThrows(InputException.class, () -> new Runner(
        RunFixtures.options(new StringWriter()).withListener(breakLock)).run(new PlanReader(1).read(plan)));
    final Path runDir = results.resolve("done");
    assertTrue(e.getMessage().contains("the run is complete in " + runDir + " but could not be recorded in the "
        + "history (a folder is where this file should be)"), e.getMessage());
    assertTrue(e.getMessage().contains("record it with 'harness history --db " + results.resolve("history.sqlite")
        + " --record " + runDir + "'"), e.getMessage());
    assertTrue(Files.isRegularFile(runDir.resolve("run.json")));
    assertTrue(Files.isRegularFile(runDir.resolve("north/HG001/HG001.metrics.json")));

    Files.delete(lock);
    assertTrue(Runner.record(runDir, results.resolve("history.sqlite")));
    assertFalse(Runner.record(runDir, results.resolve("history.sqlite")), "recorded once only");
    try (History h = History.openReadOnly(results.resolve("history.sqlite"))) {
      assertEquals(List.of("done"), h.runIds());
    }
  }

  @Test
  void recordingAFolderThatIsNotARunIsBadInput() throws IOException {
    final Path dir = TestFiles.scratch("fault-record-not-a-run");
    final InputException e = assertThrows(InputException.class, () -> Runner.record(dir, dir.resolve("h.sqlite")));
    assertTrue(e.getMessage().startsWith(dir + ": not a complete run folder (it has no run.json)"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("h.sqlite")));
  }
}
