package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.workflow.gates.JeffreysInterval;
import dk.harness.workflow.gates.Metric;

/**
 * A metric of one cell with its 95% Jeffreys interval, computed exactly as the gates compute it. Immutable.
 *
 * <p>Recall: TRUTH.TP of TRUTH.TP + TRUTH.FN; precision: QUERY.TP of QUERY.TP + QUERY.FP; each with the Jeffreys
 * interval of that proportion. F1 is increasing in both, so F1 of the two lower (upper) ends bounds it (the
 * gates and the history use the same bounds; see docs/gates.md).
 *
 * @param point the metric
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param successes numerator (recall, precision); for F1 the TRUTH.TP
 * @param trials denominator (recall, precision); for F1 TRUTH.TP + TRUTH.FN
 */
public record MetricValue(double point, double lower, double upper, long successes, long trials) {
  /** Confidence of every interval in the report. */
  public static final double CONFIDENCE = 0.95;

  /** The metric of a cell, or null when it is undefined (no denominator) or the cell is missing. */
  public static MetricValue of(Metric metric, Counts c) {
    if (c == null) {
      return null;
    }
    final long rn = c.truthTp() + c.truthFn();
    final long pn = c.queryTp() + c.queryFp();
    return switch (metric) {
      case RECALL -> rn == 0 ? null : proportion(c.truthTp(), rn);
      case PRECISION -> pn == 0 ? null : proportion(c.queryTp(), pn);
      case F1 -> {
        if (rn == 0 || pn == 0) {
          yield null;
        }
        final JeffreysInterval r = JeffreysInterval.of(c.truthTp(), rn, CONFIDENCE);
        final JeffreysInterval p = JeffreysInterval.of(c.queryTp(), pn, CONFIDENCE);
        yield new MetricValue(f1((double) c.truthTp() / rn, (double) c.queryTp() / pn), f1(r.lower(), p.lower()),
            f1(r.upper(), p.upper()), c.truthTp(), rn);
      }
    };
  }

  /** A proportion x of n (n > 0) with its 95% Jeffreys interval; successes x, trials n. */
  static MetricValue proportion(long x, long n) {
    final JeffreysInterval i = JeffreysInterval.of(x, n, CONFIDENCE);
    return new MetricValue((double) x / n, i.lower(), i.upper(), x, n);
  }

  static double f1(double r, double p) {
    return r + p == 0 ? 0 : 2 * r * p / (r + p);
  }

  /** E.g. {@code 0.9871–0.9935}. */
  public String intervalText() {
    return Text.ratio(lower) + "–" + Text.ratio(upper);
  }
}
