package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code harness run}, {@code history} and {@code demo} through Main.run: exit codes, outputs, messages. */
class RunHistoryDemoCommandsTest {
  private static final String CRITERIA = String.join("\n",
      "criteria_version: \"cli-test\"",
      "effective_date: \"2026-01-01\"",
      "interval: jeffreys-95",
      "rules:",
      "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.90, warn_below: 0.94}",
      "");

  /** A plan with the GATK4 calls (45/45 SNPs: PASS) and, optionally, DeepVariant's (43/45: FAIL). */
  private static Path plan(Path dir, boolean withDeepVariant, String extraSubmissionLine) throws Exception {
    Files.writeString(dir.resolve("criteria.yaml"), CRITERIA);
    final String dv = TestData.na12878().resolve("query_derived_chr20_bgzip/golden.postprocess_single_site_output.vcf.gz")
        .toString();
    final String text = String.join("\n",
        "plan_version: 1",
        "results_dir: results",
        "threads: 2",
        "gates: criteria.yaml",
        "truth_sets:",
        "  - id: na12878",
        "    version: v1",
        "    vcf: " + TestData.truthVcf(),
        "    confident: " + TestData.truthBed(),
        "    reference: " + TestData.reference(),
        "submissions:",
        "  - unit: north",
        "    sample: HG001",
        "    pipeline: {name: gatk4, version: \"4\"}",
        "    truth_set: na12878",
        "    vcf: " + TestData.gatk4Query(),
        extraSubmissionLine,
        withDeepVariant ? "  - unit: zealand\n    sample: HG001\n    pipeline: {name: dv, version: \"1.1\"}\n"
            + "    truth_set: na12878\n    vcf: " + dv : "",
        "");
    final Path p = dir.resolve("plan.yaml");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void runExitCodesAndHistoryOutput() throws Exception {
    final Path dir = TestData.scratch("cli-run");
    // All PASS: exit 0, the summary names the verdict and where results are.
    final TestData.Run ok = TestData.run("run", "--plan", plan(dir, false, "").toString(), "--run-id", "a", "-q");
    assertEquals(0, ok.exitCode(), ok.stderr());
    assertTrue(ok.stdout().lines().anyMatch(l -> l.matches(
        "\\s+north\\s+HG001\\s+gatk4 4\\s+na12878\\s+PASS\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")),
        ok.stdout());
    assertTrue(ok.stdout().contains("Results: " + dir.resolve("results/a")), ok.stdout());

    // A gate fails: exit 3.
    final TestData.Run fail = TestData.run("run", "--plan", plan(dir, true, "").toString(), "--run-id", "b", "-q");
    assertEquals(3, fail.exitCode(), fail.stderr());
    assertTrue(fail.stdout().contains("zealand/HG001 FAIL:"), fail.stdout());
    assertTrue(fail.stdout().contains("SNP PASS recall lower bound 0.8650 < fail threshold 0.9"), fail.stdout());

    // An existing run id: exit 2, one line.
    final TestData.Run again = TestData.run("run", "--plan", plan(dir, false, "").toString(), "--run-id", "a", "-q");
    assertEquals(2, again.exitCode());
    assertTrue(again.stderr().startsWith("harness: error: ") && again.stderr().contains("already exists"),
        again.stderr());

    // history: CSV rows over time.
    final Path db = dir.resolve("results/history.sqlite");
    final TestData.Run csv = TestData.run("history", "--db", db.toString(), "--unit", "north", "--type", "snp",
        "--filter", "PASS", "--metric", "recall");
    assertEquals(0, csv.exitCode(), csv.stderr());
    final List<String> lines = List.of(csv.stdout().split("\\R"));
    assertEquals("run_id,started_at,unit,sample,pipeline,pipeline_version,truth_set,truth_set_version,verdict,type,"
        + "filter,subset,metric,value,lower,upper,kind,size_bin", lines.get(0));
    assertEquals(3, lines.size(), csv.stdout());
    assertTrue(lines.get(1).startsWith("a,") && lines.get(2).startsWith("b,"), csv.stdout());
    assertTrue(lines.get(1).contains(",north,HG001,gatk4,4,na12878,v1,PASS,SNP,PASS,*,recall,1.000000,0.946002,"
        + "1.000000"), lines.get(1));

    // JSON, every cell of zealand.
    final TestData.Run json = TestData.run("history", "--db", db.toString(), "--unit", "zealand", "--format",
        "json");
    assertEquals(0, json.exitCode(), json.stderr());
    final JsonNode rows = new ObjectMapper().readTree(json.stdout());
    assertEquals(4, rows.size());
    for (JsonNode r : rows) {
      assertEquals("FAIL", r.get("verdict").asText());
      if (r.get("type").asText().equals("SNP") && r.get("filter").asText().equals("PASS")) {
        assertEquals(43, r.get("truth_tp").asInt());
        assertEquals(2, r.get("truth_fn").asInt());
      }
    }

    // Bad options and a missing database are exit 2.
    assertEquals(2, TestData.run("history", "--db", db.toString(), "--type", "MNP").exitCode());
    final TestData.Run missing = TestData.run("history", "--db", dir.resolve("none.sqlite").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.stderr().contains("no history database"), missing.stderr());
  }

  @Test
  void planErrorsAreExitTwoNamingTheLine() throws Exception {
    final Path dir = TestData.scratch("cli-run-bad-plan");
    final Path p = plan(dir, false, "    colour: blue");
    final TestData.Run r = TestData.run("run", "--plan", p.toString());
    assertEquals(2, r.exitCode(), r.stderr());
    assertEquals(1, r.stderrLines().size(), r.stderr());
    assertTrue(r.stderr().startsWith("harness: error: " + p + ":17: submissions[0].colour: unknown key 'colour'"),
        r.stderr());
    assertTrue(Files.notExists(dir.resolve("results")), "nothing written");
  }

  @Test
  void demoEndToEnd() throws Exception {
    final Path dir = TestData.scratch("cli-demo");
    final TestData.Run r = TestData.run("demo", "--out", dir.toString(), "--contig-length", "60000", "--seed", "3",
        "--threads", "2", "-q");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("== 5/5 history"), r.stdout());
    assertTrue(r.stdout().contains("Done. Results: " + dir), r.stdout());
    assertTrue(Files.isRegularFile(dir.resolve("history.sqlite")));
    final TestData.Run h = TestData.run("history", "--db", dir.resolve("history.sqlite").toString(), "--format",
        "table", "--metric", "f1", "--filter", "PASS");
    assertEquals(0, h.exitCode(), h.stderr());
    // Header + five units x two types.
    assertEquals(11, h.stdout().split("\\R").length, h.stdout());
  }
}
