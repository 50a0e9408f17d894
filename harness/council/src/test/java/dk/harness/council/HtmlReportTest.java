package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.workflow.gates.JeffreysInterval;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report of the fixture's third run, checked against the run's own output files. */
class HtmlReportTest {
  private static Fixture fx;
  private static Path html;
  private static Document doc;

  @BeforeAll
  static void write() throws Exception {
    fx = Fixture.get();
    html = Fixture.scratch("html").resolve("report.html");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.HTML, html, "test");
    doc = Jsoup.parse(html.toFile(), "UTF-8");
  }

  private static Element row(String unit) {
    for (Element tr : doc.select("#overview-table tbody tr")) {
      if (tr.child(0).text().equals(unit)) {
        return tr;
      }
    }
    throw new AssertionError("no overview row for " + unit);
  }

  /** Column of a second-row heading: SNV block starts at 4 (recall, precision, F1, TP, FP, FN), indels at 10. */
  private static Element cell(String unit, int col) {
    return row(unit).child(col);
  }

  @Test
  void everySectionIsThereInOrder() {
    final List<String> ids = doc.select("main > section").eachAttr("id");
    assertEquals(List.of("overview", "side-by-side", "strata", "pr-curves", "trends", "drilldown", "provenance"),
        ids);
    for (String id : ids) {
      assertNotNull(doc.selectFirst("#" + id + " > h2"), id + " has a heading");
      assertNotNull(doc.selectFirst("nav a[href=#" + id + "]"), id + " is in the navigation");
    }
  }

  @Test
  void overviewHasOneRowPerSubmissionSortedByUnit() {
    final List<String> units = doc.select("#overview-table tbody tr > th").eachText();
    final List<String> expected = new ArrayList<>(Fixture.UNITS);
    expected.add("east");
    Collections.sort(expected);
    assertEquals(expected, units);
    assertEquals("ERROR", row("east").selectFirst(".badge").text().replaceAll("[^A-Z]", ""));
    assertEquals("–", cell("east", 4).text());
    assertTrue(cell("east", 4).attr("title").startsWith("not compared"));
    for (String u : Fixture.UNITS) {
      final String verdict = row(u).selectFirst(".badge").text();
      assertTrue(verdict.matches("[✓!✗] (PASS|WARN|FAIL)"), "verdict in words with a symbol: " + verdict);
    }
  }

  @Test
  void overviewNumbersAreTheComparisonsOwn() throws Exception {
    for (String u : Fixture.UNITS) {
      final Summary s = Summary.of(fx.r3, u);
      int col = 4;
      for (String type : List.of("SNP", "INDEL")) {
        final long tp = s.count(type, "PASS", "TRUTH.TP");
        final long fn = s.count(type, "PASS", "TRUTH.FN");
        final Element recall = cell(u, col);
        assertEquals(s.recall(type), Double.parseDouble(recall.attr("data-v")), 1e-6, u + " " + type + " recall");
        final JeffreysInterval ji = JeffreysInterval.of(tp, tp + fn, 0.95);
        assertEquals(String.format(Locale.ROOT, "%.4f–%.4f", ji.lower(), ji.upper()),
            recall.selectFirst(".ci").text(), u + " " + type + " recall interval");
        assertEquals(s.metric(type, "PASS", "METRIC.Precision"), Double.parseDouble(cell(u, col + 1).attr("data-v")),
            1e-6, u + " " + type + " precision");
        assertEquals(s.f1(type), Double.parseDouble(cell(u, col + 2).attr("data-v")), 2e-6, u + " " + type + " F1");
        assertEquals(tp, Long.parseLong(cell(u, col + 3).attr("data-v")));
        assertEquals(s.count(type, "PASS", "QUERY.FP"), Long.parseLong(cell(u, col + 4).attr("data-v")));
        assertEquals(fn, Long.parseLong(cell(u, col + 5).attr("data-v")));
        col += 6;
      }
    }
  }

  @Test
  void writtenDifferentlyIsTheSiteLevelRepresentationGap() throws Exception {
    final Element th = doc.selectFirst("#overview-table th[data-col=18]");
    assertEquals("Written differently", th.text());
    for (String u : Fixture.UNITS) {
      final var total = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fx.r3.resolve(u + "/HG002/HG002"
          + ".metrics.json").toFile()).path("site_level").path("representation_gap").path("PASS").path("total");
      final Element c = cell(u, 18);
      final long fn = total.get("truth_fn").asLong();
      final long fp = total.get("query_fp").asLong();
      assertEquals(fn + fp, Long.parseLong(c.attr("data-v")), u);
      assertEquals(String.format(Locale.ROOT, "%,d FN %,d FP", fn, fp), c.text(), u);
    }
    assertTrue(cell("capital", 18).attr("data-v").matches("[1-9]\\d*"), "capital writes indels differently");
  }

  @Test
  void nationalMedianIsTheMedianOfTheUnits() throws Exception {
    final List<Double> recalls = new ArrayList<>();
    for (String u : Fixture.UNITS) {
      recalls.add(Summary.of(fx.r3, u).recall("INDEL"));
    }
    Collections.sort(recalls);
    final Element median = doc.selectFirst("#overview-table tfoot tr.median");
    assertEquals("National median", median.child(0).text());
    assertEquals(String.format(Locale.ROOT, "%.4f", recalls.get(2)), median.child(10).text());
  }

  @Test
  void changeSincePreviousComparesWithTheRunTheGatesUsed() throws Exception {
    // north: r2 submitted thinned calls, r3 the full ones; capital submitted the same calls both times.
    final double before = Summary.of(fx.results.resolve("r2"), "north").f1("SNP");
    final double now = Summary.of(fx.r3, "north").f1("SNP");
    assertTrue(now > before, "the fixture improves north's SNV F1");
    final Element north = cell("north", 16);
    assertEquals(now - before, Double.parseDouble(north.attr("data-v")), 4e-6);
    assertTrue(north.text().startsWith("▲ +"), north.text());
    assertTrue(north.text().endsWith("vs 2026-10-01"), north.text());
    assertEquals("now minus the result of run r2", north.attr("title"));
    assertTrue(cell("capital", 16).text().startsWith("±0.0000"), cell("capital", 16).text());
    assertEquals("–", cell("east", 16).text());
  }

  @Test
  void everyChartIsAnInlineSvgWithATextAlternative() {
    final Elements charts = doc.select("svg.chart");
    // 6 side by side, 4 strata (SNV/indel x recall/precision), 2 PR, 5 trends (east has no counts).
    assertEquals(6, doc.select("#side-by-side svg.chart").size());
    assertEquals(4, doc.select("#strata svg.chart").size());
    assertEquals(2, doc.select("#pr-curves svg.chart").size());
    assertEquals(5, doc.select("#trends svg.chart").size());
    assertEquals(17, charts.size());
    final List<String> ids = new ArrayList<>();
    for (Element svg : charts) {
      assertEquals("img", svg.attr("role"));
      assertFalse(svg.attr("aria-label").isBlank());
      ids.add(svg.id());
    }
    // Element ids inside the charts are prefixed by the chart's id, so no two charts clash.
    final List<String> all = doc.select("[id]").eachAttr("id");
    assertEquals(all.size(), new java.util.HashSet<>(all).size(), "element ids are unique");
    assertTrue(ids.contains("spread-snp-recall") && ids.contains("pr-indel") && ids.contains("trend-0"));
  }

  @Test
  void sideBySideMarksMedianAndThresholds() {
    final Element chart = doc.selectFirst("#spread-snp-recall");
    final String text = chart.text();
    assertTrue(text.contains("median "), text);
    assertTrue(text.contains("fail below 0.95") && text.contains("warn below 0.98"), text);
    for (String u : Fixture.UNITS) {
      assertTrue(text.contains(u), "unit " + u + " labelled");
    }
  }

  @Test
  void trendsAnnotateEveryPipelineVersionChange() {
    final List<String> changes = doc.select("#trends li").eachText();
    assertEquals(List.of("north: north-germline 1.0 → north-germline 1.1 in run r3",
        "south: south-germline 1.0 → south-germline 1.1 in run r2"), changes);
    assertTrue(doc.selectFirst("#trend-2").text().contains("pipeline north-germline 1.1"),
        "north's chart marks the change");
  }

  @Test
  void strataWarnWhereTruthCountsAreSmall() {
    int warned = 0;
    int fine = 0;
    for (Element tr : doc.select("#strata table.strata-table tbody tr")) {
      final long n = Long.parseLong(tr.child(1).attr("data-v"));
      final boolean warning = tr.child(0).selectFirst(".warn-note") != null;
      assertEquals(n < StrataSection.MIN_STABLE, warning, tr.child(0).ownText() + " with " + n + " truth variants");
      warned += warning ? 1 : 0;
      fine += warning ? 0 : 1;
    }
    assertTrue(warned > 0 && fine > 0, "the fixture has both small and large strata");
    assertEquals(List.of("homopolymer_ge7", "tandem_repeats", "low_complexity_gc", "not_in_repeats"),
        doc.select("#strata table.strata-table").get(0).select("tbody tr > th").eachAttr("data-v"));
  }

  @Test
  void drilldownCountsAgreeWithTheSummary() throws Exception {
    for (Element unit : doc.select("#drilldown article.unit")) {
      final String name = unit.selectFirst("h3").ownText().strip();
      final Summary s = Summary.of(fx.r3, name);
      final long fn = s.count("SNP", "ALL", "TRUTH.FN") + s.count("INDEL", "ALL", "TRUTH.FN");
      final long fp = s.count("SNP", "ALL", "QUERY.FP") + s.count("INDEL", "ALL", "QUERY.FP");
      final String line = unit.selectFirst("p").text();
      assertTrue(line.startsWith(String.format(Locale.ROOT, "%,d false negatives and %,d false positives", fn, fp)),
          name + ": " + line);
      final Elements groups = unit.select("table.groups tbody tr");
      assertTrue(groups.size() <= DrilldownSection.GROUPS);
      int last = Integer.MAX_VALUE;
      for (Element g : groups) {
        final int size = Integer.parseInt(g.child(3).text()) + Integer.parseInt(g.child(4).text());
        assertTrue(size <= last, "groups ranked by size");
        last = size;
        assertTrue(g.child(2).text().matches("chr[12]:\\d+-\\d+"), "IGV locus " + g.child(2).text());
      }
    }
    assertEquals(5, doc.select("#drilldown article.unit").size());
  }

  @Test
  void provenanceNamesVersionsChecksumsAndTimings() throws Exception {
    final String text = doc.selectFirst("#provenance").text();
    assertTrue(text.contains("test-version") && text.contains("test-1"), "harness and criteria versions");
    final String sha = dk.harness.report.Sha256.of(fx.cohort.resolve("truth/HG002_truth.vcf.gz"));
    assertTrue(text.contains(sha), "truth checksum");
    assertTrue(text.contains(dk.harness.report.Sha256.of(fx.cohort.resolve("reference/demo.fa"))), "reference");
    assertTrue(text.contains("north-germline 1.1") && text.contains("compare"), "pipelines and timings");
  }

  @Test
  void pageIsSelfContainedAndLocksOutTheNetwork() throws Exception {
    final String raw = Files.readString(html);
    assertTrue(doc.select("[src]").isEmpty(), "nothing is loaded from elsewhere");
    assertTrue(doc.select("link").isEmpty());
    for (String href : doc.select("[href]").eachAttr("href")) {
      assertTrue(href.startsWith("#"), "only in-page links: " + href);
    }
    // SVG clip paths refer to elements of the page (url(#...)); nothing else may be a url.
    assertFalse(raw.replace("url(#", "").contains("url("), "no external urls");
    assertFalse(raw.contains("@import"));
    final Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
    final String policy = csp.attr("content");
    assertTrue(policy.startsWith("default-src 'none';"), policy);
    final Elements scripts = doc.select("script");
    assertEquals(1, scripts.size());
    final byte[] digest = MessageDigest.getInstance("SHA-256").digest(scripts.get(0).data()
        .getBytes(StandardCharsets.UTF_8));
    assertTrue(policy.contains("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'"),
        "the one script is allowed by its hash");
  }

  @Test
  void sortableColumnsCarrySortKeysInEveryRow() {
    final Element table = doc.selectFirst("#overview-table");
    final Elements heads = table.select("th[data-sort]");
    assertEquals(19, heads.size(), "18 metric columns and the representation gap");
    for (Element th : heads) {
      final int col = Integer.parseInt(th.attr("data-col"));
      for (Element tr : table.select("tbody tr")) {
        final Element c = tr.child(col);
        if ("number".equals(th.attr("data-sort")) && c.hasAttr("data-v")) {
          Double.parseDouble(c.attr("data-v"));
        }
      }
      assertTrue(table.select("tbody tr").stream().anyMatch(tr -> tr.child(col).hasAttr("data-v")),
          th.text() + " sorts on something");
    }
  }

  @Test
  void sameInputsGiveTheSameBytes() throws Exception {
    final Path again = Fixture.scratch("html-again").resolve("report.html");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.HTML, again, "test");
    assertArrayEquals(Files.readAllBytes(html), Files.readAllBytes(again));
  }

  @Test
  void withoutHistoryTheReportSaysWhatIsMissing() throws Exception {
    final Path out = Fixture.scratch("html-nohistory").resolve("report.html");
    CouncilReport.write(fx.r3, null, CouncilReport.Format.HTML, out, "test");
    final Document d = Jsoup.parse(out.toFile(), "UTF-8");
    assertTrue(d.selectFirst("#trends").text().contains("No trends: no history database was given"));
    assertTrue(d.select("#trends svg").isEmpty());
    assertEquals("run r2 (no history read)", d.select("#overview-table tbody tr").get(3).child(16).text());
  }
}
