package dk.harness.council;

import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sections 4 and 5 of the HTML report: precision-recall curves over each unit's score with the PASS operating
 * point, and each unit's metrics over time with pipeline-version changes. Stateless.
 */
final class CurvesSection {
  private CurvesSection() {
  }

  /** The ROC file of a type (ALL comparison, every threshold). */
  static Path rocFile(SubmissionResult r, VariantType t) {
    return Path.of(r.prefix() + ".roc.Locations." + t.name() + ".csv.gz");
  }

  /** The series name of a unit in the curve charts: its label, plus the score when it is not QUAL. */
  static String curveLabel(SubmissionResult r, boolean multi) {
    final String roc = r.info().roc();
    return r.label(multi) + (roc == null || "QUAL".equals(roc) ? "" : " (" + roc + ")");
  }

  static void writeCurves(Html h, ReportData d) {
    h.open("section", "id", "pr-curves").nl().el("h2", "4. Precision–recall curves").nl();
    h.el("p", "How recall trades against precision when calls below a score threshold are dropped: each curve "
        + "runs over the unit's score (QUAL unless the legend names GQ), from the comparison of all calls. The "
        + "large symbol marks the PASS operating point: the unit's own filters, as reported in the overview. A "
        + "curve that lies above and to the right of another is better at every threshold.", "class", "lead")
        .nl();
    final List<OverviewRow> rows = d.rows().stream().filter(r -> r.result().counts() != null).toList();
    if (rows.isEmpty()) {
      h.el("p", "No submission of this run was compared.", "class", "note").close("section").nl();
      return;
    }
    final boolean multi = d.run().multiSample();
    final List<String> names = rows.stream().map(r -> curveLabel(r.result(), multi)).toList();
    h.open("div", "class", "grid2").nl();
    for (VariantType t : OverviewText.TYPES) {
      final List<RocCurve> curves = new ArrayList<>();
      final List<double[]> ops = new ArrayList<>();
      for (OverviewRow r : rows) {
        curves.add(RocCurve.read(rocFile(r.result(), t)));
        final MetricValue rec = r.value(t, Metric.RECALL);
        final MetricValue prec = r.value(t, Metric.PRECISION);
        ops.add(rec == null || prec == null ? null : new double[] {rec.point(), prec.point()});
      }
      final String title = OverviewText.typeName(t) + "s: precision against recall";
      h.open("figure", "class", "chart-box wide").raw(ChartSvg.render(Charts.precisionRecall(title, names, curves,
          ops), 600, 420, "pr-" + t.name().toLowerCase(Locale.ROOT), title + " for every unit"))
          .open("figcaption").text(title + ". Curves: all calls ranked by score; large symbols: PASS calls.")
          .close("figcaption").close("figure").nl();
    }
    h.close("div").close("section").nl();
  }

  static void writeTrends(Html h, ReportData d) {
    h.open("section", "id", "trends").nl().el("h2", "5. Trends").nl();
    h.el("p", "Each unit's PASS recall and precision in every run recorded in the history, up to this run. A "
        + "dotted vertical line marks a change of pipeline version.", "class", "lead").nl();
    if (!d.trends().available()) {
      h.el("p", "No trends: " + d.trends().note() + ".", "class", "note").close("section").nl();
      return;
    }
    final List<String> runs = d.trends().runIds();
    final boolean multi = d.run().multiSample();
    final List<String> changes = new ArrayList<>();
    final List<String> series = List.of("SNV recall", "SNV precision", "Indel recall", "Indel precision");
    h.open("div", "class", "grid3").nl();
    int n = 0;
    for (OverviewRow r : d.rows()) {
      final List<TrendPoint> points = d.trends().series(r.info());
      if (points.isEmpty()) {
        continue;
      }
      final Double[][] v = new Double[4][runs.size()];
      final List<Charts.Change> marks = new ArrayList<>();
      TrendPoint before = null;
      for (TrendPoint p : points) {
        final int x = runs.indexOf(p.runId());
        int k = 0;
        for (VariantType t : OverviewText.TYPES) {
          for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
            final MetricValue mv = MetricValue.of(m, p.counts(t));
            v[k++][x] = mv == null ? null : mv.point();
          }
        }
        if (before != null && (!Objects.equals(before.pipelineVersion(), p.pipelineVersion())
            || !Objects.equals(before.pipelineName(), p.pipelineName()))) {
          marks.add(new Charts.Change(x - 0.5, "pipeline " + version(p)));
          changes.add(r.result().label(multi) + ": " + version(before) + " → " + version(p) + " in run "
              + p.runId());
        }
        before = p;
      }
      final String title = r.result().label(multi);
      h.open("figure", "class", "chart-box").raw(ChartSvg.render(Charts.trend(title, runs, series, v, marks),
          SpreadSection.WIDTH, 320, "trend-" + n++, "metrics of " + title + " over time"))
          .open("figcaption").text(title + ": " + points.size() + (points.size() == 1 ? " result" : " results")
              + " in the history.").close("figcaption").close("figure").nl();
    }
    h.close("div").nl();
    if (runs.size() < 2) {
      h.el("p", "Only one run is in the history so far: the lines appear from the second run on.", "class", "note")
          .nl();
    }
    h.el("h3", "Pipeline-version changes").nl();
    if (changes.isEmpty()) {
      h.el("p", "No unit changed its pipeline version in the runs shown.").nl();
    } else {
      h.open("ul").nl();
      changes.forEach(c -> h.el("li", c).nl());
      h.close("ul").nl();
    }
    h.close("section").nl();
  }

  private static String version(TrendPoint p) {
    return (p.pipelineName() == null ? "" : p.pipelineName() + " ") + (p.pipelineVersion() == null ? "?"
        : p.pipelineVersion());
  }
}
