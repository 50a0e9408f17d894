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
  /**
   * Whether {@link Double#toString} gives a shortest decimal, the nearest of its length (JDK 19+, JDK-4511638):
   * then any answer of three or more digits is Python's, with no re-parsing to prove it. A fact of the running
   * JVM, not a setting.
   */
  private static final boolean JDK_SHORTEST = Runtime.version().feature() >= 19;

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
    final boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    // Fast path: x = d * 10^6 is within ulp(x) / 2 of the exact product, so unless x lies within ulp(x) of a
    // tie its nearest integer is the exact value's rounding.
    final double x = Math.abs(d) * 1e6;
    if (x < 0x1p52) {
      final double r = Math.rint(x);
      if (0.5 - Math.abs(x - r) > Math.ulp(x)) {
        final long n = (long) r;
        final StringBuilder sb = new StringBuilder(24);
        if (negative) {
          sb.append('-');
        }
        sb.append(n / 1_000_000).append('.');
        final String frac = Long.toString(n % 1_000_000);
        for (int i = frac.length(); i < 6; i++) {
          sb.append('0');
        }
        return sb.append(frac).toString();
      }
    }
    final String s = new BigDecimal(d).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    // C prints -0.000000 for tiny negatives too; keep the sign as BigDecimal drops it for zero
    return negative && !s.startsWith("-") ? "-" + s : s;
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
    final Shortest few = Shortest.fewDecimals(Math.abs(d));
    if (few != null) {
      return format(d < 0, Long.toString(few.digits), few.pointPos());
    }
    final Shortest fast = Shortest.fromJdk(Math.abs(d));
    if (fast != null) {
      return format(d < 0, Long.toString(fast.digits), fast.pointPos());
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
    final String digits = shortest.unscaledValue().abs().toString();
    return format(shortest.signum() < 0, digits, digits.length() - shortest.scale());
  }

  /**
   * Python's layout of a shortest decimal: fixed notation when the exponent of the first digit is in [-4, 16),
   * else scientific.
   *
   * @param digits the significant digits, no leading or trailing zeros
   * @param pointPos the value is {@code 0.digits * 10^pointPos}
   */
  private static String format(boolean negative, String digits, int pointPos) {
    final int exp = pointPos - 1;
    final StringBuilder sb = new StringBuilder(digits.length() + 8);
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
   * A shortest round-trip decimal {@code digits * 10^exp10} found cheaply from {@link Double#toString} (whose
   * output round-trips but, in Java 17, is not always the shortest), or null when the cheap checks cannot
   * prove it is the one {@link #pyRepr}'s exact search would find.
   */
  private record Shortest(long digits, int length, int exp10) {
    int pointPos() {
      return length + exp10;
    }

    /**
     * The common case of scores and QUALs, without any String work: {@code a} is exactly the double nearest to
     * {@code m / 10^k} for some integer {@code m < 2^52} and {@code k <= 6}. As {@code m} and {@code 10^k} are
     * exact doubles, their IEEE quotient is that nearest double, so the decimal reads back as {@code a}; with at
     * most 15 significant digits it is then the only such decimal of its length or shorter (see
     * {@link #fromJdk}), i.e. the shortest. The smallest {@code k} that works gives it without trailing zeros
     * after the point; any {@code m} that works is the rounding of {@code a * 10^k}, whose error is far below
     * one half while {@code a * 10^k < 2^52}. Null when no such decimal exists.
     *
     * @param a a positive, finite double
     */
    static Shortest fewDecimals(double a) {
      if (a < 1e-4 || a >= 1e15) {
        return null;
      }
      double scale = 1;
      for (int k = 0; k <= 6; k++, scale *= 10) {
        final double scaled = a * scale;
        if (scaled >= 0x1p52) {
          return null;
        }
        long m = Math.round(scaled);
        if (m == 0 || m / scale != a) {
          continue;
        }
        int exp10 = -k;
        while (m % 10 == 0) {
          m /= 10;
          exp10++;
        }
        int length = 1;
        for (long rest = m / 10; rest > 0; rest /= 10) {
          length++;
        }
        return length <= 15 ? new Shortest(m, length, exp10) : null;
      }
      return null;
    }

    /** @param a a positive, finite double */
    static Shortest fromJdk(double a) {
      if (a < Double.MIN_NORMAL) {
        return null; // subnormals are rare and have less precision: leave them to the exact search
      }
      final String s = Double.toString(a);
      final int e = s.indexOf('E');
      final String mant = e < 0 ? s : s.substring(0, e);
      int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
      final int dot = mant.indexOf('.');
      String all = mant.substring(0, dot) + mant.substring(dot + 1);
      exp10 -= mant.length() - dot - 1;
      int first = 0;
      while (first < all.length() - 1 && all.charAt(first) == '0') {
        first++;
      }
      int last = all.length();
      while (last > first + 1 && all.charAt(last - 1) == '0') {
        last--;
      }
      exp10 += all.length() - last;
      all = all.substring(first, last);
      if (all.length() > 17) {
        return null;
      }
      long digits = Long.parseLong(all);
      int length = all.length();
      // With at least 3 digits the JDK's minimal length is this one (it may pick 2 digits where 1 would do), and
      // it is the nearest decimal of that length, as the exact search finds it; except at a power of two, whose
      // rounding interval is narrower below (then the checks below decide).
      if (JDK_SHORTEST && length >= 3 && (Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL) != 0) {
        return new Shortest(digits, length, exp10);
      }
      if (value(digits, exp10) != a) {
        return null;
      }
      if (length <= 15) {
        // Distinct decimals of at most 15 digits never read back as the same (normal) double, so this is the
        // only one of at most 15 digits that round-trips: the shortest, and the one the exact search finds.
        return new Shortest(digits, length, exp10);
      }
      if ((Double.doubleToRawLongBits(a) & 0xFFFFFFFFFFFFFL) == 0) {
        return null; // a power of two: its rounding interval is narrower below than above
      }
      // The nearest decimal of this length: the JDK's when it is the only one of its length that round-trips
      // (then it is the nearer of the two around a, as a's rounding interval is symmetric), else computed.
      if (value(digits - 1, exp10) == a || value(digits + 1, exp10) == a
          || (digits == 1 && value(9, exp10 - 1) == a)) {
        final BigDecimal r = new BigDecimal(a).round(new MathContext(length, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
        if (r.doubleValue() != a || r.unscaledValue().bitLength() > 63) {
          return null;
        }
        digits = r.unscaledValue().longValueExact();
        exp10 = -r.scale();
        length = Long.toString(digits).length();
      }
      // No shorter decimal may round-trip: those of length - 1 nearest to a are the truncation and the next.
      if (length > 1 && (value(digits / 10, exp10 + 1) == a || value(digits / 10 + 1, exp10 + 1) == a)) {
        return null;
      }
      return new Shortest(digits, length, exp10);
    }

    private static double value(long digits, int exp10) {
      return Double.parseDouble(digits + "E" + exp10);
    }
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
