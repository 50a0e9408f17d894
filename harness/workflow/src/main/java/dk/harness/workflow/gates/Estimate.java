package dk.harness.workflow.gates;

import dk.harness.report.Counts;

/**
 * A metric's point estimate and interval for one cell. Immutable.
 *
 * @param point the metric itself
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param basis the counts behind it, for messages (e.g. {@code TRUTH.TP 4490 of 4534})
 */
record Estimate(double point, double lower, double upper, String basis) {

  /**
   * The estimate of {@code metric} from {@code c}, or null when it is undefined (no denominator).
   *
   * <p>Recall and precision: the Jeffreys interval of TP out of TP+FN (truth) resp. TP out of TP+FP (query).
   * F1 is increasing in both recall and precision, so F1 evaluated at the two lower (upper) ends is a lower
   * (upper) bound; each end is a one-sided bound at (1 + confidence) / 2, so by Bonferroni the F1 bound holds
   * with at least the stated confidence one-sidedly (see docs/gates.md).
   */
  static Estimate of(Metric metric, Counts c, double confidence) {
    return of(metric, c.truthTp(), c.truthTp() + c.truthFn(), "TRUTH.TP", c.queryTp(), c.queryTp() + c.queryFp(),
        "QUERY.TP", confidence);
  }

  /**
   * As {@link #of(Metric, Counts, double)} from bare counts, for results that do not come as {@link Counts}
   * (the SV engine's TP-base of truth total, TP-comp of query total).
   *
   * @param truthName how the truth-side successes are named in the basis, e.g. {@code TRUTH.TP} or {@code TP-base}
   * @param queryName likewise for the query side
   */
  static Estimate of(Metric metric, long truthTp, long rn, String truthName, long queryTp, long pn,
      String queryName, double confidence) {
    switch (metric) {
      case RECALL -> {
        if (rn == 0) {
          return null;
        }
        final JeffreysInterval i = JeffreysInterval.of(truthTp, rn, confidence);
        return new Estimate((double) truthTp / rn, i.lower(), i.upper(), truthName + " " + truthTp + " of " + rn);
      }
      case PRECISION -> {
        if (pn == 0) {
          return null;
        }
        final JeffreysInterval i = JeffreysInterval.of(queryTp, pn, confidence);
        return new Estimate((double) queryTp / pn, i.lower(), i.upper(), queryName + " " + queryTp + " of " + pn);
      }
      case F1 -> {
        if (rn == 0 || pn == 0) {
          return null;
        }
        final JeffreysInterval r = JeffreysInterval.of(truthTp, rn, confidence);
        final JeffreysInterval p = JeffreysInterval.of(queryTp, pn, confidence);
        return new Estimate(f1((double) truthTp / rn, (double) queryTp / pn), f1(r.lower(), p.lower()),
            f1(r.upper(), p.upper()), "from recall " + truthName + " " + truthTp + " of " + rn + " and precision "
            + queryName + " " + queryTp + " of " + pn);
      }
      default -> throw new IllegalStateException("unknown metric " + metric);
    }
  }

  /** What is missing for the metric to be defined, for messages. */
  static String undefinedBecause(Metric metric) {
    return switch (metric) {
      case RECALL -> "no truth records (TRUTH.TP + TRUTH.FN = 0)";
      case PRECISION -> "no query records judged (QUERY.TP + QUERY.FP = 0)";
      case F1 -> "recall or precision has no records";
    };
  }

  static double f1(double r, double p) {
    return r + p == 0 ? 0 : 2 * r * p / (r + p);
  }
}
