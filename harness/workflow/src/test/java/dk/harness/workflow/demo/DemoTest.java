package dk.harness.workflow.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.gates.ResultCounts;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.Status;
import dk.harness.workflow.run.SubmissionOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo end to end: a small simulated cohort twice (a trend), and the real NA12878 data. */
class DemoTest {
  private static ResultCounts counts(RunResult r, SubmissionOutcome o) {
    return ResultCounts.ofOutput(r.runDir().resolve(o.folder()).resolve(o.submission().sample()));
  }

  @Test
  void simulatedCohortTwiceGivesATrend() throws Exception {
    final Path out = TestFiles.scratch("demo-sim");
    final StringWriter text = new StringWriter();
    final StringWriter log = new StringWriter();
    final Demo demo = new Demo(RunOptions.of("test", new PrintWriter(log, true)).withQuiet(true),
        new PrintWriter(text, true));
    final Demo.Options options = new Demo.Options(out, 7, 150_000, false, Path.of("unused"), 2);
    final RunResult first = demo.run(options);
    final RunResult second = demo.run(options);

    assertTrue(Files.isRegularFile(out.resolve("demo-cohort/cohort.json")));
    assertTrue(Files.isRegularFile(out.resolve("demo-cohort/plan.yaml")));
    assertTrue(Files.isRegularFile(out.resolve("demo-cohort/council-criteria.yaml")));
    assertTrue(text.toString().contains("reusing the cohort generated earlier"), text.toString());
    for (String step : List.of("== 1/5 simulate", "== 2/5 validate", "== 3/5 run", "== 4/5 the council's gates",
        "== 5/5 history", "Done. Results: " + second.runDir())) {
      assertTrue(text.toString().contains(step), step);
    }
    // One outcome per part: each unit's small-variant part, then its SV part.
    assertEquals(List.of("north/HG002", "north/HG002/sv", "central/HG002", "central/HG002/sv", "south/HG002",
        "south/HG002/sv", "capital/HG002", "capital/HG002/sv", "zealand/HG002", "zealand/HG002/sv"),
        first.outcomes().stream().map(o -> o.part().key()).toList());
    final List<SubmissionOutcome> small = first.outcomes().stream().filter(o -> !o.structural()).toList();
    for (SubmissionOutcome o : second.outcomes()) {
      assertTrue(o.status() != Status.ERROR, o.toString());
      assertEquals(first.runId(), o.previousRunId(), "the second run is judged against the first");
      if (o.structural()) {
        continue; // an SV part's verdict is in run.json only; its folder holds compare-sv's files
      }
      final String verdict = new ObjectMapper().readTree(second.runDir().resolve(o.folder()).resolve("verdict.json")
          .toFile()).get("verdict").asText();
      assertEquals(o.status().name(), verdict);
    }
    // Each unit's example pipeline spec is recorded with its content and checksum.
    final var run = new ObjectMapper().readTree(second.runDir().resolve("run.json").toFile());
    final var spec = run.get("submissions").get(0).get("pipeline");
    final Path specFile = out.resolve("demo-cohort/specs/unit-north.yaml");
    assertEquals("north-germline-wgs", spec.get("name").asText());
    assertEquals(dk.harness.report.Sha256.of(specFile), spec.get("spec").get("sha256").asText());
    assertEquals(Files.readString(specFile), spec.get("spec").get("content").asText());
    // The simulated errors show: capital differs only in representation (haplotype matching makes it perfect),
    // central misses long indels and gets homopolymer lengths wrong.
    final var capital = counts(first, small.get(3)).counts(VariantType.INDEL, FilterKind.PASS, "*");
    final var central = counts(first, small.get(1)).counts(VariantType.INDEL, FilterKind.PASS, "*");
    assertEquals(1.0, capital.recall());
    assertTrue(central.recall() < 0.95, "central INDEL recall " + central.recall());
    // Every unit's SV part (issue 12) is compared too; its folder holds Truvari's summary. Capital's SV differences
    // are all within Truvari's tolerances, zealand writes false SVs.
    final ObjectMapper json = new ObjectMapper();
    final java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> sv = new java.util.HashMap<>();
    for (String unit : List.of("north", "central", "south", "capital", "zealand")) {
      final Path summary = first.runDir().resolve(unit).resolve("HG002").resolve("sv").resolve("summary.json");
      assertTrue(Files.isRegularFile(summary), summary.toString());
      sv.put(unit, json.readTree(summary.toFile()));
      assertEquals(sv.get("north").get("base cnt").asInt(), sv.get(unit).get("base cnt").asInt(), unit);
    }
    assertTrue(sv.get("capital").get("TP-base").asInt() > 0, sv.toString());
    assertEquals(0, sv.get("capital").get("FN").asInt(), sv.toString());
    assertEquals(0, sv.get("capital").get("FP").asInt(), sv.toString());
    assertTrue(sv.get("zealand").get("FP").asInt() > 0, sv.toString());
    // Same cohort, same calls: the same counts in both runs, recorded twice.
    try (History h = History.openReadOnly(second.history())) {
      assertEquals(List.of(first.runId(), second.runId()), h.runIds());
      final var rows = h.query(new HistoryQuery("central", "HG002", null, "INDEL", "PASS", "*"));
      assertEquals(2, rows.size());
      assertEquals(rows.get(0).counts(), rows.get(1).counts());
      assertEquals(central, rows.get(0).counts());
    }
  }

  @Test
  void realDataFiveUnits() throws Exception {
    final Path shared = TestFiles.shared();
    assumeTrue(Files.isDirectory(shared.resolve(RealDataPlan.DATA)),
        "shared data missing (" + shared + "): demo --real skipped");
    final Path out = TestFiles.scratch("demo-real");
    final StringWriter text = new StringWriter();
    final RunResult r = new Demo(RunOptions.of("test", new PrintWriter(new StringWriter(), true)),
        new PrintWriter(text, true)).run(new Demo.Options(out, 42, 100_000, true, shared, 2));
    assertEquals(5, r.outcomes().size());
    // 45 confident SNPs cannot show 99% recall with 95% confidence: the council's gates fail every unit.
    for (SubmissionOutcome o : r.outcomes()) {
      assertEquals(Status.FAIL, o.status(), o.toString());
      assertTrue(o.reasons().get(0).startsWith("SNP PASS recall lower bound"), o.reasons().get(0));
    }
    final var zealand = counts(r, r.outcomes().get(4)).counts(VariantType.SNP, FilterKind.PASS, "*");
    assertEquals(43, zealand.truthTp());
    assertEquals(2, zealand.truthFn());
    assertTrue(text.toString().contains("too few to show"), text.toString());
  }
}
