package dk.harness.council;

import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The structural-variant section of the HTML report (written only when the run has SV parts): per sample the
 * units' SV verdicts and totals, recall and precision by SV type as charts, every type and size bin side by side
 * across units (recall, precision, F1, genotype concordance, each with its 95% Jeffreys interval), then per unit
 * the largest misses with IGV loci ({@link SvMissesSection}). Stateless.
 */
final class SvSection {
  /** The section's anchor. */
  static final String ID = "sv";
  /** The metrics of every cell, in column order. */
  static final List<Metric> METRICS = List.of(Metric.RECALL, Metric.PRECISION, Metric.F1);
  static final int CHART_WIDTH = 600;

  private SvSection() {
  }

  static void write(Html h, ReportData d, String number) {
    final List<SvPart> all = d.run().svParts();
    h.open("section", "id", ID).nl().el("h2", number + ". Structural variants").nl();
    h.el("p", "Structural variants (≥ 50 bp: deletions, insertions, duplications, inversions, breakends) compared "
        + "with Truvari's bench rules (harness compare-sv; parameters per unit below). Recall is TP-base of the "
        + "truth SVs, precision TP-comp of the query SVs, F1 their harmonic mean; genotype concordance is the "
        + "share of TP-comp whose genotype equals the truth's (Truvari's gt_concordance). Each figure has its 95% "
        + "Jeffreys interval, computed as for small variants. Every call counts under its own type and size bin; "
        + "breakends have no size. The verdict is the SV gates' when the run judged the part.", "class", "lead")
        .nl();
    final boolean multi = d.run().svSamples().size() > 1 || d.run().multiSample();
    for (String sample : d.run().svSamples()) {
      final List<SvPart> parts = all.stream().filter(p -> p.info().sample().equals(sample)).toList();
      if (d.run().svSamples().size() > 1) {
        h.el("h3", "Sample " + sample).nl();
      }
      overview(h, parts, multi);
      final List<SvPart> compared = parts.stream().filter(SvPart::compared).toList();
      if (compared.isEmpty()) {
        h.el("p", "No SV part of this sample was compared.", "class", "note").nl();
        continue;
      }
      final List<SvCells.Cell> cells = SvCells.of(compared);
      charts(h, compared, cells, multi, sample);
      table(h, compared, cells, multi);
    }
    SvMissesSection.write(h, all, multi);
    h.close("section").nl();
  }

  /** One row per unit: verdict, truth set, counts and the ALL figures. */
  private static void overview(Html h, List<SvPart> parts, boolean multi) {
    h.open("div", "class", "scroll").open("table", "class", "sortable plain sv-overview").nl().open("thead")
        .open("tr");
    final List<String> heads = List.of("Unit", "SV verdict", "Truth set", "Truth SVs", "TP-base", "FN", "TP-comp",
        "FP", "Recall", "Precision", "F1", "Genotype concordance");
    for (int i = 0; i < heads.size(); i++) {
      h.el("th", heads.get(i), "scope", "col", "data-sort", i < 3 ? "text" : "number", "data-col",
          Integer.toString(i));
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (SvPart p : parts) {
      h.open("tr").el("th", p.label(multi), "scope", "row", "data-v", p.label(multi));
      verdict(h, p);
      final String truth = p.info().truthSetId() == null ? "–" : p.info().truthSetId()
          + (p.info().truthSetVersion() == null ? "" : " " + p.info().truthSetVersion());
      h.el("td", truth, "data-v", truth);
      final SvRow t = p.total();
      if (t == null) {
        for (int i = 3; i < heads.size(); i++) {
          h.el("td", "–", "class", "num none", "title", "not compared");
        }
        h.close("tr").nl();
        continue;
      }
      count(h, t.tpBase() + t.fn());
      count(h, t.tpBase());
      count(h, t.fn());
      count(h, t.tpComp());
      count(h, t.fp());
      for (Metric m : METRICS) {
        metricCell(h, t.value(m));
      }
      metricCell(h, t.gtConcordance());
      h.close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
    reasons(h, parts, multi);
  }

  private static void verdict(Html h, SvPart p) {
    if (!p.gated()) {
      h.el("td", "not judged", "class", "none", "data-v", "9", "title", "run.json holds no SV verdict for this part");
      return;
    }
    h.open("td", "class", "verdict-cell", "data-v", Integer.toString(OverviewSection.severity(p.info().verdict())));
    OverviewSection.badge(h, p.info().verdict());
    h.close("td");
  }

  private static void reasons(Html h, List<SvPart> parts, boolean multi) {
    final List<SvPart> with = parts.stream().filter(p -> !p.info().mainReasons().isEmpty()).toList();
    if (with.isEmpty()) {
      return;
    }
    h.open("div", "class", "reasons").nl();
    for (SvPart p : with) {
      h.open("details").open("summary").el("span", p.label(multi), "class", "who-key").text(" ");
      OverviewSection.badge(h, p.info().verdict());
      h.text(" " + p.info().mainReasons().get(0)).close("summary").open("ul");
      p.info().mainReasons().forEach(r -> h.el("li", r));
      h.close("ul").close("details").nl();
    }
    h.close("div").nl();
  }

  private static void charts(Html h, List<SvPart> parts, List<SvCells.Cell> cells, boolean multi, String sample) {
    final List<String> types = SvCells.types(cells);
    final List<String> units = parts.stream().map(p -> p.label(multi)).toList();
    h.open("div", "class", "grid2").nl();
    for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
      final MetricValue[][] v = new MetricValue[parts.size()][types.size()];
      for (int k = 0; k < parts.size(); k++) {
        for (int i = 0; i < types.size(); i++) {
          final SvRow r = parts.get(k).row(types.get(i), SvPart.ALL);
          v[k][i] = r == null ? null : r.value(m);
        }
      }
      final List<String> labels = types.stream().map(t -> SvPart.ALL.equals(t) ? "All SVs" : t).toList();
      final String title = "SV " + OverviewText.metricName(m) + " by type";
      final String id = "sv-" + m.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(sample.hashCode());
      h.open("figure", "class", "chart-box wide").raw(ChartSvg.render(Charts.groupedIntervals(title,
          OverviewText.metricName(m), labels, units, v), CHART_WIDTH, 360, id, title + " for every unit with 95% "
          + "intervals")).open("figcaption").text(title + ", all sizes, with 95% Jeffreys intervals.")
          .close("figcaption").close("figure").nl();
    }
    h.close("div").nl();
  }

  /** Every type and size bin, units side by side. */
  private static void table(Html h, List<SvPart> parts, List<SvCells.Cell> cells, boolean multi) {
    h.open("div", "class", "scroll").open("table", "class", "sortable plain sv-table").nl().open("thead")
        .open("tr");
    h.open("th", "rowspan", "2", "data-sort", "text", "data-col", "0", "scope", "col").text("SV type").close("th");
    h.open("th", "rowspan", "2", "data-sort", "text", "data-col", "1", "scope", "col").text("Size").close("th");
    h.open("th", "rowspan", "2", "data-sort", "number", "data-col", "2", "scope", "col", "title",
        "TP-base + FN in the cell").text("Truth SVs").close("th");
    for (SvPart p : parts) {
      h.open("th", "colspan", "4", "class", "group").text(p.label(multi)).close("th");
    }
    h.close("tr").open("tr");
    int col = 3;
    for (int k = 0; k < parts.size(); k++) {
      for (String c : List.of("Recall", "Precision", "F1", "GT concordance")) {
        h.el("th", c, "data-sort", "number", "data-col", Integer.toString(col++), "scope", "col");
      }
    }
    h.close("tr").close("thead").nl().open("tbody").nl();
    for (SvCells.Cell c : cells) {
      h.open("tr", "data-type", c.type(), "data-size", c.sizeBin());
      h.el("th", SvPart.ALL.equals(c.type()) ? "All types" : c.type(), "scope", "row", "data-v", c.type());
      h.el("td", c.size(), "data-v", c.sizeBin());
      long lo = Long.MAX_VALUE;
      long hi = -1;
      for (SvPart p : parts) {
        final SvRow r = p.row(c.type(), c.sizeBin());
        final long n = r == null ? 0 : r.tpBase() + r.fn();
        lo = Math.min(lo, n);
        hi = Math.max(hi, n);
      }
      h.el("td", lo == hi ? String.format(Locale.ROOT, "%,d", lo) : String.format(Locale.ROOT, "%,d–%,d", lo, hi),
          "class", "num", "data-v", Long.toString(lo));
      for (SvPart p : parts) {
        final SvRow r = p.row(c.type(), c.sizeBin());
        for (Metric m : METRICS) {
          metricCell(h, r == null ? null : r.value(m));
        }
        metricCell(h, r == null ? null : r.gtConcordance());
      }
      h.close("tr").nl();
    }
    h.close("tbody").close("table").close("div").nl();
  }

  private static void count(Html h, long n) {
    h.el("td", String.format(Locale.ROOT, "%,d", n), "class", "num", "data-v", Long.toString(n));
  }

  /** A shaded metric cell with its interval, as the strata tables draw one; "–" when undefined. */
  static void metricCell(Html h, MetricValue v) {
    if (v == null) {
      h.el("td", "–", "class", "num none");
      return;
    }
    final String[] colours = Palette.cell(v.point());
    h.open("td", "class", "num m", "data-v", Text.number(v.point(), 6), "style", "background-color:" + colours[0]
        + ";color:" + colours[1], "title", v.successes() + " of " + v.trials());
    h.text(Text.ratio(v.point()) + " ").el("span", v.intervalText(), "class", "ci").close("td");
  }

  /** The parameters of a part as one line, e.g. {@code refdist 1000, pctseq 0.0, ...}. */
  static String parameters(SvPart p) {
    final List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> e : p.parameters().entrySet()) {
      out.add(e.getKey() + " " + e.getValue());
    }
    return String.join(", ", out);
  }
}
