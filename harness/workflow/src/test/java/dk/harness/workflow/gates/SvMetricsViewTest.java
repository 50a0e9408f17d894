package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.sv.SvComparison;
import dk.harness.compare.sv.SvSettings;
import dk.harness.core.sv.SvConfig;
import dk.harness.io.InputException;
import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading compare-sv's metrics.json for the SV gates. */
class SvMetricsViewTest {
  private static final String HEAD = "{\"schema\": \"harness.sv-metrics/1\", \"summary\": {}, \"rows\": [";

  private static String row(String stratum, String type, String bin, long tpBase, long fn, long tpComp, long fp) {
    return "{\"stratum\": \"" + stratum + "\", \"type\": \"" + type + "\", \"size_bin\": \"" + bin
        + "\", \"truth_total\": " + (tpBase + fn) + ", \"tp_base\": " + tpBase + ", \"fn\": " + fn
        + ", \"query_total\": " + (tpComp + fp) + ", \"tp_comp\": " + tpComp + ", \"fp\": " + fp
        + ", \"recall\": null, \"precision\": null, \"f1\": null}";
  }

  private static Path write(String name, String json) throws IOException {
    final Path f = Paths.scratch("sv-metrics-" + name + "-" + Integer.toHexString(json.hashCode()))
        .resolve("metrics.json");
    Files.writeString(f, json);
    return f;
  }

  @Test
  void readsTheWholeComparisonRowsOnly() throws IOException {
    final Path f = write("good", HEAD + String.join(",",
        row("ALL", "ALL", "ALL", 75, 102, 70, 15),
        row("ALL", "ALL", "300-999", 10, 5, 9, 1),
        row("ALL", "DEL", "ALL", 43, 22, 43, 7),
        row("ALL", "BND", "ALL", 0, 0, 0, 4),
        row("GRCh37_segdups", "ALL", "ALL", 1, 50, 1, 2)) + "]}");
    final SvMetricsView v = SvMetricsView.fromMetricsJson(f);
    assertEquals(new SvCounts(75, 102, 70, 15), v.counts("ALL", "*"));
    assertEquals(177, v.counts("ALL", "*").truthTotal());
    assertEquals(85, v.counts("ALL", "*").queryTotal());
    assertEquals(new SvCounts(10, 5, 9, 1), v.counts("ALL", "300-999"));
    assertEquals(new SvCounts(43, 22, 43, 7), v.counts("DEL", "*"));
    assertEquals(new SvCounts(0, 0, 0, 4), v.counts("BND", "*"));
    assertNull(v.counts("INS", "*"));
    assertNull(v.counts("ALL", "ALL"), "compare-sv's ALL size bin is * here");
    // the stratum row is not read: the whole comparison's ALL row is not overwritten by it
    assertEquals(List.of(new SvCell("ALL", "*"), new SvCell("ALL", "300-999"), new SvCell("DEL", "*"),
        new SvCell("BND", "*")), List.copyOf(v.cells().keySet()));
    // the parsed-tree entry point gives the same view
    final JsonNode tree = new ObjectMapper().readTree(f.toFile());
    assertEquals(v.cells(), SvMetricsView.fromMetricsJson(tree, f).cells());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"schema\": \"harness.metrics/1\", \"rows\": []}|schema is 'harness.metrics/1', expected 'harness.sv-metrics/1'",
      "{\"rows\": []}|schema is missing",
      "{\"schema\": \"harness.sv-metrics/1\"}|no 'rows' list",
      "ROWS{\"stratum\": \"ALL\", \"type\": \"DEL\", \"truth_total\": 1}]}|rows[0].size_bin is missing",
      "ROWS{\"stratum\": \"ALL\", \"type\": \"DEL\", \"size_bin\": \"ALL\", \"truth_total\": 1, \"tp_base\": 1, "
          + "\"fn\": -1, \"query_total\": 0, \"tp_comp\": 0, \"fp\": 0}]}|rows[0].fn is missing or not a non-negative",
      "ROWS{\"stratum\": \"ALL\", \"type\": \"DEL\", \"size_bin\": \"ALL\", \"truth_total\": 5, \"tp_base\": 1, "
          + "\"fn\": 1, \"query_total\": 0, \"tp_comp\": 0, \"fp\": 0}]}|truth_total must equal tp_base + fn",
      "ROWS{\"stratum\": \"ALL\", \"type\": \"DEL\", \"size_bin\": \"ALL\", \"truth_total\": 2, \"tp_base\": 1, "
          + "\"fn\": 1, \"query_total\": 0, \"tp_comp\": 0, \"fp\": 0}, {\"stratum\": \"ALL\", \"type\": \"DEL\", "
          + "\"size_bin\": \"ALL\", \"truth_total\": 0, \"tp_base\": 0, \"fn\": 0, \"query_total\": 0, \"tp_comp\": 0, "
          + "\"fp\": 0}]}|rows[1] repeats type DEL, size bin ALL",
      "ROWS7]}|rows[0] is not an object",
      "[1, 2]|schema is missing"})
  void malformedFilesAreRefusedNamingTheFile(String json, String expected) throws IOException {
    final Path f = write("bad", json.replace("ROWS", HEAD));
    final InputException e = assertThrows(InputException.class, () -> SvMetricsView.fromMetricsJson(f));
    assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.fix().contains("harness compare-sv"), e.fix());
  }

  @Test
  void missingFileIsRefused() {
    final Path f = Path.of("target/no-such-sv/metrics.json");
    final InputException e = assertThrows(InputException.class, () -> SvMetricsView.fromMetricsJson(f));
    assertTrue(e.getMessage().startsWith(f + ": SV metrics file not found"), e.getMessage());
  }

  /**
   * End to end on real data: compare-sv's metrics.json for the HG002 chr21 SV calls, read by the view, holds
   * Truvari 5.4.0's counts per type (counted from Truvari's own tp-base/fn/tp-comp/fp VCFs in
   * expected/truvari/RUN, by SVTYPE or, where it is missing, by allele length), and the council's criteria judge it
   * (one expected reason each, its interval from scipy.stats.beta.ppf; docs/gates.md quotes the union one).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "delly | calls/HG002_delly_SV_hg19.chr21.vcf.gz | 23 154 23 22 | 22 43 22 5 | 1 111 1 0 | FAIL | SV ALL recall "
          + "lower bound 0.0865 < fail threshold 0.4 (recall 0.1299, 95% Jeffreys interval [0.0865, 0.1853], TP-base 23 "
          + "of 177)",
      "pbsv | derived/hg19.HG002.pbsv.chr21.svlen-header.no-svtype.vcf.gz | 165 12 165 8 | 62 3 62 1 | 103 9 103 7 "
          + "| PASS | ",
      "union | derived/HG002-NA24385-50x.union_170414.split.chr21.split-multiallelic.vcf.gz | 75 102 75 15 "
          + "| 43 22 43 7 | 32 80 32 8 | FAIL | SV DEL recall lower bound 0.5415 < fail threshold 0.55 (recall 0.6615, "
          + "95% Jeffreys interval [0.5415, 0.7676], TP-base 43 of 65)"})
  void compareSvOutputIsReadWithTruvarisCounts(String run, String calls, String all, String del, String ins,
      GateStatus council, String reason) throws IOException {
    final Path data = Paths.shared().resolve("hg002-chr21-sv");
    final Path out = Paths.scratch("sv-metrics-real-" + run).resolve("sv");
    final SvConfig giab = SvConfig.defaults().withPassonly(true).withRefdist(1000).withPctseq(0);
    SvComparison.run(new SvSettings(data.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.vcf.gz"), data.resolve(calls),
        data.resolve("truth/HG002_SVs_Tier1_v0.6.chr21.bed"), null, null, null, null, out, giab), "test",
        new ProgressSink() { });
    final SvMetricsView v = SvMetricsView.fromMetricsJson(out.resolve("metrics.json"));
    assertEquals(counts(all), v.counts("ALL", "*"));
    assertEquals(counts(del), v.counts("DEL", "*"));
    assertEquals(counts(ins), v.counts("INS", "*"));
    // every size bin compare-sv wrote can be named by a rule
    for (SvCell c : v.cells().keySet()) {
      assertTrue(SvGateRule.SIZE_BINS.contains(c.sizeBin()), c.toString());
    }
    final Criteria criteria = Criteria.load(Paths.repoRoot().resolve("gates/council-criteria.yaml"));
    final GateVerdict verdict = SvGateEvaluator.evaluate(criteria, v, null);
    assertEquals(council, verdict.status(), verdict.reasons().toString());
    if (reason == null) {
      assertEquals(List.of(), verdict.reasons());
    } else {
      assertTrue(verdict.reasons().contains(reason), verdict.reasons().toString());
    }
  }

  private static SvCounts counts(String fourNumbers) {
    final String[] f = fourNumbers.trim().split(" ");
    return new SvCounts(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
  }
}
