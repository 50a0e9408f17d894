package dk.harness.council;

import java.util.Locale;

/**
 * Number formatting and escaping of untrusted text for each output format. Every string that comes from a
 * submission, a plan or a file (unit and sample names, pipeline names, VCF header text, paths, reasons) passes
 * through exactly one of the escape methods before it is written. Stateless.
 */
public final class Text {
  private static final String MARKDOWN_SPECIAL = "\\`*_{}[]()<>#!|~&";

  private Text() {
  }

  /** HTML text and attribute values: {@code & < > " '} as entities; control characters except tab and newline dropped. */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    final StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Markdown (CommonMark/GFM) inline text, safe inside a table cell or list item: the characters that start
   * HTML, links, emphasis, code, headings or table cells (backslash, backtick, star, underscore, braces,
   * brackets, parentheses, angle brackets, hash, bang, bar, tilde, ampersand) are backslash-escaped, as are the
   * colon of "://" (no autolink) and a leading list marker ("-", "+", "=", or digits then "." or ")"); line
   * breaks become spaces; control characters are dropped.
   */
  public static String markdown(String s) {
    if (s == null) {
      return "";
    }
    final StringBuilder sb = new StringBuilder(s.length() + 16);
    boolean leadingDigits = true;
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      final boolean escape = MARKDOWN_SPECIAL.indexOf(c) >= 0
          || (c == ':' && s.startsWith("//", i + 1))
          || (i == 0 && (c == '-' || c == '+' || c == '='))
          || (leadingDigits && i > 0 && (c == '.' || c == ')'));
      leadingDigits &= c >= '0' && c <= '9';
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (c < 0x20 || c == 0x7f) {
        continue;
      } else if (escape) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would
   * read as a formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe, so it
   * stays text (OWASP CSV injection advice).
   */
  public static String csv(String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** A message on one line. */
  public static String oneLine(String s) {
    return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').strip();
  }

  /** Four decimals, e.g. {@code 0.9908}; "-" for null. */
  public static String ratio(Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.4f", d);
  }

  /** A signed difference with four decimals, e.g. {@code +0.0012}, {@code -0.0040}, {@code ±0.0000}. */
  public static String delta(double d) {
    final String s = String.format(Locale.ROOT, "%.4f", Math.abs(d));
    if ("0.0000".equals(s)) {
      return "±0.0000";
    }
    return (d > 0 ? "+" : "-") + s;
  }

  /** A number with up to {@code decimals} decimals, for machine-readable outputs. */
  public static String number(double d, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", d);
  }
}
