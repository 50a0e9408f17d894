package dk.harness.compare.sv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes doubles as Python's {@code repr} does (shortest digits that read back to the same double; fixed notation
 * for exponents -4..15, else {@code 1e-05} style), so JSON written here reads like Truvari's.
 */
final class PythonFloat {
  private PythonFloat() {
  }

  static String repr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = null;
    for (int p = 1; p <= 17; p++) {
      final BigDecimal bd = new BigDecimal(d).round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (bd.doubleValue() == d) {
        shortest = bd;
        break;
      }
    }
    final BigDecimal s = shortest.stripTrailingZeros();
    final String digits = s.unscaledValue().abs().toString();
    // decimal exponent of the first digit
    final int exp = digits.length() - 1 - s.scale();
    final String sign = d < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      if (exp >= digits.length() - 1) {
        return sign + digits + "0".repeat(exp - (digits.length() - 1)) + ".0";
      }
      if (exp >= 0) {
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
      }
      return sign + "0." + "0".repeat(-exp - 1) + digits;
    }
    final String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    final String e = Integer.toString(Math.abs(exp));
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
  }
}
