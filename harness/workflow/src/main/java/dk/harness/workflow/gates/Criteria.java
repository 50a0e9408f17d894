package dk.harness.workflow.gates;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A council criteria file ({@code gates/council-criteria.yaml}): versioned thresholds per variant type, filter
 * and stratum for small variants, per SV type and size bin for structural variants, and the regression rule.
 * Immutable.
 *
 * @param criteriaVersion the file's version, e.g. {@code 1.0.0}; recorded with every verdict
 * @param effectiveDate ISO date from which the criteria apply
 * @param interval the interval the thresholds are judged on; only {@code jeffreys-95} is supported
 * @param rules small-variant threshold rules ({@code rules:}), in file order; judged by {@link GateEvaluator}
 * @param regression the regression rule, or null when results are not compared with previous ones; applies to the
 *     cells of both kinds of rule
 * @param svRules structural-variant threshold rules ({@code sv_rules:}), in file order, empty when the file has
 *     none; judged by {@link SvGateEvaluator}
 */
public record Criteria(String criteriaVersion, String effectiveDate, String interval, List<GateRule> rules,
    RegressionRule regression, List<SvGateRule> svRules) {
  public Criteria {
    Objects.requireNonNull(criteriaVersion, "criteriaVersion");
    Objects.requireNonNull(interval, "interval");
    if (!CriteriaFile.JEFFREYS_95.equals(interval)) {
      throw new IllegalArgumentException("interval '" + interval + "' is not supported; only '"
          + CriteriaFile.JEFFREYS_95 + "' is");
    }
    rules = List.copyOf(rules);
    svRules = List.copyOf(svRules);
  }

  /** Criteria without SV rules (as every criteria file before {@code sv_rules:} existed). */
  public Criteria(String criteriaVersion, String effectiveDate, String interval, List<GateRule> rules,
      RegressionRule regression) {
    this(criteriaVersion, effectiveDate, interval, rules, regression, List.of());
  }

  /** The confidence level of {@link #interval()} (0.95 for {@code jeffreys-95}). */
  public double confidence() {
    return 0.95;
  }

  /**
   * Reads and validates a criteria file.
   *
   * @throws dk.harness.io.InputException naming the file (and the line where known) on any problem: unknown
   *     keys, missing fields, thresholds out of range, an unsupported interval, repeated rules
   */
  public static Criteria load(Path yaml) {
    return CriteriaFile.load(yaml);
  }
}
