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
 * @param type SNP or INDEL; for SV rows the SV type (ALL, DEL, INS, DUP, INV, BND)
 * @param filter ALL or PASS (SV rows: PASS when the comparison used passonly)
 * @param subset {@code *} or a stratum (SV rows: {@code *}, stratum ALL)
 * @param counts the counts (SV rows: truth_tp = TP-base, query_tp = TP-comp; unk, fp_gt and fp_al 0)
 * @param recall recall, or null when undefined
 * @param recallLower lower end of its 95% Jeffreys interval, or null
 * @param recallUpper upper end, or null
 * @param precision precision, or null
 * @param precisionLower lower end of its 95% Jeffreys interval, or null
 * @param precisionUpper upper end, or null
 * @param f1 F1, or null
 * @param f1Lower F1 of the two lower ends, or null
 * @param f1Upper F1 of the two upper ends, or null
 * @param kind {@code small-variant} or {@code structural-variant}
 * @param sizeBin SV size bin ({@code *} for all sizes); null for small-variant rows
 */
public record HistoryRow(String runId, String startedAt, String unit, String sample, String pipelineName,
    String pipelineVersion, String truthSetId, String truthSetVersion, String verdict, String type, String filter,
    String subset, Counts counts, Double recall, Double recallLower, Double recallUpper, Double precision,
    Double precisionLower, Double precisionUpper, Double f1, Double f1Lower, Double f1Upper, String kind,
    String sizeBin) {
}
