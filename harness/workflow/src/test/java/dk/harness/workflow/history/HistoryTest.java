package dk.harness.workflow.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.gates.CellKey;
import dk.harness.workflow.gates.JeffreysInterval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static Counts counts(long tp, long fn, long qtp, long fp) {
    return new Counts(tp + fn, tp, fn, qtp + fp + 3, qtp, fp, 3, 0, 0);
  }

  private static ComparisonRecord comparison(String unit, String version, String verdict, long snpTp, long snpFn) {
    return new ComparisonRecord(unit, "HG002", "pipe", version, "hg002-demo", "1", "abc", verdict,
        List.of("reason of " + unit), List.of(
            new MetricRow(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), counts(snpTp, snpFn, snpTp, 2)),
            new MetricRow(new CellKey(VariantType.SNP, FilterKind.PASS, "homopolymer"), counts(10, 1, 10, 0)),
            new MetricRow(new CellKey(VariantType.INDEL, FilterKind.ALL, "*"), counts(0, 0, 0, 0))));
  }

  private static RunRecord run(String id, String started, ComparisonRecord... cs) {
    return new RunRecord(id, started, started, "test", "sha", "1.0.0", "host", 0, List.of(cs));
  }

  @Test
  void recordsQueriesAndFindsThePreviousResult() throws IOException {
    final Path db = TestFiles.scratch("history-basic").resolve("history.sqlite");
    try (History h = History.open(db)) {
      h.record(run("r1", "2026-11-01T00:00:00.000Z", comparison("north", "1.0", "PASS", 990, 10),
          comparison("south", "1.0", "FAIL", 900, 100)));
      h.record(run("r2", "2026-11-02T00:00:00.000Z", comparison("north", "1.1", "WARN", 980, 20),
          new ComparisonRecord("south", "HG002", "pipe", "1.1", "hg002-demo", "1", null, "ERROR",
              List.of("intake: bad"), List.of())));
      assertEquals(List.of("r1", "r2"), h.runIds());
      assertTrue(h.contains("r1"));
      assertFalse(h.contains("r3"));

      final List<HistoryRow> rows = h.query(new HistoryQuery("north", null, null, "SNP", "PASS", "*"));
      assertEquals(2, rows.size());
      assertEquals("r1", rows.get(0).runId());
      assertEquals("1.1", rows.get(1).pipelineVersion());
      assertEquals(980, rows.get(1).counts().truthTp());
      assertEquals(0.98, rows.get(1).recall(), 1e-12);
      final JeffreysInterval ji = JeffreysInterval.of(980, 1000, 0.95);
      assertEquals(ji.lower(), rows.get(1).recallLower(), 1e-12);
      assertEquals(ji.upper(), rows.get(1).recallUpper(), 1e-12);
      assertTrue(rows.get(1).f1Lower() < rows.get(1).f1() && rows.get(1).f1() < rows.get(1).f1Upper());
      // Undefined metrics stay NULL.
      final HistoryRow empty = h.query(new HistoryQuery("north", null, null, "INDEL", "ALL", "*")).get(0);
      assertEquals(null, empty.recall());
      assertEquals(null, empty.recallLower());
      // Strata rows; null subset = every subset.
      assertEquals(6, h.query(new HistoryQuery("north", null, null, null, null, null)).size());
      assertEquals(3, h.query(new HistoryQuery(null, null, null, null, null, "homopolymer")).size());
      assertEquals(1, h.errors(HistoryQuery.all()).size());

      // Previous of a run in progress (not recorded): the latest recorded one; ERROR results are skipped.
      final PreviousResult north = h.previous("north", "HG002", "hg002-demo", "r3").orElseThrow();
      assertEquals("r2", north.runId());
      assertEquals(980, north.counts().counts(VariantType.SNP, FilterKind.PASS, "*").truthTp());
      assertEquals(10, north.counts().counts(VariantType.SNP, FilterKind.PASS, "homopolymer").truthTp());
      assertEquals("r1", h.previous("south", "HG002", "hg002-demo", "r3").orElseThrow().runId());
      // Previous of a recorded run: strictly earlier runs only.
      assertEquals("r1", h.previous("north", "HG002", "hg002-demo", "r2").orElseThrow().runId());
      assertTrue(h.previous("north", "HG002", "hg002-demo", "r1").isEmpty());
      assertTrue(h.previous("east", "HG002", "hg002-demo", "r3").isEmpty());
    }
  }

  @Test
  void aFailingRunLeavesNoRowAtAll() throws IOException, Exception {
    final Path db = TestFiles.scratch("history-atomic").resolve("history.sqlite");
    try (History h = History.open(db)) {
      h.record(run("r1", "2026-11-01T00:00:00.000Z", comparison("north", "1.0", "PASS", 990, 10)));
      // The same unit and sample twice violates UNIQUE(run_id, unit, sample) after the first rows are inserted.
      assertThrows(IllegalStateException.class, () -> h.record(run("r2", "2026-11-02T00:00:00.000Z",
          comparison("north", "1.0", "PASS", 990, 10), comparison("north", "1.0", "PASS", 990, 10))));
      assertThrows(IllegalStateException.class, () -> h.record(run("r1", "2026-11-03T00:00:00.000Z")));
      assertEquals(List.of("r1"), h.runIds());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      assertEquals(1, count(st, "SELECT COUNT(*) FROM comparisons"));
      assertEquals(3, count(st, "SELECT COUNT(*) FROM metrics"));
      assertEquals(History.SCHEMA_VERSION, count(st, "PRAGMA user_version"));
      try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
        assertEquals("delete", rs.getString(1).toLowerCase());
      }
    }
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      return rs.getLong(1);
    }
  }

  @Test
  void readOnlyOpenRefusesMissingOrForeignFiles() throws Exception {
    final Path dir = TestFiles.scratch("history-ro");
    assertTrue(assertThrows(InputException.class, () -> History.openReadOnly(dir.resolve("none.sqlite")))
        .problem().contains("no history database"));
    final Path foreign = dir.resolve("foreign.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
        Statement st = c.createStatement()) {
      st.executeUpdate("CREATE TABLE x (a)");
    }
    assertThrows(InputException.class, () -> History.openReadOnly(foreign));
    assertThrows(InputException.class, () -> History.open(foreign));
    final Path newer = dir.resolve("newer.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement st = c.createStatement()) {
      st.executeUpdate("PRAGMA user_version = 99");
    }
    assertTrue(assertThrows(InputException.class, () -> History.openReadOnly(newer)).problem().contains("newer"));
  }

  @Test
  void aVersionOneHistoryIsUpgradedInPlaceKeepingItsRows() throws Exception {
    final Path db = TestFiles.scratch("history-v1").resolve("history.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      for (String sql : Schema.V1) {
        st.executeUpdate(sql);
      }
      st.executeUpdate("INSERT INTO runs (run_id, started_at, exit_code) VALUES ('old', '2026-01-01T00:00:00Z', 0)");
      st.executeUpdate("PRAGMA user_version = 1");
    }
    try (History h = History.open(db)) {
      h.record(run("r1", "2026-11-01T00:00:00.000Z", comparison("north", "1.0", "PASS", 990, 10)));
      assertEquals(List.of("old", "r1"), h.runIds());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      assertEquals(History.SCHEMA_VERSION, rs.getInt(1));
      try (ResultSet t = st.executeQuery("SELECT count(*) FROM site_metrics")) {
        assertEquals(0, t.getInt(1));
      }
    }
  }

  @Test
  void oneWriterAtATime() throws Exception {
    final Path db = TestFiles.scratch("history-lock").resolve("history.sqlite");
    try (History h = History.open(db)) {
      try (WriteLock held = WriteLock.acquire(History.lockFile(db), Duration.ofSeconds(1))) {
        assertNotNull(held);
        final long t0 = System.nanoTime();
        final java.io.IOException e = assertThrows(java.io.IOException.class,
            () -> WriteLock.acquire(History.lockFile(db), Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("another harness process"), e.getMessage());
        assertTrue(System.nanoTime() - t0 >= 250_000_000L, "waited before giving up");
      }
      // Released: writing works again.
      h.record(run("r1", "2026-11-01T00:00:00.000Z", comparison("north", "1.0", "PASS", 990, 10)));
      assertTrue(Files.exists(History.lockFile(db)));
    }
  }
}
