package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;
import java.util.List;
import java.util.Locale;

/** Section 1 of the HTML report: the sortable overview table and the reasons for the verdicts. Stateless. */
final class OverviewSection {
  private OverviewSection() {
  }

  static void write(Html h, ReportData d) {
    final boolean gap = d.rows().stream().anyMatch(r -> r.result().representationGap() != null);
    h.open("section", "id", "overview").nl().el("h2", "1. Overview").nl();
    h.el("p", "One row per unit and sample. Figures are for PASS calls in the truth set's confident regions: the "
        + "estimate, and below it its 95% Jeffreys interval. TP = truth variants found, FP = false calls, FN = "
        + "truth variants missed. Change since previous: now minus the unit's previous result (the one the "
        + "regression rule compared with; its date below). Click a column heading to sort (again to reverse); "
        + "the national median is the last row.", "class", "lead").nl();
    legend(h);
    h.open("div", "class", "scroll").open("table", "class", "sortable overview", "id", "overview-table").nl();
    h.open("thead").open("tr");
    int col = 0;
    col = head(h, "Unit", "text", col, 2, null);
    col = head(h, "Sample", "text", col, 2, null);
    col = head(h, "Pipeline", "text", col, 2, null);
    col = head(h, "Verdict", "number", col, 2, "Sorted from PASS to ERROR");
    for (VariantType t : OverviewText.TYPES) {
      h.open("th", "colspan", "6", "class", "group").text(OverviewText.typeName(t) + "s").close("th");
    }
    h.open("th", "colspan", "2", "class", "group").text("Change since previous").close("th");
    if (gap) {
      // After the metric, count and change columns of the second header row.
      head(h, "Written differently", "number", col + 6 * OverviewText.TYPES.size() + 2, 2,
          "PASS records that are errors at site level (same position, REF and ALT) but match haplotype-aware: the "
          + "same variant written differently (metrics.json site_level.representation_gap)");
    }
    h.close("tr").nl().open("tr");
    final int firstMetricCol = 4;
    col = firstMetricCol;
    for (VariantType t : OverviewText.TYPES) {
      for (Metric m : OverviewText.METRICS) {
        col = head(h, capital(OverviewText.metricName(m)), "number", col, 1, null);
      }
      col = head(h, "TP", "number", col, 1, "TRUTH.TP: truth variants found");
      col = head(h, "FP", "number", col, 1, "QUERY.FP: calls not in the truth set");
      col = head(h, "FN", "number", col, 1, "TRUTH.FN: truth variants missed");
    }
    col = head(h, "SNV F1", "number", col, 1, null);
    head(h, "Indel F1", "number", col, 1, null);
    h.close("tr").close("thead").nl().open("tbody").nl();
    final List<OverviewRow> rows = d.rows();
    for (int i = 0; i < rows.size(); i++) {
      row(h, rows.get(i), i, gap);
    }
    h.close("tbody").nl().open("tfoot").nl();
    for (String sample : d.run().samples()) {
      if (d.compared(sample).isEmpty()) {
        continue;
      }
      h.open("tr", "class", "median").el("th", "National median", "scope", "row").el("td", sample)
          .el("td", "").el("td", "");
      for (VariantType t : OverviewText.TYPES) {
        for (Metric m : OverviewText.METRICS) {
          final Double v = d.median(sample, t, m);
          h.el("td", Text.ratio(v), "class", "num");
        }
        h.raw("<td></td><td></td><td></td>");
      }
      h.raw("<td></td><td></td>");
      if (gap) {
        h.raw("<td></td>");
      }
      h.close("tr").nl();
    }
    h.close("tfoot").close("table").close("div").nl();
    reasons(h, rows);
    h.close("section").nl();
  }

  private static int head(Html h, String label, String sort, int col, int rowspan, String title) {
    h.open("th", "data-sort", sort, "data-col", Integer.toString(col), "rowspan", rowspan > 1 ? "2" : null,
        "title", title, "scope", "col", "class", label.contains(" ") ? "wrap" : null).text(label).close("th");
    return col + 1;
  }

  private static void row(Html h, OverviewRow r, int index, boolean gap) {
    final SubmissionInfo i = r.info();
    h.open("tr", "class", "v-" + verdictClass(i.verdict()));
    h.el("th", i.unit(), "scope", "row", "data-v", i.unit());
    h.el("td", i.sample(), "data-v", i.sample());
    h.el("td", i.pipeline(), "data-v", i.pipeline(), "class", "pipe");
    h.open("td", "data-v", Integer.toString(severity(i.verdict())), "class", "verdict-cell");
    badge(h, i.verdict());
    final int n = i.mainReasons().size();
    if (n > 0) {
      h.open("a", "href", "#reasons-" + index, "class", "reason-link")
          .text(n + (n == 1 ? " reason" : " reasons")).close("a");
    }
    h.close("td");
    for (VariantType t : OverviewText.TYPES) {
      for (Metric m : OverviewText.METRICS) {
        metricCell(h, r.value(t, m), i.compared());
      }
      final Counts c = r.counts(t);
      countCell(h, c == null ? null : c.truthTp());
      countCell(h, c == null ? null : c.queryFp());
      countCell(h, c == null ? null : c.truthFn());
    }
    for (VariantType t : OverviewText.TYPES) {
      final Double delta = r.delta(t, Metric.F1);
      if (delta == null) {
        h.open("td", "class", "delta none").text(r.previousNote() == null ? "–" : r.previousNote()).close("td");
      } else {
        final String arrow = delta > 0.00005 ? "▲ " : delta < -0.00005 ? "▼ " : "";
        h.open("td", "class", "delta num", "data-v", Text.number(delta, 6), "title",
            "now minus the result of run " + r.previous().runId()).text(arrow + Text.delta(delta) + " ")
            .open("span", "class", "ci").text("vs " + day(r.previous().startedAt())).close("span").close("td");
      }
    }
    if (gap) {
      final RepresentationGap g = r.result().representationGap();
      if (g == null) {
        h.el("td", "–", "class", "num none");
      } else {
        h.open("td", "class", "num", "data-v", Long.toString(g.truthFn() + g.queryFp()), "title", g.detail())
            .text(String.format(Locale.ROOT, "%,d FN ", g.truthFn()))
            .el("span", String.format(Locale.ROOT, "%,d FP", g.queryFp()), "class", "ci").close("td");
      }
    }
    h.close("tr").nl();
  }

  private static void metricCell(Html h, MetricValue v, boolean compared) {
    if (v == null) {
      h.el("td", "–", "class", "num none", "title", compared ? "undefined: no variants in the denominator"
          : "not compared (see the verdict's reasons)");
      return;
    }
    final String[] colours = Palette.cell(v.point());
    h.open("td", "class", "num m", "data-v", Text.number(v.point(), 6), "style",
        "background-color:" + colours[0] + ";color:" + colours[1],
        "title", v.successes() + " of " + v.trials());
    h.text(Text.ratio(v.point()) + " ").open("span", "class", "ci").text(v.intervalText()).close("span");
    h.close("td");
  }

  private static void countCell(Html h, Long n) {
    if (n == null) {
      h.el("td", "–", "class", "num none");
    } else {
      h.el("td", String.format(Locale.ROOT, "%,d", n), "class", "num", "data-v", Long.toString(n));
    }
  }

  /**
   * The reasons, one collapsible block per submission that is not a clean PASS: the summary line shows the
   * verdict and the first reason, the block all of them (print shows them all).
   */
  private static void reasons(Html h, List<OverviewRow> rows) {
    h.el("h3", "Reasons for the verdicts").nl();
    boolean any = false;
    h.open("div", "class", "reasons").nl();
    for (int k = 0; k < rows.size(); k++) {
      final SubmissionInfo i = rows.get(k).info();
      final List<String> main = i.mainReasons();
      if (main.isEmpty()) {
        continue;
      }
      any = true;
      h.open("details", "id", "reasons-" + k).open("summary");
      badge(h, i.verdict());
      h.el("span", " " + i.key() + ": ", "class", "who-key").text(main.get(0));
      if (main.size() > 1) {
        h.el("span", " (+" + (main.size() - 1) + " more)", "class", "more");
      }
      h.close("summary").open("ul");
      for (String reason : main) {
        h.el("li", reason);
      }
      h.close("ul");
      final int notes = i.reasons().size() - main.size();
      if (notes > 0) {
        h.el("p", notes + " optional rule(s) could not be judged for this result (e.g. a stratum the run did "
            + "not use); see verdict.json.", "class", "note");
      }
      h.close("details").nl();
    }
    h.close("div").nl();
    if (!any) {
      h.el("p", "Every submission met every rule.").nl();
    }
  }

  /** A verdict in words with a symbol, so it reads without colour. */
  static void badge(Html h, String verdict) {
    final String symbol = switch (verdict) {
      case "PASS" -> "✓";
      case "WARN" -> "!";
      case "FAIL" -> "✗";
      default -> "⊘";
    };
    h.open("span", "class", "badge b-" + verdictClass(verdict)).text(symbol + " " + verdict).close("span");
  }

  static String verdictClass(String verdict) {
    return switch (verdict) {
      case "PASS" -> "pass";
      case "WARN" -> "warn";
      case "FAIL" -> "fail";
      default -> "error";
    };
  }

  static int severity(String verdict) {
    return switch (verdict) {
      case "PASS" -> 0;
      case "WARN" -> 1;
      case "FAIL" -> 2;
      default -> 3;
    };
  }

  /** The colour scale, drawn as labelled swatches (the labels carry the meaning in print). */
  private static void legend(Html h) {
    h.open("div", "class", "scale", "aria-label", "colour scale of the metric cells").el("span", "Shading of a "
        + "metric by its value:", "class", "scale-title");
    for (double v : new double[] {0.999, 0.995, 0.99, 0.98, 0.95, 0.90, 0.80}) {
      final String[] c = Palette.cell(v);
      h.el("span", (v == 0.999 ? "≥ " : v == 0.80 ? "≤ " : "") + Text.number(v, v >= 0.99 ? 3 : 2), "class",
          "swatch", "style", "background-color:" + c[0] + ";color:" + c[1]);
    }
    h.el("span", "darker = more errors (logarithmic in 1 − value)", "class", "scale-title").close("div").nl();
  }

  /** The date of an ISO-8601 time ({@code 2026-10-01T10:00:00Z} gives {@code 2026-10-01}). */
  static String day(String isoTime) {
    return isoTime == null ? "?" : isoTime.length() >= 10 ? isoTime.substring(0, 10) : isoTime;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
