package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.workflow.gates.Metric;

/**
 * One row of an SV part's {@code metrics.json} (schema {@code harness.sv-metrics/1}): the counts of one stratum, SV
 * type and size bin. Immutable.
 *
 * @param stratum {@code ALL} or a stratification region
 * @param type {@code ALL}, DEL, INS, DUP, INV, BND or another type the engine met
 * @param sizeBin {@code ALL} or a size bin such as {@code 50-99} (breakends only under ALL)
 * @param tpBase truth calls matched (Truvari TP-base)
 * @param fn truth calls missed
 * @param tpComp query calls matched (Truvari TP-comp)
 * @param fp query calls without a match
 * @param tpCompGtMatch TP-comp whose genotype agrees with its partner's, or null when the metrics file predates
 *     the genotype keys
 */
public record SvRow(String stratum, String type, String sizeBin, long tpBase, long fn, long tpComp, long fp,
    Long tpCompGtMatch) {

  /**
   * The row as small-variant counts, so recall, precision and F1 come from {@link MetricValue} like every other
   * figure of the report: TRUTH.TP = TP-base, TRUTH.FN = FN, QUERY.TP = TP-comp, QUERY.FP = FP.
   */
  public Counts counts() {
    return new Counts(tpBase + fn, tpBase, fn, tpComp + fp, tpComp, fp, 0, 0, 0);
  }

  /** Recall, precision or F1 with its 95% Jeffreys interval, or null when undefined. */
  public MetricValue value(Metric m) {
    return MetricValue.of(m, counts());
  }

  /**
   * Genotype concordance (Truvari's {@code gt_concordance}: TP-comp with the same genotype of all TP-comp) with its
   * 95% Jeffreys interval, or null when there is no TP-comp or no genotype count.
   */
  public MetricValue gtConcordance() {
    return tpCompGtMatch == null || tpComp == 0 ? null : MetricValue.proportion(tpCompGtMatch, tpComp);
  }

  /** Whether the row has any call. */
  public boolean any() {
    return tpBase + fn + tpComp + fp > 0;
  }
}
