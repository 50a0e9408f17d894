package dk.harness.workflow.history;

import dk.harness.workflow.gates.ResultCounts;

/**
 * A unit's earlier result for a sample and truth set, for the regression rule. Immutable.
 *
 * @param runId the run it came from
 * @param startedAt that run's start time (ISO-8601 UTC)
 * @param pipelineVersion the pipeline version then
 * @param verdict its verdict then
 * @param counts its counts per cell (empty for a structural-variant result)
 * @param svRows a structural-variant result's counts by type and size bin (empty for a small-variant result)
 */
public record PreviousResult(String runId, String startedAt, String pipelineVersion, String verdict,
    ResultCounts counts, java.util.List<SvMetricRow> svRows) {
  public PreviousResult {
    svRows = java.util.List.copyOf(svRows);
  }

  /** A small-variant result. */
  public PreviousResult(String runId, String startedAt, String pipelineVersion, String verdict,
      ResultCounts counts) {
    this(runId, startedAt, pipelineVersion, verdict, counts, java.util.List.of());
  }
}
