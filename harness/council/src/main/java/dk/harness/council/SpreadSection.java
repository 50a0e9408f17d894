package dk.harness.council;

import dk.harness.report.VariantType;
import dk.harness.workflow.gates.GateRule;
import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Section 2 of the HTML report: for each metric, every unit on one chart with its interval, the national median
 * and the gate thresholds, and a table of the spread (lowest, median, highest). Stateless.
 */
final class SpreadSection {
  static final int WIDTH = 420;
  static final int HEIGHT = 300;

  private SpreadSection() {
  }

  static void write(Html h, ReportData d) {
    h.open("section", "id", "side-by-side").nl().el("h2", "2. Side by side").nl();
    h.el("p", "Is care uniform across the regions? Each chart shows one metric for every unit: the dot is the "
        + "estimate, the bar its 95% Jeffreys interval, the dashed line the national median (the median of the "
        + "units). Grey lines mark the council's thresholds, which are applied to the lower end of the interval. "
        + "Where intervals do not overlap, the units truly differ.", "class", "lead").nl();
    final List<OverviewRow> rows = new ArrayList<>();
    for (String sample : d.run().samples()) {
      rows.addAll(d.compared(sample));
    }
    if (rows.isEmpty()) {
      h.el("p", "No submission of this run was compared, so there is nothing to chart.", "class", "note");
      h.close("section").nl();
      return;
    }
    final boolean multi = d.run().multiSample();
    final List<String> labels = rows.stream().map(r -> r.result().label(multi)).toList();
    h.open("div", "class", "grid3").nl();
    for (VariantType t : OverviewText.TYPES) {
      for (Metric m : OverviewText.METRICS) {
        final List<MetricValue> values = rows.stream().map(r -> r.value(t, m)).toList();
        final List<Charts.Level> medians = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
          final String sample = rows.get(start).info().sample();
          int end = start;
          while (end + 1 < rows.size() && rows.get(end + 1).info().sample().equals(sample)) {
            end++;
          }
          final Double med = d.median(sample, t, m);
          if (med != null) {
            medians.add(new Charts.Level(start - 0.45, end + 0.45, med, (multi ? sample + " " : "") + "median "
                + Text.ratio(med)));
          }
          start = end + 1;
        }
        final GateRule rule = d.rule(t, m);
        final String title = OverviewText.typeName(t) + " " + OverviewText.metricName(m);
        final String id = "spread-" + t.name().toLowerCase(Locale.ROOT) + "-" + m.name().toLowerCase(Locale.ROOT);
        final String svg = ChartSvg.render(Charts.intervals(title, OverviewText.metricName(m), labels, values,
            medians, rule == null ? null : rule.failBelow(), rule == null ? null : rule.warnBelow()), WIDTH, HEIGHT,
            id, title + " of every unit with 95% intervals and the national median");
        h.open("figure", "class", "chart-box").raw(svg).open("figcaption").text(title + ", PASS calls. ")
            .text(rule == null ? "" : "Fail below " + rule.failBelow() + ", warn below " + rule.warnBelow()
                + " (lower end of the interval).").close("figcaption").close("figure").nl();
      }
    }
    h.close("div").nl();
    if (d.criteriaNote() != null) {
      h.el("p", "Thresholds are not drawn: " + d.criteriaNote() + ".", "class", "note").nl();
    }
    spreadTable(h, d);
    h.close("section").nl();
  }

  private static void spreadTable(Html h, ReportData d) {
    h.el("h3", "Spread between units").nl();
    h.open("div", "class", "scroll").open("table", "class", "plain spread").nl().open("thead").open("tr");
    for (String c : List.of("Sample", "Metric", "Lowest", "National median", "Highest", "Range")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (String sample : d.run().samples()) {
      final List<OverviewRow> rows = d.compared(sample);
      if (rows.isEmpty()) {
        continue;
      }
      for (VariantType t : OverviewText.TYPES) {
        for (Metric m : OverviewText.METRICS) {
          OverviewRow lo = null;
          OverviewRow hi = null;
          for (OverviewRow r : rows) {
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
          h.open("tr").el("td", sample).el("th", OverviewText.typeName(t) + " " + OverviewText.metricName(m),
              "scope", "row");
          if (lo == null) {
            h.raw("<td>–</td><td>–</td><td>–</td><td>–</td>");
          } else {
            final double a = lo.value(t, m).point();
            final double b = hi.value(t, m).point();
            h.open("td", "class", "num").text(Text.ratio(a) + " ").el("span", lo.info().unit(), "class", "who")
                .close("td");
            h.el("td", Text.ratio(d.median(sample, t, m)), "class", "num");
            h.open("td", "class", "num").text(Text.ratio(b) + " ").el("span", hi.info().unit(), "class", "who")
                .close("td");
            h.el("td", Text.ratio(b - a), "class", "num");
          }
          h.close("tr").nl();
        }
      }
    }
    h.close("tbody").close("table").close("div").nl();
  }
}
