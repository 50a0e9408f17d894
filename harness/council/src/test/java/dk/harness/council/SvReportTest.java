package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.io.InputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SV section of the report, checked against each part's own summary.json and Truvari's answers. */
class SvReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SvFixture fx;
  private static Document doc;
  private static String html;

  @BeforeAll
  static void write() throws Exception {
    fx = SvFixture.get();
    final Path out = Fixture.scratch("sv-html").resolve("report.html");
    CouncilReport.write(fx.run, null, CouncilReport.Format.HTML, out, "test");
    html = Files.readString(out);
    doc = Jsoup.parse(html);
  }

  private static Element overviewRow(String unit) {
    for (Element tr : doc.select("table.sv-overview tbody tr")) {
      if (tr.child(0).text().equals(unit)) {
        return tr;
      }
    }
    throw new AssertionError("no SV overview row for " + unit);
  }

  private static JsonNode json(Path p) throws Exception {
    return JSON.readTree(p.toFile());
  }

  @Test
  void theSectionComesAfterTheDrilldownAndProvenanceMovesToEight() {
    assertEquals(List.of("overview", "side-by-side", "strata", "pr-curves", "trends", "drilldown", "sv",
        "provenance"), doc.select("main > section").eachAttr("id"));
    assertEquals("7. Structural variants", doc.selectFirst("#sv > h2").text());
    assertEquals("8. Provenance", doc.selectFirst("#provenance > h2").text());
    assertNotNull(doc.selectFirst("nav a[href=#sv]"));
    assertEquals(List.of("east", "north", "south", "west"), doc.select("#provenance table.sv-subs tbody th")
        .eachText(), "every SV part in the provenance");
    assertTrue(doc.select("#provenance table.sv-subs tbody tr").get(2).text().contains("refdist 1000"),
        "with its parameters");
  }

  @Test
  void overviewNumbersAreEachPartsSummaryJson() throws Exception {
    for (String unit : SvFixture.UNITS.keySet()) {
      final JsonNode s = json(fx.summary(unit));
      // Our summary.json is Truvari's byte for byte (SvComparisonTest); checked again here so the report's
      // figures are tied to Truvari's own answer, not only to our output.
      assertEquals(Files.readString(fx.truvariSummary(unit)), Files.readString(fx.summary(unit)), unit);
      final Element tr = overviewRow(unit);
      assertEquals(s.get("base cnt").asLong(), Long.parseLong(tr.child(3).attr("data-v")), unit + " truth SVs");
      assertEquals(s.get("TP-base").asLong(), Long.parseLong(tr.child(4).attr("data-v")), unit + " TP-base");
      assertEquals(s.get("FN").asLong(), Long.parseLong(tr.child(5).attr("data-v")), unit + " FN");
      assertEquals(s.get("TP-comp").asLong(), Long.parseLong(tr.child(6).attr("data-v")), unit + " TP-comp");
      assertEquals(s.get("FP").asLong(), Long.parseLong(tr.child(7).attr("data-v")), unit + " FP");
      assertEquals(s.get("recall").asDouble(), Double.parseDouble(tr.child(8).attr("data-v")), 1e-6, unit);
      assertEquals(s.get("precision").asDouble(), Double.parseDouble(tr.child(9).attr("data-v")), 1e-6, unit);
      assertEquals(s.get("f1").asDouble(), Double.parseDouble(tr.child(10).attr("data-v")), 1e-6, unit);
      assertEquals(s.get("gt_concordance").asDouble(), Double.parseDouble(tr.child(11).attr("data-v")), 1e-6, unit);
    }
  }

  @Test
  void verdictsComeFromRunJsonAndAPartOnDiskOnlyIsNotJudged() {
    assertEquals("FAIL", overviewRow("north").child(1).text().replaceAll("[^A-Z]", ""));
    assertEquals("PASS", overviewRow("south").child(1).text().replaceAll("[^A-Z]", ""));
    assertEquals("not judged", overviewRow("east").child(1).text());
    assertEquals("ERROR", overviewRow("west").child(1).text().replaceAll("[^A-Z]", ""));
    assertEquals("–", overviewRow("west").child(4).text(), "not compared: no counts");
    assertTrue(doc.selectFirst("header").text().contains("Structural variants: 1 PASS, 1 FAIL (north/HG002), "
        + "1 ERROR (west/HG002), 1 not judged (east/HG002)."), doc.selectFirst("header").text());
  }

  @Test
  void sizeBinsOfAllTypesAddUpToTheTruthAndEveryUnitIsSideBySide() throws Exception {
    final long baseCnt = json(fx.summary("south")).get("base cnt").asLong();
    long inBins = 0;
    for (Element tr : doc.select("table.sv-table tbody tr[data-type=ALL]")) {
      if (!tr.attr("data-size").equals("ALL")) {
        inBins += Long.parseLong(tr.child(2).attr("data-v"));
      } else {
        assertEquals(baseCnt, Long.parseLong(tr.child(2).attr("data-v")));
      }
    }
    assertEquals(baseCnt, inBins, "every truth SV has one size bin");
    assertEquals(List.of("east", "north", "south"), doc.select("table.sv-table thead th.group").eachText(),
        "the compared units, side by side");
    final Element del = doc.selectFirst("table.sv-table tbody tr[data-type=DEL][data-size=ALL]");
    assertNotNull(del, "the truth has deletions");
    assertNotNull(doc.selectFirst("table.sv-table tbody tr[data-type=INS][data-size=ALL]"));
    // Column 3 + 4k: unit k's recall (east, north, south); DEL recall of south from its metrics.json row.
    final JsonNode row = metricsRow("south", "DEL", "ALL");
    assertEquals(row.get("recall").asDouble(), Double.parseDouble(del.child(3 + 8).attr("data-v")), 1e-6);
    assertEquals(row.get("gt_concordance").asDouble(), Double.parseDouble(del.child(6 + 8).attr("data-v")), 1e-6);
  }

  private static JsonNode metricsRow(String unit, String type, String bin) throws Exception {
    for (JsonNode r : json(fx.run.resolve(unit + "/HG002/sv/metrics.json")).get("rows")) {
      if (r.get("stratum").asText().equals("ALL") && r.get("type").asText().equals(type)
          && r.get("size_bin").asText().equals(bin)) {
        return r;
      }
    }
    throw new AssertionError("no row " + type + " " + bin);
  }

  /** Jeffreys 95% ends computed independently with SciPy: beta.ppf(0.025 / 0.975, x + 0.5, n - x + 0.5). */
  @Test
  void intervalsAreTheKnownJeffreysValuesAndHoldTheEstimate() {
    final Element south = overviewRow("south");
    assertEquals("0.8880–0.9624", south.child(8).selectFirst(".ci").text(), "recall 165 of 177");
    assertEquals("0.9146–0.9779", south.child(9).selectFirst(".ci").text(), "precision 165 of 173");
    assertEquals("0.6687–0.8018", south.child(11).selectFirst(".ci").text(), "genotype 122 of 165");
    final Element north = overviewRow("north");
    assertEquals("0.2988–0.4399", north.child(8).selectFirst(".ci").text(), "recall 65 of 177");
    assertEquals("0.2475–0.3710", north.child(9).selectFirst(".ci").text(), "precision 65 of 212");
    assertEquals("0.0000–0.0378", north.child(11).selectFirst(".ci").text(), "genotype 0 of 65 (Manta: no GT)");
    int checked = 0;
    for (Element td : doc.select("#sv td.m")) {
      final double v = Double.parseDouble(td.attr("data-v"));
      final String[] ends = td.selectFirst(".ci").text().split("–");
      assertTrue(Double.parseDouble(ends[0]) <= v + 5e-5 && v - 5e-5 <= Double.parseDouble(ends[1]),
          td.text() + " holds its estimate");
      checked++;
    }
    assertTrue(checked > 50, "many cells checked: " + checked);
  }

  @Test
  void largestMissesAreSortedBySizeAndPointIntoTheFnAndFpFiles() throws Exception {
    for (String unit : SvFixture.UNITS.keySet()) {
      final Path folder = fx.run.resolve(unit + "/HG002/sv");
      final SvMisses m = SvMisses.read(folder, 10);
      for (String side : List.of("fn", "fp")) {
        final List<SvMiss> list = side.equals("fn") ? m.fn() : m.fp();
        final List<String[]> records = records(folder.resolve(side + ".vcf.gz"));
        assertEquals(side.equals("fn") ? m.fnCount() : m.fpCount(), records.size());
        assertEquals(Math.min(10, records.size()), list.size());
        final Set<String> loci = new HashSet<>();
        long largest = 0;
        for (String[] r : records) {
          loci.add(r[0] + ":" + r[1] + ":" + r[2]);
          largest = Math.max(largest, svlen(r));
        }
        for (int i = 0; i < list.size(); i++) {
          final SvMiss s = list.get(i);
          assertTrue(loci.contains(s.contig() + ":" + s.pos() + ":" + s.id()), unit + " " + side + " " + s);
          if (i > 0) {
            assertTrue(list.get(i - 1).size() >= s.size(), "sorted by size");
          }
          assertTrue(s.igvLocus().startsWith(s.contig() + ":"));
        }
        if (!list.isEmpty()) {
          assertEquals(largest, list.get(0).size(), unit + " " + side + ": the largest comes first");
        }
      }
    }
    // The HTML lists the same loci.
    final Element south = doc.select("#sv article.sv-unit").stream().filter(a -> a.selectFirst("h4").text()
        .startsWith("south")).findFirst().orElseThrow();
    final List<String> shown = south.select("table.sv-fn tbody tr td:eq(3)").eachText();
    final List<String> expected = SvMisses.read(fx.run.resolve("south/HG002/sv"), 10).fn().stream()
        .map(SvMiss::locus).toList();
    assertEquals(expected, shown);
    assertFalse(shown.isEmpty());
  }

  /** |SVLEN| when given, else the span for a symbolic allele, else the allele length change: read independently. */
  private static long svlen(String[] r) {
    for (String kv : r[7].split(";")) {
      if (kv.startsWith("SVLEN=") && !kv.equals("SVLEN=.")) {
        return Math.abs(Long.parseLong(kv.substring(6).split(",")[0]));
      }
    }
    if (r[4].contains("[") || r[4].contains("]")) {
      return 0;
    }
    if (r[4].startsWith("<")) {
      for (String kv : r[7].split(";")) {
        if (kv.startsWith("END=")) {
          return Long.parseLong(kv.substring(4)) - Long.parseLong(r[1]) + 1;
        }
      }
    }
    return Math.abs(r[4].length() - r[3].length());
  }

  /** Records as {CHROM, POS, ID, REF, ALT, QUAL, FILTER, INFO}. */
  private static List<String[]> records(Path vcfGz) throws Exception {
    final List<String[]> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(vcfGz))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          out.add(line.split("\t", 9));
        }
      }
    }
    return out;
  }

  @Test
  void igvLocusPadsByFiftyBasesOrATenthOfTheSpan() {
    assertEquals("chr21:950-1050", new SvMiss("chr21", 1000, 1000, "INS", 300, ".", "0/1", null).igvLocus());
    assertEquals("chr21:1000-21000", new SvMiss("chr21", 1000, 21000, "DEL", 20000, ".", "0/1", null).locus());
    assertEquals("chr21:1-23000", new SvMiss("chr21", 1000, 21000, "DEL", 20000, ".", "0/1", null).igvLocus());
    assertEquals("chr21:8000-32000", new SvMiss("chr21", 10000, 30000, "DEL", 20000, ".", "0/1", null)
        .igvLocus());
  }

  @Test
  void htmlEscapesSubmittedText() {
    assertTrue(doc.select("script").size() == 1, "only the page's own script");
    assertTrue(doc.select("#sv b").isEmpty(), "no markup from a reason");
    final String reasons = doc.select("#sv .reasons").text();
    assertTrue(reasons.contains(SvFixture.HOSTILE_REASON), reasons);
    assertTrue(html.contains("SV recall &lt;b&gt;0.37&lt;/b&gt; &amp; below 0.9"));
    assertFalse(html.contains("<b>0.37</b>"));
  }

  @Test
  void markdownAndCsvCarryTheSameNumbers() throws Exception {
    final Path dir = Fixture.scratch("sv-text");
    CouncilReport.write(fx.run, null, CouncilReport.Format.MD, dir.resolve("r.md"), "test");
    CouncilReport.write(fx.run, null, CouncilReport.Format.CSV, dir.resolve("r.csv"), "test");
    final String md = Files.readString(dir.resolve("r.md"));
    assertTrue(md.contains("\n## Structural variants\n"), md);
    final List<Map<String, String>> csv = csvRows(Files.readString(dir.resolve("r.csv")));
    for (String unit : SvFixture.UNITS.keySet()) {
      final JsonNode s = json(fx.summary(unit));
      assertTrue(md.contains("| " + s.get("TP-base") + " / " + s.get("FN") + " / " + s.get("TP-comp") + " / "
          + s.get("FP") + " |"), unit);
      final Map<String, String> line = csv.stream().filter(r -> r.get("unit").equals(unit)).findFirst()
          .orElseThrow();
      assertEquals(s.get("TP-base").asText(), line.get("sv_tp_base"));
      assertEquals(s.get("FN").asText(), line.get("sv_fn"));
      assertEquals(s.get("TP-comp").asText(), line.get("sv_tp_comp"));
      assertEquals(s.get("FP").asText(), line.get("sv_fp"));
      assertEquals(s.get("recall").asDouble(), Double.parseDouble(line.get("sv_recall")), 1e-6);
      assertEquals("", line.get("snv_recall"), "no small-variant part");
    }
    final Map<String, String> north = csv.stream().filter(r -> r.get("unit").equals("north")).findFirst()
        .orElseThrow();
    assertEquals("FAIL", north.get("sv_verdict"));
    assertTrue(north.get("sv_reasons").startsWith("'=HYPERLINK"), "a formula stays text: " + north.get("sv_reasons"));
    assertEquals("0.298830", north.get("sv_recall_lower"));
    assertTrue(md.contains("SV recall \\<b\\>0.37\\</b\\> \\& below 0.9"), "Markdown escapes reasons");
    assertFalse(md.contains("<script>"));
  }

  private static List<Map<String, String>> csvRows(String text) {
    final List<List<String>> rows = Csv.parse(text);
    final List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertEquals(rows.get(0).size(), r.size(), "every line has every column");
      final Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        m.put(rows.get(0).get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void multiqcGetsAnSvTable() throws Exception {
    final Path dir = Fixture.scratch("sv-mqc");
    CouncilReport.write(fx.run, null, CouncilReport.Format.MULTIQC, dir, "test");
    final JsonNode sv = json(dir.resolve(MultiqcFiles.SV));
    assertEquals("table", sv.get("plot_type").asText());
    final JsonNode south = sv.get("data").get("south | HG002");
    assertEquals(json(fx.summary("south")).get("recall").asDouble(), south.get("SV All SVs recall").asDouble(), 1e-6);
    assertNull(sv.get("data").get("west | HG002"), "not compared");
    final Path multiqc = Tools.find("multiqc");
    assumeTrue(multiqc != null, "MultiQC is not installed: the real-MultiQC "
        + "part is skipped");
    final Path out = Fixture.scratch("sv-mqc-run");
    final Process p = new ProcessBuilder(multiqc.toString(), "-f", "-o", out.toString(), "--cl-config",
        "no_version_check: true", dir.toString()).redirectErrorStream(true)
        .redirectOutput(out.resolve("multiqc.out").toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "MultiQC finished");
    final String log = Files.readString(out.resolve("multiqc.out"));
    assertEquals(0, p.exitValue(), log);
    assertFalse(log.contains("Traceback"), log);
    assertTrue(Files.readString(out.resolve("multiqc_report.html")).contains("id=\"harness_sv\""),
        "MultiQC shows the SV table");
  }

  @Test
  void aRunWithoutSvPartsHasNoneOfIt() throws Exception {
    final Fixture small = Fixture.get();
    final Path dir = Fixture.scratch("sv-none");
    CouncilReport.write(small.r3, small.history, CouncilReport.Format.HTML, dir.resolve("r.html"), "test");
    CouncilReport.write(small.r3, small.history, CouncilReport.Format.CSV, dir.resolve("r.csv"), "test");
    CouncilReport.write(small.r3, small.history, CouncilReport.Format.MD, dir.resolve("r.md"), "test");
    CouncilReport.write(small.r3, small.history, CouncilReport.Format.MULTIQC, dir.resolve("mqc"), "test");
    final String page = Files.readString(dir.resolve("r.html"));
    assertFalse(page.contains("Structural") || page.contains("id=\"sv\""));
    assertTrue(page.contains("<a href=\"#provenance\">7 Provenance</a></nav>"));
    assertFalse(Files.readString(dir.resolve("r.csv")).contains("sv_"));
    assertFalse(Files.readString(dir.resolve("r.md")).contains("Structural"));
    assertFalse(Files.exists(dir.resolve("mqc").resolve(MultiqcFiles.SV)));
  }

  /**
   * A run with small-variant and SV parts: the small-variant sections and CSV columns are those of the same run
   * without its SV parts, and the SV columns follow on the same lines.
   */
  @Test
  void svPartsBesideSmallPartsLeaveTheSmallFiguresAsTheyWere() throws Exception {
    final Fixture small = Fixture.get();
    final Path run = Fixture.scratch("sv-both").resolve("r3");
    Fixture.copyTree(small.r3, run);
    final Path dir = run.getParent();
    CouncilReport.write(run, null, CouncilReport.Format.HTML, dir.resolve("before.html"), "test");
    CouncilReport.write(run, null, CouncilReport.Format.CSV, dir.resolve("before.csv"), "test");
    final ObjectNode manifest = (ObjectNode) JSON.readTree(run.resolve("run.json").toFile());
    final ArrayNode subs = (ArrayNode) manifest.get("submissions");
    for (String unit : List.of("north", "south")) {
      Fixture.copyTree(fx.run.resolve(unit + "/HG002/sv"), run.resolve(unit + "/HG002/sv"));
      subs.addObject().put("kind", "structural-variant").put("unit", unit).put("sample", "HG002")
          .put("folder", unit + "/HG002/sv").put("verdict", "PASS").putArray("reasons");
    }
    JSON.writeValue(run.resolve("run.json").toFile(), manifest);
    CouncilReport.write(run, null, CouncilReport.Format.HTML, dir.resolve("after.html"), "test");
    CouncilReport.write(run, null, CouncilReport.Format.CSV, dir.resolve("after.csv"), "test");
    final Document before = Jsoup.parse(dir.resolve("before.html").toFile(), "UTF-8");
    final Document after = Jsoup.parse(dir.resolve("after.html").toFile(), "UTF-8");
    for (String id : List.of("overview", "side-by-side", "strata", "pr-curves", "drilldown")) {
      assertEquals(before.getElementById(id).outerHtml(), after.getElementById(id).outerHtml(), id);
    }
    assertEquals(List.of("north", "south"), after.select("table.sv-overview tbody th").eachText());
    final List<List<String>> was = Csv.parse(Files.readString(dir.resolve("before.csv")));
    final List<List<String>> now = Csv.parse(Files.readString(dir.resolve("after.csv")));
    assertEquals(was.size(), now.size(), "no extra line: every SV part has a small-variant line");
    final int tpBase = now.get(0).indexOf("sv_tp_base");
    for (int i = 0; i < was.size(); i++) {
      assertEquals(was.get(i), now.get(i).subList(0, was.get(i).size()), "line " + i + " as before");
      if (i > 0) {
        final String unit = now.get(i).get(1);
        assertEquals(SvFixture.UNITS.containsKey(unit) && !unit.equals("east")
            ? json(fx.summary(unit)).get("TP-base").asText() : "", now.get(i).get(tpBase), unit);
      }
    }
  }

  @Test
  void aDamagedSvMetricsFileIsNamed() throws Exception {
    final Path copy = Fixture.scratch("sv-damaged").resolve("sv1");
    Fixture.copyTree(fx.run, copy);
    final Path metrics = copy.resolve("south/HG002/sv/metrics.json");
    Files.writeString(metrics, "{\"schema\": \"something-else/9\"}");
    final InputException e = assertThrows(InputException.class,
        () -> CouncilReport.write(copy, null, CouncilReport.Format.HTML, copy.resolve("r.html"), "test"));
    assertTrue(e.getMessage().contains(metrics.toString()) && e.getMessage().contains("harness.sv-metrics/1"),
        e.getMessage());
  }
}
