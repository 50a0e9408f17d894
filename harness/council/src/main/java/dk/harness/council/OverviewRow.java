package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;

/**
 * One row of the overview: a submission's PASS metrics over the confident regions and its change since the
 * unit's previous result. Immutable.
 *
 * @param result the submission
 * @param previous the unit's previous result (the one the regression rule compared with), or null
 * @param previousNote why there is no previous result ("first result", "not in the history"), or null
 */
public record OverviewRow(SubmissionResult result, TrendPoint previous, String previousNote) {

  /** The metric with its interval, or null (not compared, or undefined). */
  public MetricValue value(VariantType type, Metric metric) {
    return MetricValue.of(metric, result.pass(type));
  }

  /** The PASS counts of a type, or null. */
  public Counts counts(VariantType type) {
    return result.pass(type);
  }

  /** Now minus previous, or null when either is unknown. */
  public Double delta(VariantType type, Metric metric) {
    if (previous == null) {
      return null;
    }
    final MetricValue now = value(type, metric);
    final MetricValue then = MetricValue.of(metric, previous.counts(type));
    return now == null || then == null ? null : now.point() - then.point();
  }

  /** The submission's info. */
  public SubmissionInfo info() {
    return result.info();
  }
}
