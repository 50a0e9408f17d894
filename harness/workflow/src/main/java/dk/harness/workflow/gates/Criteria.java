package dk.harness.workflow.gates;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A council criteria file ({@code gates/council-criteria.yaml}): versioned thresholds per variant type, filter
 * and stratum, and the regression rule. Immutable.
 *
 * @param criteriaVersion the file's version, e.g. {@code 1.0.0}; recorded with every verdict
 * @param effectiveDate ISO date from which the criteria apply
 * @param interval the interval the thresholds are judged on; only {@code jeffreys-95} is supported
 * @param rules threshold rules, in file order
 * @param regression the regression rule, or null when results are not compared with previous ones
 */
public record Criteria(String criteriaVersion, String effectiveDate, String interval, List<GateRule> rules,
    RegressionRule regression) {
  public Criteria {
    Objects.requireNonNull(criteriaVersion, "criteriaVersion");
    Objects.requireNonNull(interval, "interval");
    if (!CriteriaFile.JEFFREYS_95.equals(interval)) {
      throw new IllegalArgumentException("interval '" + interval + "' is not supported; only '"
          + CriteriaFile.JEFFREYS_95 + "' is");
    }
    rules = List.copyOf(rules);
  }

  /** The confidence level of {@link #interval()} (0.95 for {@code jeffreys-95}). */
  public double confidence() {
    return 0.95;
  }

  /**
   * Reads and validates a criteria file.
   *
   * @throws dk.harness.io.InputException naming the file (and the line where known) on any problem: unknown
   *     keys, missing fields, thresholds out of range, an unsupported interval
   */
  public static Criteria load(Path yaml) {
    return CriteriaFile.load(yaml);
  }
}
