package dk.harness.council;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/**
 * Colours, symbols and line styles that stay readable for colour-blind readers and in black-and-white print:
 * series colours are sampled from viridis (lightness rises monotonically, so series also differ in grey) and every
 * series has its own symbol and dash pattern as well; table shading uses cividis, designed for colour-vision
 * deficiency, whose lightness also rises monotonically. Stateless.
 */
final class Palette {
  /** viridis at 0, 1/8, ..., 1 (matplotlib's colormap). */
  private static final int[] VIRIDIS = {0x440154, 0x46327E, 0x365C8D, 0x277F8E, 0x1FA187, 0x4AC16D, 0xA0DA39,
      0xD0E11C, 0xFDE725};
  /** cividis at 0, 1/8, ..., 1. */
  private static final int[] CIVIDIS = {0x00224E, 0x123570, 0x3B496C, 0x575D6D, 0x707173, 0x8A8678, 0xA59C74,
      0xC3B369, 0xE1CC55};
  /** Darkest and lightest part of viridis used for series: the yellow end is too pale on white. */
  private static final double SERIES_FROM = 0.0;
  private static final double SERIES_TO = 0.72;

  /** The grey of secondary marks (medians, thresholds, gridlines are lighter). */
  static final Color INK = new Color(0x222222);
  static final Color GRID = new Color(0xDDDDDD);

  private Palette() {
  }

  /** Colour of series {@code i} of {@code n}: viridis from dark purple to green. */
  static Color series(int i, int n) {
    final double t = n <= 1 ? 0.35 : SERIES_FROM + (SERIES_TO - SERIES_FROM) * i / (n - 1);
    return interpolate(VIRIDIS, t);
  }

  /** A distinct symbol for series {@code i}: circle, square, triangle up, diamond, triangle down, then repeats. */
  static Shape symbol(int i, double size) {
    final double r = size / 2;
    return switch (i % 5) {
      case 0 -> new Ellipse2D.Double(-r, -r, size, size);
      case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, size * 0.9, size * 0.9);
      case 2 -> polygon(new double[] {0, r, -r}, new double[] {-r * 1.1, r * 0.8, r * 0.8});
      case 3 -> polygon(new double[] {0, r * 1.1, 0, -r * 1.1}, new double[] {-r * 1.1, 0, r * 1.1, 0});
      default -> polygon(new double[] {0, r, -r}, new double[] {r * 1.1, -r * 0.8, -r * 0.8});
    };
  }

  /** Name of the symbol of series {@code i}, for legends written in text. */
  static String symbolName(int i) {
    return switch (i % 5) {
      case 0 -> "circle";
      case 1 -> "square";
      case 2 -> "triangle";
      case 3 -> "diamond";
      default -> "inverted triangle";
    };
  }

  /** A distinct dash pattern for series {@code i}: solid, long dash, dots, dash-dot, short dash. */
  static Stroke dash(int i, float width) {
    final float[] pattern = switch (i % 5) {
      case 0 -> null;
      case 1 -> new float[] {9f, 4f};
      case 2 -> new float[] {2f, 3f};
      case 3 -> new float[] {9f, 3f, 2f, 3f};
      default -> new float[] {4f, 3f};
    };
    return pattern == null ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
  }

  /**
   * Background of a table cell holding a metric: cividis by the error rate {@code 1 - value} on a log scale,
   * light for 0.999 and above, dark for 0.80 and below. Returns {background, text} as CSS colours.
   */
  static String[] cell(double value) {
    final double t = shade(value);
    final Color bg = blend(interpolate(CIVIDIS, 1 - t), Color.WHITE, 0.25 * (1 - t));
    return new String[] {css(bg), t > 0.55 ? "#ffffff" : "#000000"};
  }

  /** 0 (value 0.999 or better) to 1 (0.80 or worse), logarithmic in the error rate. */
  static double shade(double value) {
    final double err = Math.max(1e-6, 1 - value);
    final double t = (Math.log10(err) - Math.log10(0.001)) / (Math.log10(0.2) - Math.log10(0.001));
    return Math.max(0, Math.min(1, t));
  }

  /** The value at which {@link #shade} is {@code t} (for the legend). */
  static double valueAtShade(double t) {
    return 1 - Math.pow(10, Math.log10(0.001) + t * (Math.log10(0.2) - Math.log10(0.001)));
  }

  static String css(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static Color interpolate(int[] anchors, double t) {
    final double x = Math.max(0, Math.min(1, t)) * (anchors.length - 1);
    final int i = Math.min(anchors.length - 2, (int) Math.floor(x));
    final double f = x - i;
    final Color a = new Color(anchors[i]);
    final Color b = new Color(anchors[i + 1]);
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  private static Color blend(Color c, Color with, double amount) {
    return new Color(mix(c.getRed(), with.getRed(), amount), mix(c.getGreen(), with.getGreen(), amount),
        mix(c.getBlue(), with.getBlue(), amount));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  private static Shape polygon(double[] xs, double[] ys) {
    final Path2D.Double p = new Path2D.Double();
    p.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      p.lineTo(xs[i], ys[i]);
    }
    p.closePath();
    return p;
  }
}
