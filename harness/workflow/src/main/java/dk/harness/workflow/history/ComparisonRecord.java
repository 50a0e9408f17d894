package dk.harness.workflow.history;

import java.util.List;
import java.util.Objects;

/**
 * One submission of a run as stored in the history. Immutable.
 *
 * @param unit the unit
 * @param sample the GIAB sample
 * @param pipelineName pipeline name (from its spec)
 * @param pipelineVersion pipeline version (from its spec)
 * @param truthSetId truth-set id
 * @param truthSetVersion truth-set version
 * @param querySha256 SHA-256 of the submitted VCF, or null if unknown
 * @param verdict PASS, WARN, FAIL or ERROR (not compared: intake or input errors)
 * @param reasons the verdict's reasons, in order
 * @param rows the counts per cell; empty for ERROR
 */
public record ComparisonRecord(String unit, String sample, String pipelineName, String pipelineVersion,
    String truthSetId, String truthSetVersion, String querySha256, String verdict, List<String> reasons,
    List<MetricRow> rows, List<SiteLevelRow> siteLevel, List<RepresentationGapRow> representationGap) {

  /** A record without site-level rows (ERROR submissions, or outputs written before site-level counting). */
  public ComparisonRecord(String unit, String sample, String pipelineName, String pipelineVersion,
      String truthSetId, String truthSetVersion, String querySha256, String verdict, List<String> reasons,
      List<MetricRow> rows) {
    this(unit, sample, pipelineName, pipelineVersion, truthSetId, truthSetVersion, querySha256, verdict, reasons,
        rows, List.of(), List.of());
  }

  public ComparisonRecord {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(truthSetId, "truthSetId");
    Objects.requireNonNull(verdict, "verdict");
    reasons = List.copyOf(reasons);
    rows = List.copyOf(rows);
    siteLevel = List.copyOf(siteLevel);
    representationGap = List.copyOf(representationGap);
  }
}
