package dk.harness.council;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's chart types, built with JFreeChart. Series differ in colour, symbol and dash pattern at once, so
 * they can be told apart without colour. Every label passed in is plain text (JFreeSVG escapes it). Stateless.
 */
final class Charts {
  private static final Font ANNOTATION_FONT = new Font(ChartSvg.FONT, Font.PLAIN, 10);
  private static final Stroke MEDIAN_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
      10f, new float[] {6f, 3f}, 0f);
  private static final Stroke FAIL_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
      10f, new float[] {2f, 2f}, 0f);
  private static final Stroke WARN_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
      10f, new float[] {6f, 3f}, 0f);
  private static final Color THRESHOLD = new Color(0x6a6a6a);
  private static final int MAX_TICK_LABEL = 24;
  private static final int MAX_LEGEND_LABEL = 40;
  /** Smallest value range of a metric axis. */
  private static final double MIN_SPAN = 0.01;

  private Charts() {
  }

  /** A horizontal line across part of a chart: a median of one sample group, or a threshold. */
  record Level(double fromX, double toX, double y, String label) {
  }

  /**
   * Estimates with interval bars, one per x position, labelled below: the side-by-side chart.
   *
   * @param labels the x labels, one per position
   * @param values the estimates (null: nothing drawn at that position)
   * @param medians median lines (dashed, labelled)
   * @param failBelow the gate's fail threshold, or null
   * @param warnBelow the gate's warn threshold, or null
   */
  static JFreeChart intervals(String title, String yLabel, List<String> labels, List<MetricValue> values,
      List<Level> medians, Double failBelow, Double warnBelow) {
    final YIntervalSeries s = new YIntervalSeries("estimate", false, true);
    double lo = 1;
    double hi = 0;
    for (int i = 0; i < values.size(); i++) {
      final MetricValue v = values.get(i);
      if (v != null) {
        s.add(i, v.point(), v.lower(), v.upper());
        lo = Math.min(lo, v.lower());
        hi = Math.max(hi, v.upper());
      }
    }
    final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(s);
    final XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDefaultLinesVisible(false);
    r.setSeriesShape(0, Palette.symbol(0, 8));
    r.setSeriesPaint(0, Palette.series(0, 1));
    r.setErrorPaint(Palette.series(0, 1));
    r.setErrorStroke(new BasicStroke(1.6f));
    r.setCapLength(8);
    final XYPlot plot = new XYPlot(data, labelAxis(labels, SpreadSection.WIDTH), valueAxis(yLabel), r);
    for (Level m : medians) {
      plot.addAnnotation(new XYLineAnnotation(m.fromX(), m.y(), m.toX(), m.y(), MEDIAN_STROKE, Palette.INK));
      final XYTextAnnotation t = new XYTextAnnotation(m.label(), m.fromX(), m.y());
      t.setFont(ANNOTATION_FONT);
      t.setPaint(Palette.INK);
      t.setTextAnchor(TextAnchor.BOTTOM_LEFT);
      t.setBackgroundPaint(new Color(255, 255, 255, 190));
      plot.addAnnotation(t);
      lo = Math.min(lo, m.y());
      hi = Math.max(hi, m.y());
    }
    if (failBelow != null) {
      plot.addRangeMarker(threshold(failBelow, "fail below " + plain(failBelow), FAIL_STROKE, false),
          Layer.BACKGROUND);
      lo = Math.min(lo, failBelow);
    }
    if (warnBelow != null && !warnBelow.equals(failBelow)) {
      plot.addRangeMarker(threshold(warnBelow, "warn below " + plain(warnBelow), WARN_STROKE, true),
          Layer.BACKGROUND);
      lo = Math.min(lo, warnBelow);
    }
    fitRange((NumberAxis) plot.getRangeAxis(), lo, hi);
    return chart(title, plot, false);
  }

  /**
   * Several series of estimates with interval bars over shared x positions (strata), dodged sideways so the
   * bars do not overlap: the strata chart.
   *
   * @param labels x labels (strata)
   * @param series series names (units)
   * @param values values[series][x], null where undefined
   */
  static JFreeChart groupedIntervals(String title, String yLabel, List<String> labels, List<String> series,
      MetricValue[][] values) {
    final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    final XYErrorRenderer r = new XYErrorRenderer();
    r.setDrawXError(false);
    r.setDefaultLinesVisible(false);
    r.setCapLength(4);
    r.setErrorPaint(null); // error bars take each series' colour
    r.setErrorStroke(new BasicStroke(1.2f));
    final int n = series.size();
    final double width = Math.min(0.7, 0.16 * n);
    double lo = 1;
    double hi = 0;
    for (int k = 0; k < n; k++) {
      final YIntervalSeries s = new YIntervalSeries("s" + k, false, true);
      final double dx = n == 1 ? 0 : -width / 2 + width * k / (n - 1);
      for (int i = 0; i < labels.size(); i++) {
        final MetricValue v = values[k][i];
        if (v != null) {
          s.add(i + dx, v.point(), v.lower(), v.upper());
          lo = Math.min(lo, v.lower());
          hi = Math.max(hi, v.upper());
        }
      }
      data.addSeries(s);
      r.setSeriesShape(k, Palette.symbol(k, 7));
      r.setSeriesPaint(k, Palette.series(k, n));
    }
    final XYPlot plot = new XYPlot(data, labelAxis(labels, StrataSection.CHART_WIDTH), valueAxis(yLabel), r);
    plot.setFixedLegendItems(legend(series, false));
    fitRange((NumberAxis) plot.getRangeAxis(), lo, hi);
    return chart(title, plot, true);
  }

  /**
   * Precision against recall, one curve per series, with each series' operating point drawn as a large symbol.
   *
   * @param curves one per series (may be empty)
   * @param operating one {recall, precision} per series, or null
   */
  static JFreeChart precisionRecall(String title, List<String> series, List<RocCurve> curves,
      List<double[]> operating) {
    final XYSeriesCollection lines = new XYSeriesCollection();
    final XYSeriesCollection points = new XYSeriesCollection();
    final XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
    final XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
    final int n = series.size();
    double loX = 1;
    double loY = 1;
    for (int k = 0; k < n; k++) {
      final XYSeries c = new XYSeries("c" + k, false, true);
      for (double[] p : curves.get(k).points()) {
        c.add(p[0], p[1]);
        loX = Math.min(loX, p[0]);
        loY = Math.min(loY, p[1]);
      }
      lines.addSeries(c);
      lr.setSeriesPaint(k, Palette.series(k, n));
      lr.setSeriesStroke(k, Palette.dash(k, 1.8f));
      final XYSeries o = new XYSeries("o" + k, false, true);
      final double[] op = operating.get(k);
      if (op != null) {
        o.add(op[0], op[1]);
        loX = Math.min(loX, op[0]);
        loY = Math.min(loY, op[1]);
      }
      points.addSeries(o);
      pr.setSeriesShape(k, Palette.symbol(k, 11));
      pr.setSeriesPaint(k, Palette.series(k, n));
      pr.setSeriesOutlinePaint(k, Palette.INK);
    }
    pr.setUseOutlinePaint(true);
    pr.setDefaultOutlineStroke(new BasicStroke(1.2f));
    final NumberAxis x = valueAxis("recall");
    final NumberAxis y = valueAxis("precision");
    final XYPlot plot = new XYPlot(points, x, y, pr);
    plot.setDataset(1, lines);
    plot.setRenderer(1, lr);
    final LegendItemCollection legend = legend(series, true);
    final LegendItem op = new LegendItem("large symbol: PASS operating point", null, null, null,
        Palette.symbol(0, 10), Color.WHITE, new BasicStroke(1.2f), Palette.INK);
    op.setLabelFont(new Font(ChartSvg.FONT, Font.PLAIN, 11));
    legend.add(op);
    plot.setFixedLegendItems(legend);
    fitRange(x, loX, 1);
    fitRange(y, loY, 1);
    return chart(title, plot, true);
  }

  /** A change of pipeline version between two runs of a trend (drawn as a vertical line before {@code x}). */
  record Change(double x, String label) {
  }

  /**
   * Metrics over runs, one line per metric: the trend chart of one unit.
   *
   * @param runs x labels (runs, oldest first)
   * @param series series names (metrics)
   * @param values values[series][run], null where unknown
   * @param changes pipeline-version changes to annotate
   */
  static JFreeChart trend(String title, List<String> runs, List<String> series, Double[][] values,
      List<Change> changes) {
    final XYSeriesCollection data = new XYSeriesCollection();
    final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
    final int n = series.size();
    double lo = 1;
    double hi = 0;
    for (int k = 0; k < n; k++) {
      final XYSeries s = new XYSeries("t" + k, false, true);
      for (int i = 0; i < runs.size(); i++) {
        if (values[k][i] != null) {
          s.add(i, values[k][i]);
          lo = Math.min(lo, values[k][i]);
          hi = Math.max(hi, values[k][i]);
        }
      }
      data.addSeries(s);
      r.setSeriesPaint(k, Palette.series(k, n));
      r.setSeriesStroke(k, Palette.dash(k, 1.6f));
      r.setSeriesShape(k, Palette.symbol(k, 7));
    }
    final XYPlot plot = new XYPlot(data, labelAxis(runs, SpreadSection.WIDTH), valueAxis(null), r);
    for (Change c : changes) {
      final ValueMarker m = new ValueMarker(c.x(), Palette.INK, FAIL_STROKE);
      m.setLabel(c.label());
      m.setLabelFont(ANNOTATION_FONT);
      m.setLabelPaint(Palette.INK);
      m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      plot.addDomainMarker(m);
    }
    plot.setFixedLegendItems(legend(series, true));
    fitRange((NumberAxis) plot.getRangeAxis(), lo, hi);
    return chart(title, plot, true);
  }

  private static LegendItemCollection legend(List<String> names, boolean lines) {
    final LegendItemCollection items = new LegendItemCollection();
    final int n = names.size();
    for (int k = 0; k < n; k++) {
      final LegendItem li = new LegendItem(shorten(names.get(k), MAX_LEGEND_LABEL), null, null, null, true, Palette.symbol(k, 8), true,
          Palette.series(k, n), false, Palette.series(k, n), new BasicStroke(1f), lines,
          new Line2D.Double(-12, 0, 12, 0), Palette.dash(k, 1.8f), Palette.series(k, n));
      li.setLabelFont(new Font(ChartSvg.FONT, Font.PLAIN, 11));
      items.add(li);
    }
    return items;
  }

  /** A threshold line labelled at the right end, the label above ({@code above}) or below the line. */
  private static ValueMarker threshold(double y, String label, Stroke stroke, boolean above) {
    final ValueMarker m = new ValueMarker(y, THRESHOLD, stroke);
    m.setLabel(label);
    m.setLabelFont(ANNOTATION_FONT);
    m.setLabelPaint(THRESHOLD);
    m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    m.setLabelAnchor(RectangleAnchor.RIGHT);
    m.setLabelTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
    return m;
  }

  /** A label cut to {@code max} characters, so long names cannot squeeze the plot away. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static SymbolAxis labelAxis(List<String> full, int width) {
    final List<String> labels = full.stream().map(l -> shorten(l, MAX_TICK_LABEL)).toList();
    final SymbolAxis a = new SymbolAxis(null, labels.toArray(new String[0]));
    a.setGridBandsVisible(false);
    a.setRange(-0.6, Math.max(0, labels.size() - 1) + 0.6);
    a.setAutoRange(false);
    int longest = 0;
    for (String l : labels) {
      longest = Math.max(longest, l.length());
    }
    // About 6.5 px per character at 11 px; rotate when the longest label does not fit its slot.
    final double slot = (width - 90.0) / Math.max(1, labels.size());
    a.setVerticalTickLabels(longest * 6.5 > slot);
    return a;
  }

  private static NumberAxis valueAxis(String label) {
    final NumberAxis a = new NumberAxis(label);
    a.setAutoRangeIncludesZero(false);
    final DecimalFormat f = new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    // Ticks no finer than the three decimals the labels show.
    final TickUnits units = new TickUnits();
    for (double size : new double[] {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1}) {
      units.add(new NumberTickUnit(size, f));
    }
    a.setStandardTickUnits(units);
    return a;
  }

  /** The data range with a margin, never above 1 (metrics are proportions) unless the data is. */
  private static void fitRange(NumberAxis a, double lo, double hi) {
    if (lo > hi) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < MIN_SPAN) {
      // Equal values (e.g. every run at 1.0): show a band of MIN_SPAN below them rather than a hair-thin range.
      lo = Math.max(0, hi - MIN_SPAN);
    }
    final double span = hi - lo;
    final double top = Math.min(1.0 + span * 0.04, hi + span * 0.12);
    a.setRange(Math.max(0, lo - span * 0.12), Math.max(top, lo + 0.001));
  }

  private static JFreeChart chart(String title, XYPlot plot, boolean legend) {
    final JFreeChart c = new JFreeChart(shorten(title, 60), new Font(ChartSvg.FONT, Font.BOLD, 13), plot, legend);
    if (legend) {
      final LegendTitle l = c.getLegend();
      l.setPosition(RectangleEdge.BOTTOM);
    }
    ChartSvg.style(c);
    return c;
  }

  private static String plain(double d) {
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
