package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link HappyFormat#pyRepr} and {@link HappyFormat#cFixed} must give exactly what the exact
 * BigDecimal algorithms give (kept here as the reference) on every kind of double the reports format.
 */
class HappyFormatFastPathTest {
  private static final int N = 300_000;

  @Test
  void pyReprMatchesTheExactSearch() {
    final SplittableRandom r = new SplittableRandom(7);
    for (int i = 0; i < N; i++) {
      check(Double.longBitsToDouble(r.nextLong()));
      check((double) r.nextInt(1_000_000) / (1 + r.nextInt(1_000_000)));
      check(Double.parseDouble(referenceCFixed(r.nextDouble())));
      check(r.nextInt(100_000) / 100.0);
      check(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
    }
    for (int e = -1074; e <= 1023; e++) {
      check(Math.scalb(1.0, e));
      check(Math.nextUp(Math.scalb(1.0, e)));
      check(Math.nextDown(Math.scalb(1.0, e)));
    }
    for (int k = -30; k <= 30; k++) {
      check(Math.pow(10, k));
      check(9 * Math.pow(10, k));
    }
    check(2e-323);
    check(1e23);
    check(2.82879384806159E17);
    check(Double.MIN_VALUE);
    check(Double.MAX_VALUE);
  }

  @Test
  void cFixedMatchesTheExactRounding() {
    final SplittableRandom r = new SplittableRandom(11);
    for (int i = 0; i < N; i++) {
      checkFixed(r.nextDouble());
      checkFixed(-r.nextDouble());
      checkFixed((double) r.nextInt(1_000_000) / (1 + r.nextInt(1_000_000)));
      checkFixed((r.nextInt(2_000_000) + 0.5) / 1e6); // near decimal ties
      checkFixed(r.nextDouble() * Math.pow(10, r.nextInt(30) - 12));
      checkFixed(Double.longBitsToDouble(r.nextLong()));
    }
    checkFixed(0.0000005);
    checkFixed(-0.0);
    checkFixed(-1e-9);
    checkFixed(1e300);
    checkFixed(4503599627.370496);
  }

  private static void check(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return;
    }
    assertEquals(referencePyRepr(d), HappyFormat.pyRepr(d), () -> "pyRepr of " + d + " (bits "
        + Long.toHexString(Double.doubleToRawLongBits(d)) + ")");
    assertEquals(referencePyRepr(-d), HappyFormat.pyRepr(-d), () -> "pyRepr of " + -d);
  }

  private static void checkFixed(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return;
    }
    assertEquals(referenceCFixed(d), HappyFormat.cFixed(d), () -> "cFixed of " + d);
  }

  /** The original exact implementation of C's %f. */
  private static String referenceCFixed(double d) {
    final String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    return (d < 0 || (d == 0 && 1 / d < 0)) && !s.startsWith("-") ? "-" + s : s;
  }

  /** The original exact implementation of Python's repr. */
  private static String referencePyRepr(double d) {
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
    final int pointPos = digits.length() - shortest.scale();
    final int exp = pointPos - 1;
    final StringBuilder sb = new StringBuilder();
    if (negative) {
      sb.append('-');
    }
    if (exp >= -4 && exp < 16) {
      if (pointPos <= 0) {
        sb.append("0.").append("0".repeat(-pointPos)).append(digits);
      } else if (pointPos >= digits.length()) {
        sb.append(digits).append("0".repeat(pointPos - digits.length())).append(".0");
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
}
