package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MultiQC custom-content files, and the real MultiQC reading them next to the run's summary.csv files. */
class MultiqcTest {
  private static Fixture fx;
  private static Path dir;

  @BeforeAll
  static void write() throws Exception {
    fx = Fixture.get();
    dir = Fixture.scratch("multiqc").resolve("mqc");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.MULTIQC, dir, "test");
  }

  private static JsonNode read(String name) throws Exception {
    return new ObjectMapper().readTree(dir.resolve(name).toFile());
  }

  @Test
  void strataTableHoldsEveryUnitsFigures() throws Exception {
    final JsonNode root = read(MultiqcFiles.STRATA);
    assertEquals("table", root.get("plot_type").asText());
    final JsonNode data = root.get("data");
    assertEquals(5, data.size(), "the five compared units (east was not compared)");
    // Cross-check one figure with the unit's extended.csv row (SNP, PASS, stratum, Subtype *, QQ *).
    final Path ext = fx.r3.resolve("central/HG002/HG002.extended.csv");
    final List<String> lines = Files.readAllLines(ext);
    final List<String> head = List.of(lines.get(0).split(",", -1));
    Double expected = null;
    for (String l : lines) {
      final String[] f = l.split(",", -1);
      if (f[0].equals("SNP") && f[1].equals("*") && f[2].equals("tandem_repeats") && f[3].equals("PASS")
          && f[head.indexOf("QQ")].equals("*")) {
        expected = Double.parseDouble(f[head.indexOf("METRIC.Recall")]);
      }
    }
    assertEquals(expected, data.get("central | HG002").get("tandem_repeats SNV recall").asDouble(), 1e-6);
    assertTrue(root.get("headers").has("not_in_repeats Indel precision"));
  }

  @Test
  void curvesHaveUniqueIncreasingRecallsAndTheOperatingPoint() throws Exception {
    final JsonNode root = read(MultiqcFiles.PR_SNV);
    assertEquals("linegraph", root.get("plot_type").asText());
    final JsonNode north = root.get("data").get("north | HG002");
    assertTrue(north.size() > 3, "a curve");
    final List<Double> xs = new ArrayList<>();
    north.fieldNames().forEachRemaining(k -> xs.add(Double.parseDouble(k)));
    for (int i = 1; i < xs.size(); i++) {
      assertTrue(xs.get(i) > xs.get(i - 1), "recall keys sorted and unique");
    }
    final Summary s = Summary.of(fx.r3, "north");
    final JsonNode pass = root.get("data").get("north | HG002 PASS");
    final Iterator<String> k = pass.fieldNames();
    final String recall = k.next();
    assertEquals(s.recall("SNP"), Double.parseDouble(recall), 1e-6);
    assertEquals(s.metric("SNP", "PASS", "METRIC.Precision"), pass.get(recall).asDouble(), 1e-6);
  }

  @Test
  void versionsNameHarnessAndEveryPipeline() throws Exception {
    final JsonNode v = new YAMLMapper().readTree(dir.resolve(MultiqcFiles.VERSIONS).toFile());
    assertEquals("test-version", v.get("harness").get("harness").asText(), "the run's harness version");
    assertEquals("1.1", v.get("north").get("north-germline").asText());
    assertEquals("0.9", v.get("east").get("east-germline").asText());
  }

  @Test
  void realMultiqcFindsHappyAndTheCustomSections() throws Exception {
    final Path multiqc = Tools.find("multiqc");
    assumeTrue(multiqc != null, "MultiQC is not installed (apt-get install multiqc; .ci/run does it): the "
        + "MultiQC test is skipped");
    final Path out = Fixture.scratch("multiqc-run");
    final Process p = new ProcessBuilder(multiqc.toString(), "-d", "-dd", "2", "-f", "-o", out.toString(),
        "--cl-config", "no_version_check: true", fx.r3.toString(), dir.toString())
        .redirectErrorStream(true).redirectOutput(out.resolve("multiqc.out").toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "MultiQC finished");
    final String log = Files.readString(out.resolve("multiqc.out"));
    assertEquals(0, p.exitValue(), log);
    assertTrue(!log.contains("Traceback"), log);
    final String html = Files.readString(out.resolve("multiqc_report.html"));
    for (String id : List.of("happy", "happy-snp-plot", "happy-indel-plot", "harness_strata", "harness_pr_snp",
        "harness_pr_indel")) {
      assertTrue(html.contains("id=\"" + id + "\""), "section " + id + " in MultiQC's report");
    }
    final String sources = Files.readString(out.resolve("multiqc_data/multiqc_sources.txt"));
    for (String unit : Fixture.UNITS) {
      assertTrue(sources.contains(fx.r3.resolve(unit + "/HG002/HG002.summary.csv").toString()),
          unit + "'s summary.csv read by the hap.py module as written");
    }
  }
}
