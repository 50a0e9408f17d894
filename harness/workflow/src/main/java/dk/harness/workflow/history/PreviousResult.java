package dk.harness.workflow.history;

import dk.harness.workflow.gates.ResultCounts;

/**
 * A unit's earlier result for a sample and truth set, for the regression rule. Immutable.
 *
 * @param runId the run it came from
 * @param startedAt that run's start time (ISO-8601 UTC)
 * @param pipelineVersion the pipeline version then
 * @param verdict its verdict then
 * @param counts its counts per cell
 */
public record PreviousResult(String runId, String startedAt, String pipelineVersion, String verdict,
    ResultCounts counts) {
}
