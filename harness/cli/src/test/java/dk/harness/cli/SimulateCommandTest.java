package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code harness simulate} end to end: the simulated cohort, benchmarked with the real {@code harness compare},
 * must show each unit's intended error profile.
 */
class SimulateCommandTest {
  private static final List<String> UNITS = List.of("north", "central", "south", "capital", "zealand");
  private static Path cohort;
  private static TestData.Run simulateRun;
  private static final Map<String, SummaryCsv> SUMMARIES = new HashMap<>();

  @BeforeAll
  static void simulateAndCompareEveryUnit() throws IOException {
    final Path dir = TestData.scratch("simulate-shape");
    cohort = dir.resolve("cohort");
    simulateRun = TestData.run("simulate", "--out", cohort.toString(), "--seed", "7", "--contigs", "2",
        "--contig-length", "1000000");
    assertEquals(0, simulateRun.exitCode(), simulateRun.stderr());
    for (String unit : UNITS) {
      final TestData.Run run = TestData.run("compare", "--quiet",
          "--truth", cohort.resolve("truth/HG002_truth.vcf.gz").toString(),
          "--query", cohort.resolve("units/" + unit + "/HG002.vcf.gz").toString(),
          "--reference", cohort.resolve("reference/demo.fa").toString(),
          "--confident", cohort.resolve("truth/HG002_confident.bed").toString(),
          "--stratification", cohort.resolve("strata/strata.tsv").toString(),
          "--roc", unit.equals("zealand") ? "GQ" : "QUAL",
          "--threads", "2",
          "--output", dir.resolve("out/" + unit).toString());
      assertEquals(0, run.exitCode(), unit + ": " + run.stderr());
      SUMMARIES.put(unit, SummaryCsv.read(dir.resolve("out/" + unit + ".summary.csv")));
    }
  }

  @Test
  void printsWhatItWrote() {
    final String err = simulateRun.stderr();
    assertTrue(err.contains("reference/demo.fa"), err);
    assertTrue(err.contains("truth/HG002_truth.vcf.gz"), err);
    assertTrue(err.contains("units/zealand/HG002.vcf.gz"), err);
    assertTrue(err.contains("cohort.json"), err);
    assertTrue(Files.isRegularFile(cohort.resolve("units/capital/HG002.vcf.gz.tbi")));
  }

  @Test
  void svCallsShowTheirUnitsProfileInCompareSv() throws IOException {
    assertTrue(simulateRun.stderr().contains("units/central/HG002_sv.vcf.gz"), simulateRun.stderr());
    final Path dir = TestData.scratch("simulate-sv");
    final Map<String, JsonNode> summary = new HashMap<>();
    for (String unit : List.of("capital", "central")) {
      final TestData.Run run = TestData.run("compare-sv", "--quiet",
          "--truth", cohort.resolve("truth/HG002_sv_truth.vcf.gz").toString(),
          "--query", cohort.resolve("units/" + unit + "/HG002_sv.vcf.gz").toString(),
          "--includebed", cohort.resolve("truth/HG002_sv_benchmark.bed").toString(),
          "--reference", cohort.resolve("reference/demo.fa").toString(),
          "--output", dir.resolve(unit).toString());
      assertEquals(0, run.exitCode(), unit + ": " + run.stderr());
      summary.put(unit, new ObjectMapper().readTree(dir.resolve(unit).resolve("summary.json").toFile()));
    }
    // Capital's shifts, resizes and symbolic calls are all within Truvari's tolerances; central misses insertions.
    assertTrue(summary.get("capital").get("TP-base").asInt() > 50, summary.toString());
    assertEquals(0, summary.get("capital").get("FN").asInt(), summary.toString());
    assertEquals(0, summary.get("capital").get("FP").asInt(), summary.toString());
    assertTrue(summary.get("central").get("recall").asDouble() < 0.85, summary.toString());
  }

  @Test
  void noSvWritesNoSvFilesAndTheSameSmallVariantFiles() throws IOException {
    final Path off = TestData.scratch("simulate-no-sv");
    final TestData.Run run = TestData.run("simulate", "--out", off.toString(), "--seed", "7", "--contigs", "2",
        "--contig-length", "1000000", "--no-sv", "--quiet");
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(!Files.exists(off.resolve("truth/HG002_sv_truth.vcf.gz")));
    for (String f : List.of("truth/HG002_truth.vcf.gz", "units/south/HG002.vcf.gz", "reference/demo.fa")) {
      assertEquals(-1L, Files.mismatch(off.resolve(f), cohort.resolve(f)), f);
    }
  }

  @Test
  void representationOnlyUnitIsNearPerfect() {
    final SummaryCsv capital = SUMMARIES.get("capital");
    for (String type : List.of("SNP", "INDEL")) {
      assertTrue(recall(capital, type, "ALL") >= 0.995, type + " recall " + recall(capital, type, "ALL"));
      assertTrue(precision(capital, type, "ALL") >= 0.995, type + " precision " + precision(capital, type, "ALL"));
    }
  }

  @Test
  void centralMissesMoreIndelsThanNorth() {
    final double north = recall(SUMMARIES.get("north"), "INDEL", "ALL");
    final double central = recall(SUMMARIES.get("central"), "INDEL", "ALL");
    assertTrue(central < north - 0.05, "INDEL recall central " + central + " vs north " + north);
    // Its SNPs are fine: the loss is indel-specific.
    assertTrue(recall(SUMMARIES.get("central"), "SNP", "ALL") > 0.97);
  }

  @Test
  void southHasGenotypeErrors() {
    final SummaryCsv south = SUMMARIES.get("south");
    assertTrue(south.get("SNP", "ALL", "FP.gt") > 20, "south SNP FP.gt " + south.get("SNP", "ALL", "FP.gt"));
    assertTrue(south.get("SNP", "ALL", "FP.gt") > 5 * SUMMARIES.get("north").get("SNP", "ALL", "FP.gt"));
  }

  @Test
  void zealandHasTheLowestSnpPrecision() {
    for (String filter : List.of("ALL", "PASS")) {
      final double zealand = precision(SUMMARIES.get("zealand"), "SNP", filter);
      for (String unit : UNITS) {
        if (!unit.equals("zealand")) {
          final double other = precision(SUMMARIES.get(unit), "SNP", filter);
          assertTrue(zealand < other, filter + " SNP precision zealand " + zealand + " vs " + unit + " " + other);
        }
      }
    }
  }

  @Test
  void filteredCallsOnlyAffectPassRows() {
    for (String unit : List.of("north", "central", "capital")) {
      final SummaryCsv s = SUMMARIES.get(unit);
      for (String type : List.of("SNP", "INDEL")) {
        for (String column : List.of("TRUTH.TP", "TRUTH.FN", "QUERY.TOTAL", "QUERY.FP")) {
          assertEquals(s.get(type, "ALL", column), s.get(type, "PASS", column), unit + " " + type + " " + column);
        }
      }
    }
    for (String unit : List.of("south", "zealand")) {
      final SummaryCsv s = SUMMARIES.get(unit);
      assertEquals(s.get("SNP", "ALL", "TRUTH.TOTAL"), s.get("SNP", "PASS", "TRUTH.TOTAL"), unit);
      assertTrue(s.get("SNP", "PASS", "QUERY.TOTAL") < s.get("SNP", "ALL", "QUERY.TOTAL"), unit);
      // Filters remove mostly errors: precision rises, recall drops a little.
      assertTrue(precision(s, "SNP", "PASS") > precision(s, "SNP", "ALL"), unit);
      assertTrue(recall(s, "SNP", "PASS") < recall(s, "SNP", "ALL"), unit);
      assertTrue(recall(s, "SNP", "PASS") > recall(s, "SNP", "ALL") - 0.05, unit);
    }
  }

  @Test
  void badOptionsExitWithTwo() throws IOException {
    final Path dir = TestData.scratch("simulate-bad");
    for (String[] args : List.of(
        new String[] {"simulate", "--out", dir.resolve("a").toString(), "--contig-length", "100"},
        new String[] {"simulate", "--out", dir.resolve("b").toString(), "--contigs", "0"},
        new String[] {"simulate", "--out", dir.resolve("c").toString(), "--units", "north,iceland"},
        new String[] {"simulate", "--out", dir.resolve("d").toString(), "--seed", "x"},
        new String[] {"simulate", "--out", dir.resolve("e").toString(), "--samples", "HG002,HG002"},
        new String[] {"simulate"})) {
      final TestData.Run run = TestData.run(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.stderr());
      assertEquals(1, run.stderrLines().size(), run.stderr());
      assertTrue(run.stderr().startsWith(Main.ERROR_PREFIX), run.stderr());
    }
    assertTrue(TestData.run("simulate", "--out", dir.resolve("c").toString(), "--units", "north,iceland")
        .stderr().contains("iceland"));
    // An --out that is a file cannot hold a cohort.
    final Path file = Files.writeString(dir.resolve("plain-file"), "x");
    final TestData.Run run = TestData.run("simulate", "--out", file.toString(), "--quiet");
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("--out"), run.stderr());
  }

  private static double recall(SummaryCsv s, String type, String filter) {
    return (double) s.get(type, filter, "TRUTH.TP") / s.get(type, filter, "TRUTH.TOTAL");
  }

  private static double precision(SummaryCsv s, String type, String filter) {
    final long tp = s.get(type, filter, "QUERY.TOTAL") - s.get(type, filter, "QUERY.FP")
        - s.get(type, filter, "QUERY.UNK");
    return (double) tp / (tp + s.get(type, filter, "QUERY.FP"));
  }
}
