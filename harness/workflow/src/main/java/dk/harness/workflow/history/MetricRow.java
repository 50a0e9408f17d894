package dk.harness.workflow.history;

import dk.harness.report.Counts;
import dk.harness.workflow.gates.CellKey;
import java.util.Objects;

/**
 * The counts of one cell (type, filter, subset) of one comparison, as stored in the history. Immutable.
 *
 * @param cell type SNP/INDEL, filter ALL/PASS, subset {@code *} or a stratum name
 * @param counts the counts (as in summary.csv / extended.csv)
 */
public record MetricRow(CellKey cell, Counts counts) {
  public MetricRow {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(counts, "counts");
  }
}
