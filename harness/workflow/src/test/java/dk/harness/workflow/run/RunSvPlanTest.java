package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.testdata.SharedTestData;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.history.ComparisonRecord;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.history.HistoryRow;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * plans/hg002-chr21-sv.yaml end to end on the real GIAB HG002 chr21 SV data: every SV part's summary.json equals
 * Truvari 5.4.0's answer for the same files and parameters (../shared/data/hg002-chr21-sv/expected/truvari), the
 * small-variant part of the submission with both runs beside it, and run.json, the history and the summary table
 * carry the SV parts.
 */
class RunSvPlanTest {
  /** Unit and the Truvari answer for its SV calls. */
  private static final Map<String, String> ANSWERS = Map.of("north", "manta", "central", "delly", "south", "pbsv",
      "west", "union");

  @Test
  void svPartsGiveTruvarisCountsAndAreRecordedLikeSmallParts() throws Exception {
    final Path expected = SharedTestData.require("hg002-chr21-sv/expected/truvari");
    SharedTestData.require("hg002-chr21-sarek");
    final Path dir = TestFiles.scratch("run-sv-plan");
    final Plan plan = new PlanReader(2).read(TestFiles.repoRoot().resolve("plans/hg002-chr21-sv.yaml"))
        .withOverrides("sv1", dir.resolve("results"), 2, null);
    final StringWriter log = new StringWriter();
    final RunResult r = new Runner(RunOptions.of("test", new PrintWriter(log, true)).withQuiet(true)).run(plan);

    // Five parts in plan order: north's small part, then its SV part, then the three SV-only submissions.
    assertEquals(List.of("north/HG002", "north/HG002/sv", "central/HG002/sv", "south/HG002/sv", "west/HG002/sv"),
        r.outcomes().stream().map(o -> o.part().key()).toList());
    final ObjectMapper json = new ObjectMapper();
    for (SubmissionOutcome o : r.outcomes()) {
      if (!o.structural()) {
        continue;
      }
      // The council's sv_rules (criteria 1.1.0): only pbsv's calls reach the short-read floors on chr21.
      assertEquals(o.submission().unit().equals("south") ? Status.PASS : Status.FAIL, o.status(),
          o.part().key() + " " + o.reasons());
      assertTrue(o.reasons().stream().allMatch(x -> x.startsWith("SV ")), o.reasons().toString());
      final Path sv = r.runDir().resolve(o.folder());
      final JsonNode truvari = json.readTree(expected.resolve(ANSWERS.get(o.submission().unit()))
          .resolve("summary.json").toFile());
      assertEquals(truvari, json.readTree(sv.resolve("summary.json").toFile()), o.part().key());
      assertEquals(List.of("fn.vcf.gz", "fn.vcf.gz.tbi", "fp.vcf.gz", "fp.vcf.gz.tbi", "intake.json",
          "metrics.json", "params.json", "summary.json", "tp-base.vcf.gz", "tp-base.vcf.gz.tbi", "tp-comp.vcf.gz",
          "tp-comp.vcf.gz.tbi"), RunFixtures.tree(sv), o.part().key());
      // Intake of SV files: symbolic alleles are what SV callers write, not a problem.
      final JsonNode intake = json.readTree(sv.resolve("intake.json").toFile());
      assertFalse(intake.path("errors").asBoolean(), intake.toString());
      for (JsonNode f : intake.path("findings")) {
        assertFalse(List.of("SYMBOLIC_ALLELE", "NOT_ASSESSED").contains(f.path("code").asText()), f.toString());
      }
    }
    // DELLY's calls are all symbolic: intake counted them.
    assertEquals(395, json.readTree(r.runDir().resolve("central/HG002/sv/intake.json").toFile()).path("symbolic")
        .asLong());

    // run.json: each part its own entry, with kind and folder; the SV parameters of the plan.
    final JsonNode run = json.readTree(r.runDir().resolve("run.json").toFile());
    final JsonNode subs = run.path("submissions");
    assertEquals(5, subs.size());
    assertEquals("small-variant", subs.get(0).path("kind").asText());
    assertEquals("north/HG002", subs.get(0).path("folder").asText());
    assertEquals("north/HG002/HG002", subs.get(0).path("prefix").asText());
    assertEquals("structural-variant", subs.get(1).path("kind").asText());
    assertEquals("north/HG002/sv", subs.get(1).path("folder").asText());
    assertTrue(subs.get(1).path("prefix").isNull());
    assertEquals("hg002-chr21-sv-grch37", subs.get(1).path("truth_set").path("id").asText());
    assertTrue(subs.get(1).path("vcf").path("path").asText().endsWith("HG002_manta_SV_hg19_genotype.chr21.vcf.gz"));
    assertEquals("FAIL", subs.get(1).path("verdict").asText(), "Manta's candidates fail the SV precision floor");
    assertEquals(1000, run.path("parameters").path("sv").path("refdist").asInt());
    assertTrue(run.path("parameters").path("sv").path("passonly").asBoolean());
    assertEquals("structural-variant", run.path("truth_sets").get(1).path("kind").asText());
    assertEquals("small-variant", run.path("truth_sets").get(0).path("kind").asText());
    assertEquals(4, run.path("truth_sets").get(1).path("loads").asInt(), "the SV truth is read per SV part");
    assertEquals(5, run.path("summary").path("PASS").asInt() + run.path("summary").path("WARN").asInt()
        + run.path("summary").path("FAIL").asInt());

    // History: a comparison per part; the SV rows of stratum ALL by type and size bin.
    try (History h = History.openReadOnly(r.history())) {
      final List<HistoryRow> delly = h.query(new HistoryQuery("central", null, null, null, null, null,
          ComparisonRecord.STRUCTURAL_VARIANT));
      final HistoryRow all = delly.get(0);
      assertEquals("ALL", all.type());
      assertEquals("*", all.sizeBin());
      assertEquals("PASS", all.filter(), "passonly");
      assertEquals(177, all.counts().truthTotal());
      assertEquals(23, all.counts().truthTp());
      assertEquals(154, all.counts().truthFn());
      assertEquals(45, all.counts().queryTotal());
      assertEquals(22, all.counts().queryFp());
      assertTrue(all.recallLower() < all.recall() && all.recall() < all.recallUpper());
      // The size bins of all types add up to the whole.
      final long binned = delly.stream().filter(x -> x.type().equals("ALL") && !x.sizeBin().equals("*"))
          .mapToLong(x -> x.counts().truthTotal()).sum();
      assertEquals(177, binned);
      assertTrue(delly.stream().anyMatch(x -> x.type().equals("DEL")));
      // Small-variant rows are where they were, and the default query (small only) does not mix SV rows in.
      final List<HistoryRow> north = h.query(new HistoryQuery("north", null, null, null, "PASS", "*"));
      assertFalse(north.isEmpty());
      assertTrue(north.stream().allMatch(x -> ComparisonRecord.SMALL_VARIANT.equals(x.kind())));
      assertEquals(2, h.query(new HistoryQuery("north", null, null, "ALL", null, "*", null)).stream()
          .map(HistoryRow::kind).distinct().count() + 1, "north has small rows and SV rows of type ALL");
    }

    final StringWriter summary = new StringWriter();
    RunSummary.print(r, new PrintWriter(summary));
    assertTrue(summary.toString().contains("Structural variants (all types and sizes):"), summary.toString());
    assertTrue(summary.toString().contains("0.1299"), "DELLY's recall 23/177: " + summary);

    // A second run (of the SV-only submissions, to keep it short): each SV part is judged against its own
    // previous SV result.
    final Plan svOnly = new Plan(plan.source(), plan.text(), plan.sha256(), 1, "sv2", plan.resultsDir(), 2,
        plan.gates(), null, null, plan.truthSets(), plan.submissions().subList(1, 4), plan.svConfig());
    final RunResult again = new Runner(RunOptions.of("test", new PrintWriter(log, true)).withQuiet(true))
        .run(svOnly);
    assertEquals(3, again.outcomes().size());
    for (SubmissionOutcome o : again.outcomes()) {
      assertEquals("sv1", o.previousRunId(), o.part().key());
    }
    assertNull(r.outcomes().get(1).previousRunId());
  }
}
