package dk.harness.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting exactly as hap.py 0.3.15 writes its CSVs. hap.py's C++ part prints doubles with
 * {@code std::to_string} (C {@code %f}, six decimals, exact binary rounding); its Python part reads some of
 * those back as floats and pandas writes them with Python's {@code repr} (shortest round-trip digits). Pure
 * functions; thread-safe.
 */
final class HappyFormat {
  private HappyFormat() {
  }

  /** C {@code printf("%f")}: six decimals, rounded from the exact binary value (half-even on exact ties). */
  static String cFixed(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    final String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    // C prints -0.000000 for tiny negatives too; keep the sign as BigDecimal drops it for zero
    return (d < 0 || (d == 0 && 1 / d < 0)) && !s.startsWith("-") ? "-" + s : s;
  }

  /**
   * Python 3's {@code repr(float)}: the shortest decimal that reads back as the same double, in fixed
   * notation when the decimal exponent is in [-4, 16), else scientific ({@code 1e-05}, {@code 1.5e+16}).
   * NaN and infinities give the empty string (pandas writes NaN as an empty field; hap.py turns infinities
   * into NaN before writing).
   */
  static String pyRepr(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    final BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      final BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == d) {
        shortest = candidate;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    final boolean negative = shortest.signum() < 0;
    final String digits = shortest.unscaledValue().abs().toString();
    // decimal exponent of the first digit: value = 0.d1d2... * 10^(pointPos)
    final int pointPos = digits.length() - shortest.scale();
    final int exp = pointPos - 1;
    final StringBuilder sb = new StringBuilder();
    if (negative) {
      sb.append('-');
    }
    if (exp >= -4 && exp < 16) {
      if (pointPos <= 0) {
        sb.append("0.");
        sb.append("0".repeat(-pointPos));
        sb.append(digits);
      } else if (pointPos >= digits.length()) {
        sb.append(digits);
        sb.append("0".repeat(pointPos - digits.length()));
        sb.append(".0");
      } else {
        sb.append(digits, 0, pointPos).append('.').append(digits, pointPos, digits.length());
      }
    } else {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      final int a = Math.abs(exp);
      if (a < 10) {
        sb.append('0');
      }
      sb.append(a);
    }
    return sb.toString();
  }

  /**
   * A metric column (recall, precision, Frac_NA, F1): printed with {@code %f} by hap.py's C++ part, then
   * re-read and written with {@code repr}; NaN gives the empty string.
   */
  static String metric(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return "";
    }
    return pyRepr(Double.parseDouble(cFixed(d)));
  }

  /** A ratio computed by pandas ({@code a / b}); empty when undefined or infinite, as hap.py writes it. */
  static String ratio(long num, long den) {
    if (den == 0) {
      return "";
    }
    return pyRepr((double) num / den);
  }

  /** A count hap.py keeps as the C++ {@code %f} string (e.g. {@code 3751.000000}). */
  static String countF(long n) {
    return n + ".000000";
  }
}
