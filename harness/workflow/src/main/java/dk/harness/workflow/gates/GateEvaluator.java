package dk.harness.workflow.gates;

import dk.harness.report.Counts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a {@link Criteria} to a result. Stateless; thread-safe.
 *
 * <p>Each threshold rule is judged on the lower end of its metric's interval: FAIL below {@code fail_below},
 * WARN below {@code warn_below}. A rule whose cell is missing or whose metric is undefined FAILs when the rule
 * is required and is only noted otherwise. With a previous result, every (type, filter, subset) named by a rule
 * is also checked for regression on the regression rule's metrics. The verdict is the worst outcome.
 *
 * <p>This judges small-variant results on the criteria's {@code rules:} only; SV results are judged on its
 * {@code sv_rules:} by {@link SvGateEvaluator}.
 */
public final class GateEvaluator {
  private GateEvaluator() {
  }

  /**
   * Judges a result.
   *
   * @param criteria the council criteria
   * @param current the result judged
   * @param previous the same unit's previous result (same sample and truth set), or null for a first submission
   * @return PASS, WARN or FAIL with the reasons
   */
  public static GateVerdict evaluate(Criteria criteria, MetricsView current, MetricsView previous) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(current, "current");
    final double conf = criteria.confidence();
    final String ci = intervalName(conf);
    GateStatus status = GateStatus.PASS;
    final List<String> reasons = new ArrayList<>();
    for (GateRule rule : criteria.rules()) {
      final Counts c = current.counts(rule.type(), rule.filter(), rule.subset());
      final Estimate e = c == null ? null : Estimate.of(rule.metric(), c, conf);
      final String why = e != null ? null : c == null ? "the result has no counts for " + cellName(rule)
          : Estimate.undefinedBecause(rule.metric());
      status = status.worst(judge(rule.label(), rule.metric(), rule.failBelow(), rule.warnBelow(), rule.required(),
          e, why, ci, reasons));
    }
    if (previous != null && criteria.regression() != null) {
      status = status.worst(regression(criteria, current, previous, reasons));
    }
    return new GateVerdict(status, reasons);
  }

  private static GateStatus regression(Criteria criteria, MetricsView current, MetricsView previous,
      List<String> reasons) {
    final RegressionRule rule = criteria.regression();
    final double conf = criteria.confidence();
    final Set<CellKey> cells = new LinkedHashSet<>();
    for (GateRule r : criteria.rules()) {
      cells.add(new CellKey(r.type(), r.filter(), r.subset()));
    }
    GateStatus status = GateStatus.PASS;
    for (CellKey cell : cells) {
      final Counts now = current.counts(cell.type(), cell.filter(), cell.subset());
      final Counts before = previous.counts(cell.type(), cell.filter(), cell.subset());
      if (now == null || before == null) {
        continue; // a missing current cell is already reported by the threshold rules; no previous: nothing to compare
      }
      for (Metric m : rule.metrics()) {
        final Estimate a = Estimate.of(m, now, conf);
        final Estimate b = Estimate.of(m, before, conf);
        if (a == null || b == null) {
          continue;
        }
        final String label = cell.type() + " " + cell.filter() + " " + metricName(m)
            + ("*".equals(cell.subset()) ? "" : " in " + cell.subset());
        status = status.worst(regressed(label, a, b, rule.warnDrop(), reasons));
      }
    }
    return status;
  }

  /**
   * Judges one threshold rule on its estimate and adds the reason, if any. Shared with {@link SvGateEvaluator} so
   * both kinds of result read alike.
   *
   * @param e the estimate, or null when it cannot be judged
   * @param whyUnjudged why {@code e} is null (for the reason); ignored otherwise
   * @return the rule's outcome: FAIL or WARN below the thresholds, FAIL when unjudged and required, else PASS
   */
  static GateStatus judge(String label, Metric metric, double failBelow, double warnBelow, boolean required,
      Estimate e, String whyUnjudged, String ci, List<String> reasons) {
    if (e == null) {
      if (required) {
        reasons.add(label + " cannot be judged: " + whyUnjudged + " (required rule)");
        return GateStatus.FAIL;
      }
      reasons.add("not judged (optional rule): " + label + ": " + whyUnjudged);
      return GateStatus.PASS;
    }
    final GateStatus outcome;
    final double threshold;
    if (e.lower() < failBelow) {
      outcome = GateStatus.FAIL;
      threshold = failBelow;
    } else if (e.lower() < warnBelow) {
      outcome = GateStatus.WARN;
      threshold = warnBelow;
    } else {
      return GateStatus.PASS;
    }
    reasons.add(label + " lower bound " + fmt(e.lower(), threshold) + " < "
        + (outcome == GateStatus.FAIL ? "fail" : "warn") + " threshold " + plain(threshold) + " ("
        + metricName(metric) + " " + fmt(e.point()) + ", " + ci + " [" + fmt(e.lower()) + ", "
        + fmt(e.upper()) + "], " + e.basis() + ")");
    return outcome;
  }

  /**
   * Compares one metric of one cell with the previous result and adds the reason, if any: FAIL when the current
   * interval lies wholly below the previous one, WARN when the point estimate dropped by more than {@code warnDrop}.
   */
  static GateStatus regressed(String label, Estimate a, Estimate b, double warnDrop, List<String> reasons) {
    if (a.upper() < b.lower()) {
      reasons.add(label + " regressed beyond the interval: now " + fmt(a.point()) + " [" + fmt(a.lower()) + ", "
          + fmt(a.upper(), b.lower()) + "], previous result " + fmt(b.point())
          + " [" + fmt(b.lower(), a.upper()) + ", " + fmt(b.upper()) + "] (upper bound now < previous lower"
          + " bound)");
      return GateStatus.FAIL;
    }
    if (b.point() - a.point() > warnDrop) {
      reasons.add(label + " dropped by " + fmt(b.point() - a.point(), warnDrop) + " (" + fmt(b.point())
          + " -> " + fmt(a.point()) + "), more than the warn_drop " + plain(warnDrop)
          + " (intervals overlap: now [" + fmt(a.lower()) + ", " + fmt(a.upper()) + "], previous ["
          + fmt(b.lower()) + ", " + fmt(b.upper()) + "])");
      return GateStatus.WARN;
    }
    return GateStatus.PASS;
  }

  /** The interval's name in reasons, e.g. {@code 95% Jeffreys interval}. */
  static String intervalName(double conf) {
    return percent(conf) + " Jeffreys interval";
  }

  private static String cellName(GateRule r) {
    return r.type() + " " + r.filter() + ("*".equals(r.subset()) ? "" : " in stratum '" + r.subset() + "'");
  }

  static String metricName(Metric m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  /** Four decimals. */
  static String fmt(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /**
   * Four decimals, or more (up to eight) when four would print {@code d} equal to {@code other} although they
   * differ, so a message never reads "0.9900 < 0.99".
   */
  static String fmt(double d, double other) {
    for (int decimals = 4; decimals <= 8; decimals++) {
      final String a = String.format(Locale.ROOT, "%." + decimals + "f", d);
      final String b = String.format(Locale.ROOT, "%." + decimals + "f", other);
      if (!a.equals(b) || d == other) {
        return a;
      }
    }
    return String.format(Locale.ROOT, "%.8f", d);
  }

  /** A threshold as written in the criteria file (0.99, not 0.9900). */
  static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static String percent(double conf) {
    return plain(conf * 100) + "%";
  }
}
