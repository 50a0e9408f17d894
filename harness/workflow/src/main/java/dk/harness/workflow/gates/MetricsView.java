package dk.harness.workflow.gates;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.Tally;
import dk.harness.report.VariantType;
import java.nio.file.Path;

/**
 * Read access to the counts of one comparison result, per variant type, filter and subset. Implementations are
 * immutable snapshots.
 */
public interface MetricsView {

  /**
   * The counts of one cell.
   *
   * @param type SNP or INDEL
   * @param filter PASS or ALL
   * @param subset {@code *} or a stratum name
   * @return the counts, or null when the result has no such cell (e.g. the stratum was not used)
   */
  Counts counts(VariantType type, FilterKind filter, String subset);

  /** The {@code *} subset of a tally (strata are not in a tally). */
  static MetricsView of(Tally tally) {
    return ResultCounts.of(tally);
  }

  /**
   * The counts of a {@code harness compare} output: {@code PREFIX.metrics.json} for the {@code *} subset and,
   * when present, the Subtype {@code *} rows of {@code PREFIX.extended.csv} for the strata.
   *
   * @param prefix the --output prefix of the run, e.g. {@code out/HG002_unitA}
   * @throws dk.harness.io.InputException if metrics.json is missing or malformed
   */
  static MetricsView ofOutput(Path prefix) {
    return ResultCounts.ofOutput(prefix);
  }
}
