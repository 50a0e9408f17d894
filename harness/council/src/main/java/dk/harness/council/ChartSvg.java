package dk.harness.council;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a JFreeChart to an inline SVG element with JFreeSVG. Text stays text (searchable, printable) and is
 * escaped by JFreeSVG; every element id of one chart starts with its own prefix, so several charts can share one
 * HTML page. Deterministic: the same chart gives the same bytes. Stateless.
 */
final class ChartSvg {
  static final String FONT = "SansSerif";

  private ChartSvg() {
  }

  /** Fonts, white background, light grid: one look for every chart. */
  static void style(JFreeChart chart) {
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    final TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(new Font(FONT, Font.BOLD, 13));
      title.setPaint(Palette.INK);
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof LegendTitle l) {
        l.setItemFont(new Font(FONT, Font.PLAIN, 11));
        l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      } else if (chart.getSubtitle(i) instanceof TextTitle t) {
        t.setFont(new Font(FONT, Font.PLAIN, 11));
        t.setPaint(Palette.INK);
      }
    }
    if (chart.getPlot() instanceof XYPlot p) {
      p.setBackgroundPaint(java.awt.Color.WHITE);
      p.setOutlinePaint(Palette.GRID);
      p.setDomainGridlinePaint(Palette.GRID);
      p.setRangeGridlinePaint(Palette.GRID);
      p.setDomainGridlineStroke(new java.awt.BasicStroke(0.6f));
      p.setRangeGridlineStroke(new java.awt.BasicStroke(0.6f));
      for (int i = 0; i < p.getDomainAxisCount(); i++) {
        axis(p.getDomainAxis(i));
      }
      for (int i = 0; i < p.getRangeAxisCount(); i++) {
        axis(p.getRangeAxis(i));
      }
    }
  }

  private static void axis(Axis a) {
    if (a == null) {
      return;
    }
    a.setLabelFont(new Font(FONT, Font.PLAIN, 12));
    a.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
    a.setLabelPaint(Palette.INK);
    a.setTickLabelPaint(Palette.INK);
    a.setAxisLinePaint(Palette.INK);
    a.setTickMarkPaint(Palette.INK);
  }

  /**
   * The chart as an {@code <svg>} element scaling to its container (viewBox, no fixed size).
   *
   * @param id the element id; also the prefix of every id inside (letters, digits and '-' only)
   * @param description the chart's text alternative (role img, aria-label; escaped here)
   */
  static String render(JFreeChart chart, int width, int height, String id, String description) {
    if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("chart id must be letters, digits and '-': " + id);
    }
    final SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(id + "-");
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    final String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    // JFreeSVG writes its own namespace declaration and no accessibility attributes; add a role and a label.
    final int end = svg.indexOf('>');
    return svg.substring(0, end) + " role=\"img\" aria-label=\"" + Text.html(description) + "\" class=\"chart\""
        + svg.substring(end);
  }
}
