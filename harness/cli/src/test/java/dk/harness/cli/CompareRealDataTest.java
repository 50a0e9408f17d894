package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.OutputPaths;
import dk.harness.report.SummaryCsvSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * End-to-end {@code harness compare} on real data: GIAB NA12878 truth for chr20:10.0-10.1 Mb against GATK4
 * HaplotypeCaller calls on the same sample (hg19 chr20 reference). Expected counts are RTG vcfeval 3.12.1's on the
 * same files (shared/data PROVENANCE.md section 2.4), not values taken from this program.
 */
class CompareRealDataTest {

  private static String[] args(Path prefix, boolean withBed) {
    final List<String> a = new ArrayList<>(List.of("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--output",
        prefix.toString(), "--threads", "2"));
    if (withBed) {
      a.add("--confident");
      a.add(TestData.truthBed().toString());
    }
    return a.toArray(String[]::new);
  }

  @Test
  void writesEveryOutputAndRerunIsByteIdentical() throws IOException {
    final Path dir = TestData.scratch("real-gatk4");
    // A folder that does not exist yet: compare must create it.
    final Path prefix = dir.resolve("out/na12878-chr20/gatk4");
    final TestData.Run first = TestData.run(args(prefix, true));
    assertEquals(0, first.exitCode(), first.stderr());

    final List<Path> outputs = OutputPaths.forPrefix(prefix.toString()).all();
    final Map<Path, byte[]> firstBytes = new LinkedHashMap<>();
    for (Path p : outputs) {
      assertTrue(Files.isRegularFile(p), "missing output " + p + "\n" + first.stderr());
      assertTrue(Files.size(p) > 0, "empty output " + p);
      firstBytes.put(p, Files.readAllBytes(p));
    }
    assertEquals(SummaryCsvSink.HEADER, TestData.lines(outputs.get(0)).get(0));
    assertOnlyOutputsIn(prefix.getParent(), outputs);
    // Progress: one line per contig, then the summary and where the outputs went.
    assertTrue(first.stderr().contains("chr20"), first.stderr());
    assertTrue(first.stderr().contains(prefix.getFileName() + ".summary.csv"), first.stderr());

    // Same prefix again: existing files are replaced, and with identical bytes.
    final TestData.Run second = TestData.run(args(prefix, true));
    assertEquals(0, second.exitCode(), second.stderr());
    for (Path p : outputs) {
      assertArrayEquals(firstBytes.get(p), Files.readAllBytes(p), "output differs on re-run: " + p);
    }
    assertOnlyOutputsIn(prefix.getParent(), outputs);
  }

  @Test
  void metricsJsonRecordsInputsWithDigestsSamplesAndParameters() throws Exception {
    final Path prefix = TestData.scratch("real-gatk4-metrics").resolve("gatk4");
    final TestData.Run run = TestData.run(args(prefix, true));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = new ObjectMapper().readTree(Path.of(prefix + ".metrics.json").toFile());
    assertEquals("harness.metrics/1", m.get("schema").asText());
    assertTrue(!m.get("harness_version").asText().isBlank());
    final JsonNode inputs = m.get("inputs");
    final Map<String, Path> given = Map.of("truth", TestData.truthVcf(), "query", TestData.gatk4Query(),
        "reference", TestData.reference(), "confident", TestData.truthBed());
    for (Map.Entry<String, Path> e : given.entrySet()) {
      assertEquals(e.getValue().toString(), inputs.get(e.getKey()).get("path").asText());
      assertEquals(sha256(e.getValue()), inputs.get(e.getKey()).get("sha256").asText(), e.getKey());
    }
    assertTrue(inputs.get("target").isNull());
    assertEquals("INTEGRATION", inputs.get("truth_sample").asText());
    assertEquals("NA12878", inputs.get("query_sample").asText());
    assertEquals(2, m.get("parameters").get("threads").asInt());
    assertEquals("QUAL", m.get("parameters").get("roc").asText());
    assertEquals(49, m.get("counts").get("ALL").get("ALL").get("truth_tp").asLong());
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void countsInsideConfidentRegionsMatchVcfeval() throws IOException {
    final Path prefix = TestData.scratch("real-gatk4-bed").resolve("gatk4");
    final TestData.Run run = TestData.run(args(prefix, true));
    assertEquals(0, run.exitCode(), run.stderr());
    final SummaryCsv s = SummaryCsv.read(Path.of(prefix + ".summary.csv"));
    // vcfeval, with BED: TP-baseline 49 (SNP 45, INDEL 4), FN 0, FP 0. No record is filtered: ALL == PASS.
    for (String filter : List.of("ALL", "PASS")) {
      assertEquals(45, s.get("SNP", filter, "TRUTH.TP"));
      assertEquals(4, s.get("INDEL", filter, "TRUTH.TP"));
      assertEquals(0, s.sum(filter, "TRUTH.FN"));
      assertEquals(0, s.sum(filter, "QUERY.FP"));
      assertEquals(49, s.sum(filter, "TRUTH.TOTAL"));
    }
  }

  @Test
  void countsWithoutConfidentRegionsMatchVcfeval() throws IOException {
    final Path prefix = TestData.scratch("real-gatk4-nobed").resolve("gatk4");
    final TestData.Run run = TestData.run(args(prefix, false));
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("no --confident"), "missing BED must be warned about:\n" + run.stderr());
    final SummaryCsv s = SummaryCsv.read(Path.of(prefix + ".summary.csv"));
    // vcfeval, no BED: TP-baseline 217, FN 4, FP 34 (TP-call 218).
    assertEquals(217, s.sum("ALL", "TRUTH.TP"));
    assertEquals(4, s.sum("ALL", "TRUTH.FN"));
    assertEquals(34, s.sum("ALL", "QUERY.FP"));
    assertEquals(186, s.get("SNP", "ALL", "TRUTH.TP"));
    assertEquals(0, s.get("SNP", "ALL", "TRUTH.FN"));
  }

  @Test
  void targetRegionsDropRecordsBeforeMatching() throws IOException {
    final Path prefix = TestData.scratch("real-gatk4-target").resolve("gatk4");
    final List<String> a = new ArrayList<>(List.of(args(prefix, false)));
    a.addAll(List.of("--target", TestData.truthBed().toString(), "--quiet"));
    final TestData.Run run = TestData.run(a.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.stderr());
    final SummaryCsv s = SummaryCsv.read(Path.of(prefix + ".summary.csv"));
    // Only the ~9 kb of the BED remain on both sides, where the GATK calls are perfect (vcfeval: 49/49, no FP).
    assertEquals(0, s.sum("ALL", "QUERY.FP"));
    assertEquals(0, s.sum("ALL", "TRUTH.FN"));
    // 49 truth and 49 query records overlap the BED (counted independently with a script); without --target the
    // same run has 217 TP and 34 FP.
    assertEquals(49, s.sum("ALL", "TRUTH.TP"));
    assertEquals(49, s.sum("ALL", "QUERY.TOTAL"));
  }

  @Test
  void deepVariantWithFilteredRecordsMatchesVcfeval() throws IOException {
    final Path dir = TestData.scratch("real-deepvariant");
    // DeepVariant only covers chr20:10,000,000-10,010,000; vcfeval was run with --region on that span.
    final Path region = dir.resolve("region.bed");
    Files.writeString(region, "chr20\t9999999\t10010000\n");
    final Path prefix = dir.resolve("dv");
    final TestData.Run run = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.na12878().resolve("query_derived_chr20_bgzip/golden.postprocess_single_site_output.vcf.gz").toString(),
        "--reference", TestData.reference().toString(), "--confident", TestData.truthBed().toString(), "--target",
        region.toString(), "--output", prefix.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    // Its RefCall records are filtered, so a separate PASS comparison runs.
    assertTrue(run.stderr().contains("ALL + PASS"), run.stderr());
    final SummaryCsv s = SummaryCsv.read(Path.of(prefix + ".summary.csv"));
    // vcfeval (PASS only), with BED: TP-baseline 47 (SNP 43, INDEL 4), FN 1 (SNP), FP 0.
    assertEquals(43, s.get("SNP", "PASS", "TRUTH.TP"));
    assertEquals(1, s.get("SNP", "PASS", "TRUTH.FN"));
    assertEquals(4, s.get("INDEL", "PASS", "TRUTH.TP"));
    assertEquals(0, s.get("INDEL", "PASS", "TRUTH.FN"));
    assertEquals(0, s.sum("PASS", "QUERY.FP"));
  }

  @Test
  void stratificationAddsSubsetRowsToExtendedCsv() throws IOException {
    final Path dir = TestData.scratch("real-strata");
    Files.writeString(dir.resolve("first5kb.bed"), "chr20\t10000000\t10005000\n");
    final Path tsv = dir.resolve("strata.tsv");
    // Relative paths resolve against the TSV's folder; the confident BED itself as a stratum must reproduce "*".
    Files.writeString(tsv, "first5kb\tfirst5kb.bed\nconfident\t" + TestData.truthBed() + "\n");
    final Path prefix = dir.resolve("gatk4");
    final List<String> a = new ArrayList<>(List.of(args(prefix, true)));
    a.addAll(List.of("--stratification", tsv.toString(), "--quiet"));
    final TestData.Run run = TestData.run(a.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.stderr());
    final List<String> lines = TestData.lines(Path.of(prefix + ".extended.csv"));
    final List<String> header = List.of(lines.get(0).split(",", -1));
    final int type = header.indexOf("Type");
    final int subtype = header.indexOf("Subtype");
    final int subset = header.indexOf("Subset");
    final int filter = header.indexOf("Filter");
    final int genotype = header.indexOf("Genotype");
    final int truthTotal = header.indexOf("TRUTH.TOTAL");
    final Map<String, Long> snpAll = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      final String[] f = line.split(",", -1);
      if (f[type].equals("SNP") && f[subtype].equals("*") && f[filter].equals("ALL") && f[genotype].equals("*")) {
        snpAll.put(f[subset], Long.parseLong(f[truthTotal]));
      }
    }
    // hap.py's own subsets (TS_contained, TS_boundary) may be present too.
    assertTrue(snpAll.keySet().containsAll(List.of("*", "confident", "first5kb")), snpAll.toString());
    assertEquals(45, snpAll.get("*"));
    assertEquals(45, snpAll.get("confident"));
    assertTrue(snpAll.get("first5kb") > 0 && snpAll.get("first5kb") < 45, snpAll.toString());
  }

  /** Exactly the expected files, and no temporary folder left behind. */
  static void assertOnlyOutputsIn(Path dir, List<Path> outputs) throws IOException {
    final List<String> expected = outputs.stream().map(p -> p.getFileName().toString()).sorted().toList();
    try (Stream<Path> list = Files.list(dir)) {
      assertEquals(expected, list.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
