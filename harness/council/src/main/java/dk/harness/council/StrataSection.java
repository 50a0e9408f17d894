package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.CellKey;
import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Section 3 of the HTML report: recall and precision per stratification region and unit, with a warning where
 * a figure rests on too few variants to be stable. Stateless.
 */
final class StrataSection {
  /** Below this many variants in the denominator a figure is flagged as unstable. */
  static final int MIN_STABLE = 100;
  /** Most strata drawn per chart (the table lists all). */
  static final int MAX_CHART_STRATA = 12;
  static final int CHART_WIDTH = 600;

  private StrataSection() {
  }

  /**
   * The strata of a run's compared submissions (PASS rows): the truth sets' order first, then any other, sorted;
   * hap.py's boundary subsets {@code TS_contained} and {@code TS_boundary} are not strata.
   */
  static List<String> strata(ReportData d) {
    final Set<String> out = new LinkedHashSet<>();
    final Set<String> seen = new java.util.TreeSet<>();
    for (OverviewRow r : d.rows()) {
      if (r.result().counts() == null) {
        continue;
      }
      for (CellKey k : r.result().counts().cells().keySet()) {
        if (k.filter() == FilterKind.PASS && !"*".equals(k.subset()) && !k.subset().startsWith("TS_")) {
          seen.add(k.subset());
        }
      }
    }
    for (TruthSetInfo t : d.run().run().truthSets()) {
      for (String s : t.strata()) {
        if (seen.contains(s)) {
          out.add(s);
        }
      }
    }
    out.addAll(seen);
    return List.copyOf(out);
  }

  static void write(Html h, ReportData d) {
    h.open("section", "id", "strata").nl().el("h2", "3. Strata").nl();
    h.el("p", "Recall and precision of PASS calls within each stratification region (e.g. homopolymers, tandem "
        + "repeats, segmental duplications, the MHC) for every unit, with 95% Jeffreys intervals. ⚠ marks a "
        + "figure based on fewer than " + MIN_STABLE + " variants: its interval is wide and it can change a lot "
        + "from run to run.", "class", "lead").nl();
    final List<String> strata = strata(d);
    final List<OverviewRow> rows = d.rows().stream().filter(r -> r.result().counts() != null).toList();
    if (strata.isEmpty() || rows.isEmpty()) {
      h.el("p", "This run used no stratification regions (the truth sets name no stratification file), so there "
          + "is nothing to show here.", "class", "note").nl();
      h.close("section").nl();
      return;
    }
    final boolean multi = d.run().multiSample();
    final List<String> units = rows.stream().map(r -> r.result().label(multi)).toList();
    for (VariantType t : OverviewText.TYPES) {
      h.el("h3", OverviewText.typeName(t) + "s").nl();
      h.open("div", "class", "grid2").nl();
      for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
        final List<String> shown = chartStrata(rows, strata, t, m);
        final MetricValue[][] v = new MetricValue[rows.size()][shown.size()];
        for (int k = 0; k < rows.size(); k++) {
          for (int i = 0; i < shown.size(); i++) {
            v[k][i] = MetricValue.of(m, cell(rows.get(k), t, shown.get(i)));
          }
        }
        final List<String> labels = shown.stream().map(s -> few(rows, t, s) ? s + " ⚠" : s).toList();
        final String title = OverviewText.typeName(t) + " " + OverviewText.metricName(m) + " by stratum";
        final String id = "strata-" + t.name().toLowerCase(Locale.ROOT) + "-" + m.name().toLowerCase(Locale.ROOT);
        h.open("figure", "class", "chart-box wide").raw(ChartSvg.render(Charts.groupedIntervals(title,
            OverviewText.metricName(m), labels, units, v), CHART_WIDTH, 380, id, title + " for every unit with 95% "
            + "intervals")).open("figcaption").text(title + (shown.size() < strata.size() ? ": the "
            + shown.size() + " of " + strata.size() + " strata where units differ most (all are in the table)"
            : "") + ". ⚠: fewer than " + MIN_STABLE + " truth variants.").close("figcaption").close("figure").nl();
      }
      h.close("div").nl();
      table(h, rows, units, strata, t);
    }
    h.close("section").nl();
  }

  private static void table(Html h, List<OverviewRow> rows, List<String> units, List<String> strata,
      VariantType t) {
    h.open("div", "class", "scroll").open("table", "class", "sortable plain strata-table").nl().open("thead")
        .open("tr");
    h.open("th", "rowspan", "2", "data-sort", "text", "data-col", "0", "scope", "col").text("Stratum").close("th");
    h.open("th", "rowspan", "2", "data-sort", "number", "data-col", "1", "scope", "col",
        "title", "TRUTH.TP + TRUTH.FN in the stratum").text("Truth variants").close("th");
    for (String u : units) {
      h.open("th", "colspan", "2", "class", "group").text(u).close("th");
    }
    h.close("tr").open("tr");
    int col = 2;
    for (int k = 0; k < units.size(); k++) {
      h.el("th", "Recall", "data-sort", "number", "data-col", Integer.toString(col++), "scope", "col");
      h.el("th", "Precision", "data-sort", "number", "data-col", Integer.toString(col++), "scope", "col");
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (String s : strata) {
      long lo = Long.MAX_VALUE;
      long hi = -1;
      for (OverviewRow r : rows) {
        final Counts c = cell(r, t, s);
        if (c != null) {
          lo = Math.min(lo, c.truthTp() + c.truthFn());
          hi = Math.max(hi, c.truthTp() + c.truthFn());
        }
      }
      h.open("tr").open("th", "scope", "row", "data-v", s).text(s);
      if (hi >= 0 && lo < MIN_STABLE) {
        h.el("span", "⚠ few truth variants: unstable", "class", "warn-note");
      }
      h.close("th");
      if (hi < 0) {
        h.el("td", "–", "class", "num");
      } else {
        h.el("td", lo == hi ? String.format(Locale.ROOT, "%,d", lo) : String.format(Locale.ROOT, "%,d–%,d", lo, hi),
            "class", "num", "data-v", Long.toString(lo));
      }
      for (OverviewRow r : rows) {
        final Counts c = cell(r, t, s);
        for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
          final MetricValue v = MetricValue.of(m, c);
          if (v == null) {
            h.el("td", "–", "class", "num none");
            continue;
          }
          final boolean unstable = v.trials() < MIN_STABLE;
          final String[] colours = Palette.cell(v.point());
          h.open("td", "class", "num m" + (unstable ? " unstable" : ""), "data-v", Text.number(v.point(), 6),
              "style", "background-color:" + colours[0] + ";color:" + colours[1], "title",
              v.successes() + " of " + v.trials() + (unstable ? " (fewer than " + MIN_STABLE + ": unstable)" : ""));
          h.text((unstable ? "⚠ " : "") + Text.ratio(v.point()) + " ").el("span", v.intervalText(), "class", "ci");
          h.close("td");
        }
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
  }

  static Counts cell(OverviewRow r, VariantType t, String stratum) {
    return r.result().counts(t, FilterKind.PASS, stratum);
  }

  private static boolean few(List<OverviewRow> rows, VariantType t, String s) {
    for (OverviewRow r : rows) {
      final Counts c = cell(r, t, s);
      if (c != null && c.truthTp() + c.truthFn() < MIN_STABLE) {
        return true;
      }
    }
    return false;
  }

  /** The strata to chart: all when few, else those with the widest spread of the metric between units. */
  private static List<String> chartStrata(List<OverviewRow> rows, List<String> strata, VariantType t, Metric m) {
    if (strata.size() <= MAX_CHART_STRATA) {
      return strata;
    }
    final List<String> ranked = new ArrayList<>(strata);
    ranked.sort(Comparator.comparingDouble((String s) -> -spread(rows, t, m, s)));
    final Set<String> keep = new java.util.HashSet<>(ranked.subList(0, MAX_CHART_STRATA));
    return strata.stream().filter(keep::contains).toList();
  }

  private static double spread(List<OverviewRow> rows, VariantType t, Metric m, String s) {
    double lo = 1;
    double hi = 0;
    for (OverviewRow r : rows) {
      final MetricValue v = MetricValue.of(m, cell(r, t, s));
      if (v != null) {
        lo = Math.min(lo, v.point());
        hi = Math.max(hi, v.point());
      }
    }
    return hi - lo;
  }
}
