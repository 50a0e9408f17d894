package dk.harness.workflow.gates;

import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import java.util.Objects;

/**
 * One threshold rule of the criteria file, judged on the lower bound of the metric's interval. Immutable.
 *
 * @param type SNP or INDEL
 * @param filter PASS or ALL (which comparison's counts)
 * @param subset {@code *} for all confident records, or a stratum name as written in extended.csv
 * @param metric the metric judged
 * @param failBelow FAIL when the lower bound is below this
 * @param warnBelow WARN when the lower bound is below this (and not below failBelow); >= failBelow
 * @param required whether missing counts (no such stratum, no records) FAIL the submission; when false they
 *     are only noted in the reasons
 */
public record GateRule(VariantType type, FilterKind filter, String subset, Metric metric, double failBelow,
    double warnBelow, boolean required) {
  public GateRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(subset, "subset");
    Objects.requireNonNull(metric, "metric");
    if (!(failBelow >= 0 && failBelow <= warnBelow && warnBelow <= 1)) {
      throw new IllegalArgumentException("need 0 <= fail_below <= warn_below <= 1, got fail_below " + failBelow
          + ", warn_below " + warnBelow);
    }
  }

  /** E.g. {@code SNP PASS recall} or {@code INDEL PASS f1 in GRCh38_alldifficultregions}. */
  public String label() {
    return type + " " + filter + " " + metric.name().toLowerCase(java.util.Locale.ROOT)
        + ("*".equals(subset) ? "" : " in " + subset);
  }
}
