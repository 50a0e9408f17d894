package dk.harness.workflow.history;

import dk.harness.report.Counts;

/**
 * One cell of one comparison of one run, with its run's time: a row of {@code harness history}. Immutable.
 *
 * @param runId run id
 * @param startedAt run start, ISO-8601 UTC
 * @param unit unit
 * @param sample GIAB sample
 * @param pipelineName pipeline name
 * @param pipelineVersion pipeline version
 * @param truthSetId truth-set id
 * @param truthSetVersion truth-set version
 * @param verdict the comparison's verdict
 * @param type SNP or INDEL
 * @param filter ALL or PASS
 * @param subset {@code *} or a stratum
 * @param counts the counts
 * @param recall recall, or null when undefined
 * @param recallLower lower end of its 95% Jeffreys interval, or null
 * @param recallUpper upper end, or null
 * @param precision precision, or null
 * @param precisionLower lower end of its 95% Jeffreys interval, or null
 * @param precisionUpper upper end, or null
 * @param f1 F1, or null
 * @param f1Lower F1 of the two lower ends, or null
 * @param f1Upper F1 of the two upper ends, or null
 */
public record HistoryRow(String runId, String startedAt, String unit, String sample, String pipelineName,
    String pipelineVersion, String truthSetId, String truthSetVersion, String verdict, String type, String filter,
    String subset, Counts counts, Double recall, Double recallLower, Double recallUpper, Double precision,
    Double precisionLower, Double precisionUpper, Double f1, Double f1Lower, Double f1Upper) {
}
