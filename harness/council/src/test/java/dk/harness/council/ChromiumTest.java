package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report as a reader sees it: opened in headless Chromium (Debian package {@code chromium}; .ci/run installs
 * it), with every console message, exception and network request recorded over the DevTools protocol.
 * Skipped with a message when Chromium is not installed.
 */
class ChromiumTest {
  /** Where the screenshot for review goes. */
  static final Path SCREENSHOT = Path.of("target", "council-report.png");

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Tools.find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium; .ci/run does it): the "
        + "browser test of the report is skipped");
  }

  @Test
  void rendersWithNoErrorsNoRequestsAndEveryPart() throws Exception {
    final Fixture fx = Fixture.get();
    final Path dir = Fixture.scratch("chromium");
    final Path html = dir.resolve("report.html");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.HTML, html, "test");
    try (Browser b = Browser.launch(chromium, dir.resolve("profile"))) {
      b.open(html.toUri().toString(), 1400, 2000);
      assertEquals(List.of(), b.problems(), "console errors or warnings");
      for (String url : b.requests()) {
        assertTrue(url.startsWith("file:"), "network request to " + url);
      }
      final JsonNode facts = b.eval("JSON.parse(JSON.stringify({"
          + "sections: Array.from(document.querySelectorAll('main > section')).map(s => s.id),"
          + "rows: document.querySelectorAll('#overview-table tbody tr').length,"
          + "charts: document.querySelectorAll('svg.chart').length,"
          + "drawn: Array.from(document.querySelectorAll('svg.chart')).filter(s => {"
          + "  const r = s.getBoundingClientRect(); return r.width > 300 && r.height > 150"
          + "    && s.querySelectorAll('path, line, rect, circle, polygon, polyline').length > 20; }).length,"
          + "tableWidth: document.querySelector('#overview-table').getBoundingClientRect().width,"
          + "viewport: document.documentElement.clientWidth}))");
      assertEquals(List.of("overview", "side-by-side", "strata", "pr-curves", "trends", "drilldown", "provenance"),
          texts(facts.get("sections")));
      assertEquals(6, facts.get("rows").asInt());
      assertEquals(17, facts.get("charts").asInt());
      assertEquals(17, facts.get("drawn").asInt(), "every chart is laid out with its marks");
      assertTrue(facts.get("tableWidth").asDouble() <= facts.get("viewport").asDouble(),
          "the overview fits a 1400 px window: " + facts);
      Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
      Files.write(SCREENSHOT, b.screenshot());
      assertTrue(Files.size(SCREENSHOT) > 50_000, "a screenshot with content");

      // Sorting works in the browser: SNV recall (column 4) ascending, then descending; not-compared rows last.
      final String column = "Array.from(document.querySelectorAll('#overview-table tbody tr'))"
          + ".map(r => r.cells[4].getAttribute('data-v'))";
      b.eval("document.querySelector('#overview-table th[data-col=\"4\"]').click()");
      final List<String> asc = texts(b.eval(column));
      b.eval("document.querySelector('#overview-table th[data-col=\"4\"]').click()");
      final List<String> desc = texts(b.eval(column));
      assertSorted(asc, true);
      assertSorted(desc, false);
      assertEquals("null", asc.get(asc.size() - 1), "ERROR row (no value) sorts last");
      assertEquals("descending", b.eval("document.querySelector('#overview-table th[data-col=\"4\"]')"
          + ".getAttribute('aria-sort')").asText());
      // Following a verdict's "n reasons" link opens its collapsed reasons.
      assertEquals(false, b.eval("document.querySelector('#reasons details, details[id^=reasons]').open")
          .asBoolean());
      b.eval("document.querySelector('a.reason-link').click()");
      final String target = b.eval("document.querySelector('a.reason-link').getAttribute('href')").asText();
      assertTrue(b.eval("document.querySelector('" + target + "').open").asBoolean(), target + " opened");
      assertEquals(List.of(), b.problems(), "no errors after sorting and opening");
    }
  }

  @Test
  void theSvSectionRendersWithNoErrorsAndSorts() throws Exception {
    final SvFixture fx = SvFixture.get();
    final Path dir = Fixture.scratch("chromium-sv");
    final Path html = dir.resolve("report.html");
    CouncilReport.write(fx.run, null, CouncilReport.Format.HTML, html, "test");
    try (Browser b = Browser.launch(chromium, dir.resolve("profile"))) {
      b.open(html.toUri().toString(), 1400, 2000);
      assertEquals(List.of(), b.problems(), "console errors or warnings");
      for (String url : b.requests()) {
        assertTrue(url.startsWith("file:"), "network request to " + url);
      }
      final JsonNode facts = b.eval("JSON.parse(JSON.stringify({"
          + "sections: Array.from(document.querySelectorAll('main > section')).map(s => s.id),"
          + "drawn: Array.from(document.querySelectorAll('#sv svg.chart')).filter(s => {"
          + "  const r = s.getBoundingClientRect(); return r.width > 300 && r.height > 150"
          + "    && s.querySelectorAll('path, line, rect, circle, polygon, polyline').length > 20; }).length,"
          + "misses: document.querySelectorAll('#sv table.sv-misses tbody tr').length}))");
      assertEquals(List.of("overview", "side-by-side", "strata", "pr-curves", "trends", "drilldown", "sv",
          "provenance"), texts(facts.get("sections")));
      assertEquals(2, facts.get("drawn").asInt(), "SV recall and precision charts laid out with their marks");
      assertEquals(58, facts.get("misses").asInt(), "10 FN and 10 FP per compared unit, but pbsv has 8 FP");
      // SV recall (column 8 of the SV overview) sorts; the ERROR part (no value) sorts last.
      final String column = "Array.from(document.querySelectorAll('table.sv-overview tbody tr'))"
          + ".map(r => r.cells[8].getAttribute('data-v'))";
      b.eval("document.querySelector('table.sv-overview th[data-col=\"8\"]').click()");
      final List<String> asc = texts(b.eval(column));
      assertSorted(asc, true);
      assertEquals("null", asc.get(asc.size() - 1));
      assertEquals(List.of(), b.problems(), "no errors after sorting");
    }
  }

  /** The checks above would notice a page that logs an error or fetches something: shown on a bad page. */
  @Test
  void theChecksCatchErrorsAndRequests() throws Exception {
    final Path dir = Fixture.scratch("chromium-control");
    final Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>"
        + "<img src=\"http://127.0.0.1:9/pixel.png\"><script>console.error('broken'); undefinedCall();</script>"
        + "</body></html>");
    try (Browser b = Browser.launch(chromium, dir.resolve("profile"))) {
      b.open(bad.toUri().toString(), 800, 600);
      final String problems = String.join("\n", b.problems());
      assertTrue(problems.contains("broken"), problems);
      assertTrue(problems.contains("undefinedCall"), problems);
      assertTrue(b.requests().contains("http://127.0.0.1:9/pixel.png"), b.requests().toString());
    }
  }

  private static List<String> texts(JsonNode array) {
    final List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isNull() ? "null" : n.asText()));
    return out;
  }

  private static void assertSorted(List<String> values, boolean ascending) {
    double last = ascending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (String v : values) {
      if ("null".equals(v)) {
        continue;
      }
      final double d = Double.parseDouble(v);
      assertTrue(ascending ? d >= last : d <= last, values + " not sorted " + (ascending ? "up" : "down"));
      last = d;
    }
  }
}
