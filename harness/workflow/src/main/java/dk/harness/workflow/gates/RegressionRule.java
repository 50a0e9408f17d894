package dk.harness.workflow.gates;

import java.util.List;
import java.util.Objects;

/**
 * How a result is compared with the same unit's previous result, for every cell named by a threshold rule.
 * Immutable.
 *
 * <p>FAIL when the current interval lies wholly below the previous one (current upper bound < previous lower
 * bound: a drop beyond the interval); WARN when the point estimate dropped by more than {@code warnDrop}.
 *
 * @param metrics the metrics compared
 * @param warnDrop absolute drop of the point estimate that warns, e.g. 0.002
 */
public record RegressionRule(List<Metric> metrics, double warnDrop) {
  public RegressionRule {
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(metrics, "metrics");
    if (!(warnDrop >= 0 && warnDrop <= 1)) {
      throw new IllegalArgumentException("warn_drop must be in [0, 1], got " + warnDrop);
    }
  }
}
