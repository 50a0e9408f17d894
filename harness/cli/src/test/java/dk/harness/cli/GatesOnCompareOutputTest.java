package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateEvaluator;
import dk.harness.workflow.gates.GateStatus;
import dk.harness.workflow.gates.GateVerdict;
import dk.harness.workflow.gates.JeffreysInterval;
import dk.harness.workflow.gates.MetricsView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The gates read a real {@code harness compare} output and judge it with the council criteria. */
class GatesOnCompareOutputTest {

  @Test
  void councilCriteriaOnNa12878Output() throws IOException {
    final Path dir = TestData.scratch("gates-on-output");
    Files.writeString(dir.resolve("first5kb.bed"), "chr20\t10000000\t10005000\n");
    final Path tsv = dir.resolve("strata.tsv");
    Files.writeString(tsv, "first5kb\tfirst5kb.bed\nGRCh38_notinalldifficultregions\t" + TestData.truthBed() + "\n");
    final Path prefix = dir.resolve("gatk4");
    final TestData.Run run = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "--stratification", tsv.toString(), "--output", prefix.toString(),
        "--threads", "1", "--quiet");
    assertEquals(0, run.exitCode(), run.stderr());

    final MetricsView view = MetricsView.ofOutput(prefix);
    final JsonNode json = new ObjectMapper().readTree(Path.of(prefix + ".metrics.json").toFile());
    final Counts snp = view.counts(VariantType.SNP, FilterKind.PASS, "*");
    final JsonNode js = json.get("counts").get("PASS").get("SNP");
    assertEquals(js.get("truth_tp").asLong(), snp.truthTp());
    assertEquals(js.get("truth_fn").asLong(), snp.truthFn());
    assertEquals(js.get("query_tp").asLong(), snp.queryTp());
    assertEquals(js.get("query_fp").asLong(), snp.queryFp());
    // 45 confident truth SNPs, all found (RTG vcfeval on the same files: PROVENANCE.md 2.4)
    assertEquals(45, snp.truthTp());
    assertEquals(0, snp.truthFn());
    // the confident BED as a stratum has the same truth counts as '*'
    final Counts conf = view.counts(VariantType.SNP, FilterKind.PASS, "GRCh38_notinalldifficultregions");
    assertEquals(snp.truthTp(), conf.truthTp());
    assertEquals(snp.queryTp(), conf.queryTp());
    final Counts first5kb = view.counts(VariantType.SNP, FilterKind.PASS, "first5kb");
    assertTrue(first5kb.truthTp() > 0 && first5kb.truthTp() < 45, first5kb.toString());

    // 45 of 45 is perfect but cannot show recall >= 0.99 with 95% confidence: the council gate fails it
    final Criteria council = Criteria.load(repoRoot().resolve("gates/council-criteria.yaml"));
    final GateVerdict v = GateEvaluator.evaluate(council, view, null);
    assertEquals(GateStatus.FAIL, v.status(), v.reasons().toString());
    final String lower = String.format(java.util.Locale.ROOT, "%.4f", JeffreysInterval.of(45, 45, 0.95).lower());
    assertTrue(v.reasons().contains("SNP PASS recall lower bound " + lower + " < fail threshold 0.99 (recall 1.0000, "
        + "95% Jeffreys interval [" + lower + ", 1.0000], TRUTH.TP 45 of 45)"), v.reasons().toString());
    // the stratum named like a council stratum is judged too
    assertTrue(v.reasons().stream().anyMatch(r -> r.startsWith("SNP PASS recall in GRCh38_notinalldifficultregions "
        + "lower bound")), v.reasons().toString());
  }

  /** The first folder at or above user.dir with the criteria file (the repository root). */
  private static Path repoRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("gates/council-criteria.yaml"))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "gates/council-criteria.yaml not found above " + System.getProperty("user.dir"));
    return dir;
  }
}
