package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.VariantType;

/**
 * One earlier (or the current) result of a unit for a sample and truth set, from the history: PASS counts over
 * the confident regions. Immutable.
 *
 * @param runId the run
 * @param startedAt the run's start, ISO-8601 UTC
 * @param pipelineName pipeline name then, or null
 * @param pipelineVersion pipeline version then, or null
 * @param verdict the verdict then
 * @param snp SNP PASS counts, or null
 * @param indel INDEL PASS counts, or null
 */
public record TrendPoint(String runId, String startedAt, String pipelineName, String pipelineVersion,
    String verdict, Counts snp, Counts indel) {

  /** The counts of a type, or null. */
  public Counts counts(VariantType type) {
    return type == VariantType.SNP ? snp : indel;
  }

  TrendPoint with(VariantType type, Counts c) {
    return type == VariantType.SNP ? new TrendPoint(runId, startedAt, pipelineName, pipelineVersion, verdict, c, indel)
        : new TrendPoint(runId, startedAt, pipelineName, pipelineVersion, verdict, snp, c);
  }
}
