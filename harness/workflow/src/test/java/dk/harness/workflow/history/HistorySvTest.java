package dk.harness.workflow.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.gates.CellKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema 3: a submission's SV part is a comparison of its own, with rows by SV type and size bin. */
class HistorySvTest {
  private static ComparisonRecord small(String unit, long snpTp) {
    return new ComparisonRecord(unit, "HG002", "pipe", "1.0", "small", "1", "abc", "PASS", List.of(), List.of(
        new MetricRow(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), new Counts(100, snpTp, 100 - snpTp,
            snpTp, snpTp, 0, 0, 0, 0))));
  }

  private static ComparisonRecord sv(String unit, long tpBase) {
    return new ComparisonRecord(unit, "HG002", "pipe", "1.0", "sv", "1", "def", "PASS", List.of(), List.of(),
        List.of(), List.of(), ComparisonRecord.STRUCTURAL_VARIANT, List.of(
            new SvMetricRow("ALL", "*", "PASS", 177, tpBase, 177 - tpBase, 45, 23, 22),
            new SvMetricRow("DEL", "*", "PASS", 65, 20, 45, 40, 20, 20),
            new SvMetricRow("DEL", "300-999", "PASS", 10, 5, 5, 6, 5, 1)));
  }

  private static RunRecord run(String id, String started, ComparisonRecord... cs) {
    return new RunRecord(id, started, started, "test", "sha", "1.0.0", "host", 0, List.of(cs));
  }

  @Test
  void smallAndSvPartsOfOneSubmissionAreTwoComparisons() throws Exception {
    final Path db = TestFiles.scratch("history-sv").resolve("history.sqlite");
    try (History h = History.open(db)) {
      h.record(run("r1", "2026-11-01T00:00:00.000Z", small("north", 90), sv("north", 23)));
      h.record(run("r2", "2026-11-02T00:00:00.000Z", small("north", 91), sv("north", 30)));
      // Two SV parts of one submission in one run are refused, as two small parts are.
      assertThrows(IllegalStateException.class, () -> h.record(run("r3", "2026-11-03T00:00:00.000Z",
          sv("north", 1), sv("north", 2))));

      // Default (small-variant) queries see only SNP/INDEL rows, as before.
      assertEquals(2, h.query(new HistoryQuery("north", null, null, null, null, null)).size());
      final List<HistoryRow> svRows = h.query(new HistoryQuery("north", null, null, null, null, null,
          ComparisonRecord.STRUCTURAL_VARIANT));
      assertEquals(6, svRows.size());
      final HistoryRow first = svRows.get(0);
      assertEquals("r1", first.runId());
      assertEquals("ALL", first.type());
      assertEquals("*", first.sizeBin());
      assertEquals("*", first.subset());
      assertEquals(ComparisonRecord.STRUCTURAL_VARIANT, first.kind());
      assertEquals(23, first.counts().truthTp());
      assertEquals(23 / 177.0, first.recall(), 1e-12);
      assertEquals(23 / 45.0, first.precision(), 1e-12);
      assertTrue(first.recallLower() < first.recall() && first.recallUpper() > first.recall());
      assertEquals("300-999", svRows.get(2).sizeBin());
      // Both kinds: per run, small rows first.
      final List<HistoryRow> both = h.query(new HistoryQuery("north", null, null, null, null, null, null));
      assertEquals(List.of("small-variant", "structural-variant", "structural-variant", "structural-variant",
          "small-variant", "structural-variant", "structural-variant", "structural-variant"),
          both.stream().map(HistoryRow::kind).toList());
      // Filters apply to SV rows too; a stratum subset has no SV rows.
      assertEquals(2, h.query(new HistoryQuery(null, null, null, "DEL", "PASS", "*", null)).stream()
          .filter(r -> r.sizeBin() != null && r.sizeBin().equals("*")).count());
      assertEquals(0, h.query(new HistoryQuery(null, null, null, null, null, "homopolymer",
          ComparisonRecord.STRUCTURAL_VARIANT)).size());

      // The previous result of each kind is its own.
      final PreviousResult prevSv = h.previous("north", "HG002", "sv", "r3", ComparisonRecord.STRUCTURAL_VARIANT)
          .orElseThrow();
      assertEquals("r2", prevSv.runId());
      assertEquals(30, prevSv.svRows().get(0).tpBase());
      assertTrue(prevSv.counts().cells().isEmpty());
      final PreviousResult prevSmall = h.previous("north", "HG002", "small", "r3").orElseThrow();
      assertEquals(91, prevSmall.counts().counts(VariantType.SNP, FilterKind.PASS, "*").truthTp());
      assertTrue(prevSmall.svRows().isEmpty());
      assertTrue(h.previous("north", "HG002", "sv", "r3").isEmpty(), "no small-variant result against 'sv'");
    }
  }

  @Test
  void aVersionTwoHistoryIsMigratedKeepingItsComparisonsAndRows() throws Exception {
    final Path db = TestFiles.scratch("history-v2").resolve("history.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      for (String sql : Schema.V1) {
        st.executeUpdate(sql);
      }
      for (String sql : Schema.V2) {
        st.executeUpdate(sql);
      }
      st.executeUpdate("INSERT INTO runs (run_id, started_at, exit_code) VALUES ('old', '2026-01-01T00:00:00Z', 0)");
      st.executeUpdate("INSERT INTO comparisons (comparison_id, run_id, unit, sample, truth_set_id, verdict, reasons)"
          + " VALUES (7, 'old', 'north', 'HG002', 'small', 'PASS', '[]')");
      st.executeUpdate("INSERT INTO metrics VALUES (7, 'PASS', 'SNP', '*', 10, 9, 1, 9, 9, 0, 0, 0, 0, 0.9, 0.6, "
          + "0.99, 1.0, 0.7, 1.0, 0.95, 0.65, 0.99)");
      st.executeUpdate("INSERT INTO site_metrics VALUES (7, 'PASS', 'SNP', 10, 9, 1, 9, 9, 0, 0)");
      st.executeUpdate("PRAGMA user_version = 2");
    }
    try (History h = History.open(db)) {
      final List<HistoryRow> rows = h.query(HistoryQuery.all());
      assertEquals(1, rows.size());
      assertEquals(ComparisonRecord.SMALL_VARIANT, rows.get(0).kind());
      assertNull(rows.get(0).sizeBin());
      assertEquals(9, rows.get(0).counts().truthTp());
      // The migrated history takes an SV part beside the small part of the same submission.
      h.record(run("new", "2026-11-01T00:00:00.000Z", small("north", 90), sv("north", 23)));
      assertEquals(2, h.previous("north", "HG002", "small", "later").map(p -> 1).orElse(0) + 1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
        assertEquals(3, rs.getInt(1));
      }
      try (ResultSet rs = st.executeQuery("SELECT kind FROM comparisons WHERE comparison_id = 7")) {
        assertEquals("small-variant", rs.getString(1), "old rows keep their id and become small-variant");
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM site_metrics WHERE comparison_id = 7")) {
        assertEquals(1, rs.getInt(1));
      }
      try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
        assertTrue(!rs.next(), "no dangling rows");
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sv_metrics")) {
        assertEquals(3, rs.getInt(1));
      }
    }
  }
}
