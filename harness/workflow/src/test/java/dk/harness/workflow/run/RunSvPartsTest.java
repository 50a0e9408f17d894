package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.testdata.TestFiles;
import dk.harness.workflow.history.ComparisonRecord;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.plan.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SV parts of a run on tiny VCFs: the verdicts, ERROR parts that do not stop the run, folders, progress. */
class RunSvPartsTest {
  private static final String HEADER = String.join("\n",
      "##fileformat=VCFv4.2",
      "##contig=<ID=chr1,length=100000>",
      "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"SV type\">",
      "##INFO=<ID=SVLEN,Number=1,Type=Integer,Description=\"SV length\">",
      "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">",
      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
      "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tHG002",
      "");
  private static final String TRUTH = HEADER + String.join("\n",
      "chr1\t1000\td1\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;SVLEN=-500;END=1500\tGT\t0/1",
      "chr1\t5000\td2\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;SVLEN=-2000;END=7000\tGT\t1/1",
      "chr1\t20000\ti1\tA\t<INS>\t.\tPASS\tSVTYPE=INS;SVLEN=300;END=20000\tGT\t0/1",
      "");
  /** d1 shifted by 100 bp (within refdist 500: TP), d2 missed (FN), i1 found, one deletion nobody has (FP). */
  private static final String CALLS = HEADER + String.join("\n",
      "chr1\t1100\tq1\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;SVLEN=-500;END=1600\tGT\t0/1",
      "chr1\t20000\tq2\tA\t<INS>\t.\tPASS\tSVTYPE=INS;SVLEN=300;END=20000\tGT\t1/1",
      "chr1\t40000\tq3\tN\t<DEL>\t.\tPASS\tSVTYPE=DEL;SVLEN=-800;END=40800\tGT\t0/1",
      "");
  /** Two ALT alleles in one record: the SV engine (like Truvari) refuses it. */
  private static final String MULTI = HEADER
      + "chr1\t1000\tm1\tN\t<DEL>,<DUP>\t.\tPASS\tSVTYPE=DEL;SVLEN=-500;END=1500\tGT\t1/2\n";

  @Test
  void svPartsAreComparedJudgedAndRefusedOneByOne() throws Exception {
    final Path dir = TestFiles.scratch("run-sv-parts");
    Files.writeString(dir.resolve("truth.vcf"), TRUTH);
    Files.writeString(dir.resolve("calls.vcf"), CALLS);
    Files.writeString(dir.resolve("multi.vcf"), MULTI);
    final Path criteria = RunFixtures.criteria(dir, 0.90, 0.94);
    final StringBuilder plan = new StringBuilder(String.join("\n",
        "plan_version: 1",
        "run_id: r1",
        "threads: 1",
        "gates: " + criteria,
        "truth_sets:",
        "  - {id: sv, kind: structural-variant, version: \"1\", sample: HG002, vcf: truth.vcf}",
        "submissions:",
        ""));
    for (String[] u : new String[][] {{"good", "calls.vcf"}, {"multi", "multi.vcf"}, {"missing", "none.vcf"}}) {
      plan.append("  - {unit: ").append(u[0]).append(", sample: HG002, pipeline: {name: p, version: \"1\"}, ")
          .append("sv_truth_set: sv, sv_vcf: ").append(u[1]).append("}\n");
    }
    final Path planFile = dir.resolve("plan.yaml");
    Files.writeString(planFile, plan);
    final StringWriter log = new StringWriter();
    final RunResult r = new Runner(RunOptions.of("test", new PrintWriter(log, true))).run(
        new PlanReader(1).read(planFile));

    assertEquals(List.of(Status.PASS, Status.ERROR, Status.ERROR), r.outcomes().stream().map(
        SubmissionOutcome::status).toList());
    assertEquals(RunResult.EXIT_BAD_INPUT, r.exitCode());
    final JsonNode summary = new ObjectMapper().readTree(r.runDir().resolve("good/HG002/sv/summary.json").toFile());
    assertEquals(2, summary.path("TP-base").asInt());
    assertEquals(1, summary.path("FN").asInt());
    assertEquals(2, summary.path("TP-comp").asInt());
    assertEquals(1, summary.path("FP").asInt());
    assertTrue(r.outcomes().get(0).reasons().get(0).contains("no sv_rules"), r.outcomes().get(0).reasons()
        .toString());
    // The comparison refused the multi-allelic record: the part is ERROR with the engine's message and fix.
    final String multi = r.outcomes().get(1).reasons().get(0);
    assertTrue(multi.startsWith("comparison: ") && multi.contains("multi.vcf:8") && multi.contains("bcftools norm"),
        multi);
    // Intake refused the missing file; an ERROR part's folder holds only its intake report.
    assertTrue(r.outcomes().get(2).reasons().get(0).startsWith("intake: "), r.outcomes().get(2).reasons()
        .toString());
    assertEquals(List.of("intake.json"), RunFixtures.tree(r.runDir().resolve("missing/HG002/sv")));
    assertEquals(List.of("intake.json"), RunFixtures.tree(r.runDir().resolve("multi/HG002/sv")));
    // No verdict.json, no small-variant files: an SV-only submission's folder is its sv/ folder.
    assertEquals(List.of("sv"), Files.list(r.runDir().resolve("good/HG002")).map(p -> p.getFileName().toString())
        .toList());

    // The history has the refused SV parts as errors of kind structural-variant.
    try (History h = History.openReadOnly(r.history())) {
      final List<String[]> errors = h.errors(new HistoryQuery(null, null, null, null, null, null, null));
      assertEquals(2, errors.size());
      assertTrue(errors.stream().allMatch(e -> e[6].equals(ComparisonRecord.STRUCTURAL_VARIANT)));
      assertEquals(0, h.errors(new HistoryQuery(null, null, null, null, null, null)).size(),
          "small-variant errors only");
    }
    // The summary of a run of SV parts only: the SV table, no empty small-variant table.
    final StringWriter table = new StringWriter();
    RunSummary.print(r, new PrintWriter(table));
    assertTrue(table.toString().contains("Structural variants (all types and sizes):"), table.toString());
    assertTrue(!table.toString().contains("SNP recall"), table.toString());
    assertTrue(table.toString().contains("good/HG002/sv ERROR") || table.toString().contains("multi/HG002/sv ERROR"),
        table.toString());
    // Progress names SV parts as unit/sample/sv.
    assertTrue(log.toString().contains("good/HG002/sv"), log.toString());
    assertTrue(log.toString().contains("3 structural-variant part(s)"), log.toString());
  }
}
