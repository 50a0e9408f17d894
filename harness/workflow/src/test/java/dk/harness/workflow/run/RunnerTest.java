package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import dk.harness.report.Sha256;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.history.HistoryRow;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs over the NA12878 chr20 data: layout, run.json, history rows, verdicts, exit codes, regression. */
class RunnerTest {
  private static final List<String> SUBMISSION_FILES = List.of("HG001.extended.csv", "HG001.metrics.json",
      "HG001.roc.Locations.INDEL.PASS.csv.gz", "HG001.roc.Locations.INDEL.csv.gz",
      "HG001.roc.Locations.SNP.PASS.csv.gz", "HG001.roc.Locations.SNP.csv.gz", "HG001.roc.all.csv.gz",
      "HG001.summary.csv", "HG001.vcf.gz", "HG001.vcf.gz.tbi", "intake.json", "verdict.json");

  private static Plan read(Path plan) {
    return new PlanReader(2).read(plan);
  }

  @Test
  void fiveUnitsLayoutRunJsonHistoryAndVerdicts() throws Exception {
    final Path dir = TestFiles.scratch("run-five");
    final Path criteria = RunFixtures.criteria(dir, 0.90, 0.94);
    final Path plan = RunFixtures.plan(dir, "plan.yaml", "run1", criteria, RunFixtures.baseQueries(), 2);
    final StringWriter log = new StringWriter();
    final RunResult r = new Runner(RunFixtures.options(log)).run(read(plan));

    // Verdicts: the four GATK call sets are perfect in the BED (45/45 SNPs, lower bound 0.946 >= 0.94);
    // DeepVariant misses 2 SNPs (43/45, lower bound 0.865 < 0.90).
    final Map<String, Status> verdicts = new LinkedHashMap<>();
    r.outcomes().forEach(o -> verdicts.put(o.submission().unit(), o.status()));
    assertEquals(Map.of("north", Status.PASS, "central", Status.PASS, "south", Status.PASS, "capital", Status.PASS,
        "zealand", Status.FAIL), verdicts);
    assertEquals(List.of("north", "central", "south", "capital", "zealand"),
        r.outcomes().stream().map(o -> o.submission().unit()).toList(), "plan order");
    assertEquals(RunResult.EXIT_GATE_FAILED, r.exitCode());
    final SubmissionOutcome zealand = r.outcomes().get(4);
    assertTrue(zealand.reasons().get(0).startsWith("SNP PASS recall lower bound 0.8650 < fail threshold 0.9"),
        zealand.reasons().toString());
    // The truth set was read once for five submissions.
    assertEquals(Map.of("na12878-chr20", 1), r.truthSetLoads());

    // Layout: results/run1/{run.json, <unit>/HG001/...}, nothing else; no partial folder left.
    final Path results = dir.resolve("results");
    assertEquals(results.resolve("run1"), r.runDir());
    final List<String> expected = new ArrayList<>();
    expected.add("run.json");
    for (String unit : List.of("capital", "central", "north", "south", "zealand")) {
      for (String f : SUBMISSION_FILES) {
        expected.add(unit + "/HG001/" + f);
      }
    }
    expected.sort(null);
    assertEquals(expected, RunFixtures.tree(r.runDir()));
    try (var s = Files.list(results)) {
      assertEquals(List.of("history.sqlite", "history.sqlite.lock", "run1"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }

    // run.json
    final JsonNode run = new ObjectMapper().readTree(r.runDir().resolve("run.json").toFile());
    assertEquals("harness.run/1", run.get("schema").asText());
    assertEquals("run1", run.get("run_id").asText());
    assertEquals("test", run.get("harness_version").asText());
    assertEquals(3, run.get("exit_code").asInt());
    assertEquals(Sha256.of(plan), run.get("plan").get("sha256").asText());
    assertEquals(Files.readString(plan), run.get("plan").get("content").asText());
    assertEquals("test-1", run.get("criteria").get("version").asText());
    final JsonNode truth = run.get("truth_sets").get(0);
    assertEquals(Sha256.of(RunFixtures.truthVcf()), truth.get("files").get("truth").get("sha256").asText());
    assertEquals(Sha256.of(RunFixtures.reference()), truth.get("files").get("reference").get("sha256").asText());
    assertEquals(Sha256.of(RunFixtures.truthBed()), truth.get("files").get("confident").get("sha256").asText());
    assertEquals(1, truth.get("loads").asInt());
    assertEquals(221, truth.get("records").asInt());
    for (String k : List.of("hostname", "cores", "memory_bytes", "java_version", "os")) {
      assertTrue(run.get("host").has(k), k);
    }
    assertTrue(run.get("started_at").asText().compareTo(run.get("finished_at").asText()) <= 0);
    assertEquals(2, run.get("parameters").get("threads").asInt());
    final JsonNode sub = run.get("submissions").get(4);
    assertEquals("zealand", sub.get("unit").asText());
    assertEquals("zealand/HG001/HG001", sub.get("prefix").asText());
    assertEquals("FAIL", sub.get("verdict").asText());
    assertEquals(Sha256.of(RunFixtures.baseQueries().get("zealand")), sub.get("vcf").get("sha256").asText());
    assertTrue(sub.get("timings").get("compare_seconds").asDouble() > 0);
    assertEquals(1, run.get("summary").get("FAIL").asInt());
    assertEquals(4, run.get("summary").get("PASS").asInt());

    // verdict.json and intake.json
    final JsonNode verdict = new ObjectMapper().readTree(r.runDir().resolve("zealand/HG001/verdict.json").toFile());
    assertEquals("FAIL", verdict.get("verdict").asText());
    assertEquals("na12878-chr20", verdict.get("truth_set").get("id").asText());
    assertTrue(verdict.get("previous_run_id").isNull());
    final JsonNode intake = new ObjectMapper().readTree(r.runDir().resolve("north/HG001/intake.json").toFile());
    assertFalse(intake.get("errors").asBoolean());
    assertEquals(Sha256.of(RunFixtures.baseQueries().get("north")), intake.get("sha256").asText());

    // History rows equal the summary.csv numbers.
    try (History h = History.openReadOnly(r.history())) {
      assertEquals(List.of("run1"), h.runIds());
      for (SubmissionOutcome o : r.outcomes()) {
        final List<HistoryRow> rows = h.query(new HistoryQuery(o.submission().unit(), "HG001", "na12878-chr20", null,
            null, "*"));
        assertEquals(4, rows.size());
        final List<String> csv = Files.readAllLines(r.runDir().resolve(o.folder()).resolve("HG001.summary.csv"));
        assertEquals(5, csv.size());
        for (String line : csv.subList(1, 5)) {
          final String[] f = line.split(",", -1);
          final HistoryRow row = rows.stream().filter(x -> x.type().equals(f[0]) && x.filter().equals(f[1]))
              .findFirst().orElseThrow();
          assertEquals(o.status().name(), row.verdict());
          assertEquals(Long.parseLong(f[2]), row.counts().truthTotal(), line);
          assertEquals(Long.parseLong(f[3]), row.counts().truthTp(), line);
          assertEquals(Long.parseLong(f[4]), row.counts().truthFn(), line);
          assertEquals(Long.parseLong(f[5]), row.counts().queryTotal(), line);
          assertEquals(Long.parseLong(f[6]), row.counts().queryFp(), line);
          assertEquals(Long.parseLong(f[7]), row.counts().queryUnk(), line);
          assertEquals(Long.parseLong(f[8]), row.counts().fpGt(), line);
          assertEquals(Long.parseLong(f[9]), row.counts().fpAl(), line);
          assertEquals(Double.parseDouble(f[10]), row.recall(), 1e-6, line);
          assertEquals(Double.parseDouble(f[11]), row.precision(), 1e-6, line);
          assertEquals(Double.parseDouble(f[13]), row.f1(), 1e-6, line);
        }
      }
    }
    assertTrue(log.toString().contains("[run] zealand/HG001: FAIL"), log.toString());
    assertSiteLevelInHistory(r);
  }

  /** The history's site-level rows (issue 7) equal each comparison's metrics.json site_level block. */
  private static void assertSiteLevelInHistory(RunResult r) throws Exception {
    try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + r.history())) {
      for (SubmissionOutcome o : r.outcomes()) {
        final JsonNode site = new ObjectMapper().readTree(r.runDir().resolve(o.folder()).resolve("HG001.metrics.json")
            .toFile()).get("site_level");
        int rows = 0;
        try (java.sql.PreparedStatement ps = db.prepareStatement("SELECT m.filter, m.type, m.truth_tp, m.truth_fn, "
            + "m.query_fp FROM site_metrics m JOIN comparisons c ON c.comparison_id = m.comparison_id "
            + "WHERE c.unit = ?")) {
          ps.setString(1, o.submission().unit());
          try (java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              final JsonNode c = site.get("counts").get(rs.getString(1)).get(rs.getString(2));
              assertEquals(c.get("truth_tp").asLong(), rs.getLong(3));
              assertEquals(c.get("truth_fn").asLong(), rs.getLong(4));
              assertEquals(c.get("query_fp").asLong(), rs.getLong(5));
              rows++;
            }
          }
        }
        assertEquals(6, rows, "ALL/PASS x ALL/SNP/INDEL site-level rows for " + o.submission().unit());
        try (java.sql.PreparedStatement ps = db.prepareStatement("SELECT g.truth_fn, g.query_fp FROM "
            + "representation_gap g JOIN comparisons c ON c.comparison_id = g.comparison_id "
            + "WHERE c.unit = ? AND g.filter = 'PASS' AND g.kind = 'total'")) {
          ps.setString(1, o.submission().unit());
          try (java.sql.ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "representation gap row for " + o.submission().unit());
            final JsonNode g = site.get("representation_gap").get("PASS").get("total");
            assertEquals(g.get("truth_fn").asLong(), rs.getLong(1));
            assertEquals(g.get("query_fp").asLong(), rs.getLong(2));
          }
        }
      }
    }
  }

  @Test
  void regressionAgainstThePreviousRunAndIntakeErrors() throws Exception {
    final Path dir = TestFiles.scratch("run-regression");
    // Thresholds low enough that only the regression rule can fail north.
    final Path criteria = RunFixtures.criteria(dir, 0.40, 0.45);
    final Map<String, Path> first = new LinkedHashMap<>();
    first.put("north", RunFixtures.baseQueries().get("north"));
    first.put("south", RunFixtures.baseQueries().get("south"));
    final RunResult r1 = new Runner(RunFixtures.options(new StringWriter()))
        .run(read(RunFixtures.plan(dir, "plan1.yaml", "run1", criteria, first, 2)));
    assertEquals(RunResult.EXIT_OK, r1.exitCode());

    // Second run: north drops 15 of 45 SNPs (recall 0.667, interval [0.52, 0.79] wholly below [0.946, 1]): FAIL;
    // south drops 1 SNP (0.978, intervals overlap, drop 0.022 > warn_drop 0.01): WARN.
    final Map<String, Path> second = new LinkedHashMap<>();
    second.put("north", RunFixtures.worseGatk4(dir, 15));
    second.put("south", RunFixtures.worseGatk4(dir, 1));
    final RunResult r2 = new Runner(RunFixtures.options(new StringWriter()))
        .run(read(RunFixtures.plan(dir, "plan2.yaml", "run2", criteria, second, 2)));
    assertEquals(RunResult.EXIT_GATE_FAILED, r2.exitCode());
    final SubmissionOutcome north = r2.outcomes().get(0);
    final SubmissionOutcome south = r2.outcomes().get(1);
    assertEquals(Status.FAIL, north.status());
    assertEquals("run1", north.previousRunId());
    assertTrue(north.reasons().stream().anyMatch(s -> s.startsWith("SNP PASS recall regressed beyond the interval")),
        north.reasons().toString());
    assertEquals(Status.WARN, south.status());
    assertTrue(south.reasons().stream().anyMatch(s -> s.startsWith("SNP PASS recall dropped by 0.0222")),
        south.reasons().toString());

    // Third run: a VCF with b37 contig names ('20' vs the reference's 'chr20') is refused by intake: ERROR, exit 2,
    // yet the run is recorded and north's regression baseline stays run2 (ERROR results have no counts).
    final Map<String, Path> third = new LinkedHashMap<>();
    third.put("north", RunFixtures.data().resolve("query_gatk_original/expected.testVCFMode.gatk4.vcf"));
    final RunResult r3 = new Runner(RunFixtures.options(new StringWriter()))
        .run(read(RunFixtures.plan(dir, "plan3.yaml", "run3", criteria, third, 1)));
    assertEquals(RunResult.EXIT_BAD_INPUT, r3.exitCode());
    assertEquals(Status.ERROR, r3.outcomes().get(0).status());
    assertTrue(r3.outcomes().get(0).reasons().get(0).contains("CONTIG_RENAME"), r3.outcomes().get(0).reasons()
        .toString());
    assertEquals(List.of("intake.json", "verdict.json"), RunFixtures.tree(r3.runDir().resolve("north/HG001")));
    try (History h = History.openReadOnly(r3.history())) {
      assertEquals(List.of("run1", "run2", "run3"), h.runIds());
      assertEquals(1, h.errors(new HistoryQuery("north", null, null, null, null, null)).size());
      assertEquals("run2", h.previous("north", "HG001", "na12878-chr20", "run4").orElseThrow().runId());
      final List<HistoryRow> trend = h.query(new HistoryQuery("north", "HG001", null, "SNP", "PASS", "*"));
      assertEquals(List.of("run1", "run2"), trend.stream().map(HistoryRow::runId).toList());
      assertEquals(45, trend.get(0).counts().truthTp());
      assertEquals(30, trend.get(1).counts().truthTp());
    }

    // The same run id again is bad input, before anything is written.
    final InputException e = assertThrows(InputException.class, () -> new Runner(RunFixtures.options(
        new StringWriter())).run(read(RunFixtures.plan(dir, "plan4.yaml", "run1", criteria, first, 1))));
    assertTrue(e.problem().contains("already exists"), e.getMessage());

    // A missing truth file is refused before anything is written.
    final Path badPlan = dir.resolve("plan5.yaml");
    java.nio.file.Files.writeString(badPlan, java.nio.file.Files.readString(RunFixtures.plan(dir, "plan5.yaml",
        "run5", criteria, first, 1)).replace(RunFixtures.truthBed().toString(), dir.resolve("nope.bed").toString()));
    final InputException missing = assertThrows(InputException.class, () -> new Runner(RunFixtures.options(
        new StringWriter())).run(read(badPlan)));
    assertTrue(missing.problem().contains("confident-regions BED of truth set 'na12878-chr20'"), missing.getMessage());
    assertFalse(Files.exists(dir.resolve("results/run5")));
  }

  @Test
  void defaultRunIdIsTimeAndPlanHash() throws Exception {
    final Path dir = TestFiles.scratch("run-id");
    final Path criteria = RunFixtures.criteria(dir, 0.40, 0.45);
    final Map<String, Path> one = Map.of("north", RunFixtures.baseQueries().get("north"));
    final Path plan = RunFixtures.plan(dir, "plan.yaml", null, criteria, one, 1);
    final java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-25T18:15:00Z"),
        java.time.ZoneOffset.UTC);
    final RunOptions options = RunFixtures.options(new StringWriter()).withClock(clock);
    final RunResult a = new Runner(options).run(read(plan));
    final RunResult b = new Runner(options).run(read(plan));
    final String hash = Sha256.of(plan).substring(0, 6);
    assertEquals("20261125T181500Z-" + hash, a.runId());
    assertEquals("20261125T181500Z-" + hash + "-2", b.runId());
    // Same inputs, same compare outputs; the second run's baseline is the first.
    for (String f : List.of("HG001.summary.csv", "HG001.extended.csv", "HG001.metrics.json")) {
      assertEquals(Files.readString(a.runDir().resolve("north/HG001").resolve(f)),
          Files.readString(b.runDir().resolve("north/HG001").resolve(f)), f);
    }
    assertEquals(a.runId(), b.outcomes().get(0).previousRunId());
    assertNull(a.outcomes().get(0).previousRunId());
  }
}
