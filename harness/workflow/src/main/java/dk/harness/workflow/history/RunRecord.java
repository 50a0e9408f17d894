package dk.harness.workflow.history;

import java.util.List;
import java.util.Objects;

/**
 * One run as stored in the history. Immutable.
 *
 * @param runId the run id (its folder name under the results folder)
 * @param startedAt start time, ISO-8601 UTC (e.g. {@code 2026-11-25T18:15:00Z}); orders runs in time
 * @param finishedAt end time, ISO-8601 UTC
 * @param harnessVersion harness version that ran it
 * @param planSha256 SHA-256 of the plan file
 * @param criteriaVersion version of the council criteria the verdicts were judged under
 * @param host host name
 * @param exitCode the run's exit code (0, 2 or 3)
 * @param comparisons the submissions, in plan order
 */
public record RunRecord(String runId, String startedAt, String finishedAt, String harnessVersion, String planSha256,
    String criteriaVersion, String host, int exitCode, List<ComparisonRecord> comparisons) {
  public RunRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    comparisons = List.copyOf(comparisons);
  }
}
