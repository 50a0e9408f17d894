package dk.harness.council;

import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The council's report as one self-contained HTML page: styles, charts (inline SVG) and the small table-sorting
 * script are all inline; nothing is fetched. A Content-Security-Policy forbids every network request and every
 * script but the page's own (by hash), so even text that slipped through escaping could not load or run
 * anything. Stateless.
 */
public final class HtmlReport {
  /**
   * Sorts tables whose headings carry data-sort (number/text) and data-col (keyboard-accessible); opens the
   * reasons of a submission when its link in the overview is followed, and every collapsed block for print.
   */
  static final String SCRIPT = String.join("\n",
      "(function () {",
      "  'use strict';",
      "  function key(cell, numeric) {",
      "    if (!cell) { return null; }",
      "    var v = cell.getAttribute('data-v');",
      "    if (v === null) { return null; }",
      "    if (!numeric) { return v.toLowerCase(); }",
      "    var n = parseFloat(v);",
      "    return isNaN(n) ? null : n;",
      "  }",
      "  function sortBy(table, th) {",
      "    var col = parseInt(th.getAttribute('data-col'), 10);",
      "    var numeric = th.getAttribute('data-sort') === 'number';",
      "    var asc = th.getAttribute('aria-sort') !== 'ascending';",
      "    table.querySelectorAll('th[aria-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });",
      "    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');",
      "    var body = table.tBodies[0];",
      "    var rows = Array.prototype.slice.call(body.rows);",
      "    rows.forEach(function (r, i) { r.setAttribute('data-i', i); });",
      "    rows.sort(function (a, b) {",
      "      var x = key(a.cells[col], numeric);",
      "      var y = key(b.cells[col], numeric);",
      "      if (x === null && y === null) { return a.getAttribute('data-i') - b.getAttribute('data-i'); }",
      "      if (x === null) { return 1; }",
      "      if (y === null) { return -1; }",
      "      var c = x < y ? -1 : x > y ? 1 : 0;",
      "      return (asc ? c : -c) || a.getAttribute('data-i') - b.getAttribute('data-i');",
      "    });",
      "    rows.forEach(function (r) { body.appendChild(r); });",
      "  }",
      "  window.addEventListener('beforeprint', function () {",
      "    document.querySelectorAll('details').forEach(function (d) { d.open = true; });",
      "  });",
      "  document.querySelectorAll('a.reason-link').forEach(function (a) {",
      "    a.addEventListener('click', function () {",
      "      var d = document.getElementById(a.getAttribute('href').slice(1));",
      "      if (d) { d.open = true; }",
      "    });",
      "  });",
      "  document.querySelectorAll('table.sortable').forEach(function (table) {",
      "    table.querySelectorAll('th[data-sort]').forEach(function (th) {",
      "      th.tabIndex = 0;",
      "      th.addEventListener('click', function () { sortBy(table, th); });",
      "      th.addEventListener('keydown', function (e) {",
      "        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(table, th); }",
      "      });",
      "    });",
      "  });",
      "}());");

  private HtmlReport() {
  }

  /**
   * The page.
   *
   * @param historyText what history was read (for the provenance), e.g. its path
   */
  public static String write(ReportData d, String historyText) {
    final RunInfo run = d.run().run();
    final Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "img-src data:; script-src '" + scriptHash() + "'; base-uri 'none'; form-action 'none'\">\n");
    h.raw("<meta name=\"generator\" content=\"harness report\">\n");
    h.open("title").text("Council report: run " + run.runId()).close("title").nl();
    h.raw("<style>\n").raw(HtmlStyle.CSS).raw("</style>\n</head>\n<body>\n");
    header(h, d);
    // A run with SV parts gets section 7 for them; provenance moves to 8. Without, the page is as it always was.
    final boolean sv = !d.run().svParts().isEmpty();
    h.raw("<nav aria-label=\"sections\"><a href=\"#overview\">1 Overview</a><a href=\"#side-by-side\">2 Side by "
        + "side</a><a href=\"#strata\">3 Strata</a><a href=\"#pr-curves\">4 Precision–recall</a><a "
        + "href=\"#trends\">5 Trends</a><a href=\"#drilldown\">6 Drill-down</a>"
        + (sv ? "<a href=\"#" + SvSection.ID + "\">7 Structural variants</a><a href=\"#provenance\">8 " : "<a "
        + "href=\"#provenance\">7 ") + "Provenance</a></nav>\n<main>\n");
    OverviewSection.write(h, d);
    SpreadSection.write(h, d);
    StrataSection.write(h, d);
    CurvesSection.writeCurves(h, d);
    CurvesSection.writeTrends(h, d);
    DrilldownSection.write(h, d);
    if (sv) {
      SvSection.write(h, d, "7");
    }
    ProvenanceSection.write(h, d, historyText, sv ? "8" : "7");
    h.raw("</main>\n<footer>").text("Written by harness " + d.reportVersion() + " from run " + run.runId()
        + ". Self-contained: this file loads nothing from the network.").raw("</footer>\n");
    h.raw("<script>").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void header(Html h, ReportData d) {
    final RunInfo run = d.run().run();
    final boolean sv = !d.run().svParts().isEmpty();
    h.raw("<header>\n").el("h1", sv ? "Germline small-variant and structural-variant benchmark: council report"
        : "Germline small-variant benchmark: council report").nl();
    final List<String> truth = new ArrayList<>();
    for (TruthSetInfo t : run.truthSets()) {
      truth.add(t.id() + (t.version() == null ? "" : " " + t.version()));
    }
    h.el("p", "Run " + run.runId() + " · started " + (run.startedAt() == null ? "?" : run.startedAt())
        + " · criteria " + (run.criteriaVersion() == null ? "?" : run.criteriaVersion()) + " · truth "
        + String.join(", ", truth) + " · harness " + run.harnessVersion(), "class", "sub").nl();
    h.open("div", "class", "glance").nl();
    final int[] n = d.verdictCounts();
    final String[] names = {"PASS", "WARN", "FAIL", "ERROR"};
    h.open("p", "class", "counts");
    for (int i = 0; i < 4; i++) {
      OverviewSection.badge(h, names[i]);
      h.el("span", " " + n[i] + "   ", "class", "count");
    }
    h.close("p").nl();
    for (int i = 1; i < 4; i++) {
      final List<String> who = new ArrayList<>();
      for (OverviewRow r : d.rows()) {
        if (r.info().verdict().equals(names[i])) {
          who.add(r.info().key());
        }
      }
      if (!who.isEmpty()) {
        h.el("p", names[i] + ": " + String.join(", ", who));
      }
    }
    if (sv) {
      h.el("p", svVerdicts(d));
    }
    final String spread = widestSpread(d);
    if (spread != null) {
      h.el("p", spread, "class", "spread-line").nl();
    }
    h.close("div").nl().raw("</header>\n");
  }

  /** "Structural variants: 2 PASS, 1 FAIL (south/HG002), 1 not judged." */
  static String svVerdicts(ReportData d) {
    final Map<String, List<String>> by = new LinkedHashMap<>();
    for (String v : List.of("PASS", "WARN", "FAIL", "ERROR", "not judged")) {
      by.put(v, new ArrayList<>());
    }
    for (SvPart p : d.run().svParts()) {
      by.computeIfAbsent(p.gated() ? p.info().verdict() : "not judged", k -> new ArrayList<>()).add(p.info().key());
    }
    final List<String> out = new ArrayList<>();
    by.forEach((v, who) -> {
      if (!who.isEmpty()) {
        out.add(who.size() + " " + v + ("PASS".equals(v) ? "" : " (" + String.join(", ", who) + ")"));
      }
    });
    return "Structural variants: " + String.join(", ", out) + ".";
  }

  /** "Largest difference between units: ..." over the PASS metrics of every sample, or null. */
  static String widestSpread(ReportData d) {
    String best = null;
    double width = -1;
    for (String sample : d.run().samples()) {
      for (VariantType t : OverviewText.TYPES) {
        for (Metric m : OverviewText.METRICS) {
          OverviewRow lo = null;
          OverviewRow hi = null;
          for (OverviewRow r : d.compared(sample)) {
            final MetricValue v = r.value(t, m);
            if (v == null) {
              continue;
            }
            if (lo == null || v.point() < lo.value(t, m).point()) {
              lo = r;
            }
            if (hi == null || v.point() > hi.value(t, m).point()) {
              hi = r;
            }
          }
          if (lo != null && lo != hi) {
            final double w = hi.value(t, m).point() - lo.value(t, m).point();
            if (w > width) {
              width = w;
              best = "Largest difference between units: " + OverviewText.typeName(t) + " "
                  + OverviewText.metricName(m) + (d.run().multiSample() ? " (" + sample + ")" : "") + ", from "
                  + Text.ratio(lo.value(t, m).point()) + " (" + lo.info().unit() + ") to "
                  + Text.ratio(hi.value(t, m).point()) + " (" + hi.info().unit() + "); national median "
                  + Text.ratio(d.median(sample, t, m)) + ".";
            }
          }
        }
      }
    }
    return best;
  }

  /** The CSP source of the inline script: {@code sha256-<base64>}. */
  static String scriptHash() {
    try {
      final byte[] digest = MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
