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
 * @param rows the counts per cell; empty for ERROR and for structural-variant comparisons
 * @param siteLevel site-level counts (small variants)
 * @param representationGap representation-gap counts (small variants)
 * @param kind {@value #SMALL_VARIANT} or {@value #STRUCTURAL_VARIANT}: a submission's SV part is a comparison of its
 *     own
 * @param svRows a structural-variant comparison's counts by SV type and size bin; empty otherwise
 */
public record ComparisonRecord(String unit, String sample, String pipelineName, String pipelineVersion,
    String truthSetId, String truthSetVersion, String querySha256, String verdict, List<String> reasons,
    List<MetricRow> rows, List<SiteLevelRow> siteLevel, List<RepresentationGapRow> representationGap, String kind,
    List<SvMetricRow> svRows) {
  /** The kind of a small-variant comparison. */
  public static final String SMALL_VARIANT = "small-variant";
  /** The kind of a structural-variant comparison. */
  public static final String STRUCTURAL_VARIANT = "structural-variant";

  /** A small-variant comparison. */
  public ComparisonRecord(String unit, String sample, String pipelineName, String pipelineVersion,
      String truthSetId, String truthSetVersion, String querySha256, String verdict, List<String> reasons,
      List<MetricRow> rows, List<SiteLevelRow> siteLevel, List<RepresentationGapRow> representationGap) {
    this(unit, sample, pipelineName, pipelineVersion, truthSetId, truthSetVersion, querySha256, verdict, reasons,
        rows, siteLevel, representationGap, SMALL_VARIANT, List.of());
  }

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
    if (!SMALL_VARIANT.equals(kind) && !STRUCTURAL_VARIANT.equals(kind)) {
      throw new IllegalArgumentException("kind must be small-variant or structural-variant, not " + kind);
    }
    svRows = List.copyOf(svRows);
    reasons = List.copyOf(reasons);
    rows = List.copyOf(rows);
    siteLevel = List.copyOf(siteLevel);
    representationGap = List.copyOf(representationGap);
  }
}
