package dk.harness.compare.sv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.core.sv.SvConfig;
import dk.harness.testdata.TestFiles;
import dk.harness.compare.ProgressSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SV result folder: Truvari's summary.json byte for byte, and the metrics.json breakdown. */
class SvComparisonTest {
  private static final SvConfig GIAB = SvConfig.defaults().withPassonly(true).withRefdist(1000).withPctseq(0);

  private static Path data() {
    final Path p = TestFiles.shared().resolve("hg002-chr21-sv");
    assertTrue(Files.isDirectory(p), "shared test data missing: " + p);
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"manta:calls/HG002_manta_SV_hg19_genotype.chr21.vcf.gz",
      "delly:calls/HG002_delly_SV_hg19.chr21.vcf.gz",
      "pbsv:derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz",
      "jointvc:derived/HG002.jointVC.filter.chr21.split-multiallelic.vcf.gz",
      "union:derived/HG002-NA24385-50x.union_170414.split.chr21.split-multiallelic.vcf.gz"})
  void summaryJsonIsTruvarisByteForByte(String run) throws IOException {
    final String[] nc = run.split(":");
    final Path out = Files.createDirectories(Path.of("target/test-work/sv")).resolve(nc[0] + System.nanoTime());
    final SvSettings s = new SvSettings(data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"),
        data().resolve(nc[1]), data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"), null, null, null, null, out,
        GIAB);
    SvComparison.run(s, "test", new ProgressSink() { });
    assertEquals(Files.readString(data().resolve("expected/truvari/" + nc[0] + "/summary.json")),
        Files.readString(out.resolve("summary.json")));
  }

  @Test
  void pythonFloatsReadLikeTruvarisJson() {
    assertEquals("0.30660377358490565", PythonFloat.repr(65 / 212.0));
    assertEquals("1.0", PythonFloat.repr(1.0));
    assertEquals("0.0", PythonFloat.repr(0.0));
    assertEquals("1e-05", PythonFloat.repr(0.00001));
    assertEquals("0.0001", PythonFloat.repr(0.0001));
    assertEquals("1e+16", PythonFloat.repr(1e16));
    assertEquals("123456.5", PythonFloat.repr(123456.5));
  }

  @Test
  void breakdownBinsCallsByTypeAndSize() throws IOException {
    final Path out = Files.createDirectories(Path.of("target/test-work/sv")).resolve("bins" + System.nanoTime());
    final SvSettings s = new SvSettings(data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"),
        data().resolve("calls/HG002_delly_SV_hg19.chr21.vcf.gz"),
        data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"), null, null, null, null, out, GIAB);
    final SvComparison.Outcome o = SvComparison.run(s, "test", new ProgressSink() { });
    final List<SvBreakdown.Row> rows = SvBreakdown.rows("ALL", o.result().outcomes(), v -> true);
    int truthInBins = 0;
    int queryInBins = 0;
    for (SvBreakdown.Row r : rows) {
      if (r.type().equals("ALL") && !r.sizeBin().equals("ALL")) {
        truthInBins += r.truthTotal();
        queryInBins += r.queryTotal();
      }
    }
    // Every truth call has a size bin; only breakends (no size) are missing from the query bins.
    assertEquals(o.result().summary().baseCnt(), truthInBins);
    final SvBreakdown.Row bnd = rows.stream().filter(r -> r.type().equals("BND") && r.sizeBin().equals("ALL"))
        .findFirst().orElse(null);
    assertEquals(o.result().summary().compCnt(), queryInBins + (bnd == null ? 0 : bnd.queryTotal()));
    assertEquals("50-99", SvBreakdown.BINS.get(1));
    assertTrue(Files.readString(out.resolve("metrics.json")).contains("\"size_bin\" : \"100-299\""));
  }

  @Test
  void genotypeCountsPerRowAddUpToTruvarisSummary() throws IOException {
    final Path out = Files.createDirectories(Path.of("target/test-work/sv")).resolve("gt" + System.nanoTime());
    final SvSettings s = new SvSettings(data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"),
        data().resolve("derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz"),
        data().resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"), null, null, null, null, out, GIAB);
    SvComparison.run(s, "test", new ProgressSink() { });
    final ObjectMapper json = new ObjectMapper();
    // Truvari's own answer, not ours: the expected summary.json of the shared data.
    final var truvari = json.readTree(data().resolve("expected/truvari/pbsv/summary.json").toFile());
    final var metrics = json.readTree(out.resolve("metrics.json").toFile());
    int compGtInBins = 0;
    int baseGtInBins = 0;
    boolean someMismatch = false;
    boolean someMatch = false;
    for (var r : metrics.path("rows")) {
      assertEquals(r.get("tp_base").asInt(), r.get("tp_base_gt_match").asInt() + r.get("tp_base_gt_mismatch").asInt());
      assertEquals(r.get("tp_comp").asInt(), r.get("tp_comp_gt_match").asInt() + r.get("tp_comp_gt_mismatch").asInt());
      if (r.get("tp_comp").asInt() == 0) {
        assertTrue(r.get("gt_concordance").isNull(), "no TP, no concordance");
      } else {
        assertEquals(r.get("tp_comp_gt_match").asDouble() / r.get("tp_comp").asInt(),
            r.get("gt_concordance").asDouble(), 1e-12);
      }
      if (!r.get("stratum").asText().equals("ALL") || !r.get("type").asText().equals("ALL")) {
        continue;
      }
      if (r.get("size_bin").asText().equals("ALL")) {
        assertEquals(truvari.get("TP-base_TP-gt").asInt(), r.get("tp_base_gt_match").asInt());
        assertEquals(truvari.get("TP-base_FP-gt").asInt(), r.get("tp_base_gt_mismatch").asInt());
        assertEquals(truvari.get("TP-comp_TP-gt").asInt(), r.get("tp_comp_gt_match").asInt());
        assertEquals(truvari.get("TP-comp_FP-gt").asInt(), r.get("tp_comp_gt_mismatch").asInt());
        assertEquals(truvari.get("gt_concordance").asDouble(), r.get("gt_concordance").asDouble(), 1e-15);
      } else {
        compGtInBins += r.get("tp_comp_gt_match").asInt();
        baseGtInBins += r.get("tp_base_gt_match").asInt();
        someMismatch |= r.get("tp_comp_gt_mismatch").asInt() > 0;
        someMatch |= r.get("tp_comp_gt_match").asInt() > 0;
      }
    }
    assertEquals(truvari.get("TP-comp_TP-gt").asInt(), compGtInBins, "the size bins partition the TPs");
    assertEquals(truvari.get("TP-base_TP-gt").asInt(), baseGtInBins);
    assertTrue(someMismatch && someMatch, "pbsv has right and wrong genotypes on chr21, so the test can tell them "
        + "apart");
  }
}
