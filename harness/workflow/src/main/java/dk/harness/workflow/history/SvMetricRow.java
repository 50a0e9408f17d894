package dk.harness.workflow.history;

import java.util.Objects;

/**
 * The counts of one SV type and size bin of one structural-variant comparison (stratum ALL of its
 * {@code sv/metrics.json}), as stored in the history's {@code sv_metrics} table. Immutable.
 *
 * @param type {@code ALL}, {@code DEL}, {@code INS}, {@code DUP}, {@code INV}, {@code BND} (or another type the
 *     calls carry)
 * @param sizeBin {@code *} for all sizes, else {@code 50-99}, {@code 100-299}, {@code 300-999}, {@code 1000-4999},
 *     {@code 5000-50000}, {@code >50000} (or {@code <50} for smaller calls that took part)
 * @param filter {@code PASS} when the comparison used Truvari's {@code passonly}, else {@code ALL}
 * @param truthTotal truth calls counted (TP-base + FN)
 * @param tpBase truth calls matched
 * @param fn truth calls not matched
 * @param queryTotal query calls counted (TP-comp + FP)
 * @param tpComp query calls matched
 * @param fp query calls not matched
 */
public record SvMetricRow(String type, String sizeBin, String filter, long truthTotal, long tpBase, long fn,
    long queryTotal, long tpComp, long fp) {
  /** The size bin of all sizes, as {@code sv_rules} write it. */
  public static final String ALL_SIZES = "*";

  public SvMetricRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sizeBin, "sizeBin");
    Objects.requireNonNull(filter, "filter");
  }

  /** TP-base of truth calls, or null when there are none. */
  public Double recall() {
    return truthTotal == 0 ? null : tpBase / (double) truthTotal;
  }

  /** TP-comp of query calls, or null when there are none. */
  public Double precision() {
    return queryTotal == 0 ? null : tpComp / (double) queryTotal;
  }

  /** Harmonic mean of recall and precision, or null when either is undefined. */
  public Double f1() {
    final Double r = recall();
    final Double p = precision();
    return r == null || p == null ? null : r + p == 0 ? 0.0 : 2 * r * p / (r + p);
  }
}
