package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.ResultCounts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A submission of a run with what its outputs say. Immutable.
 *
 * @param info what run.json records
 * @param prefix the compare outputs' prefix (absolute), e.g. {@code results/run1/north/HG002/HG002}
 * @param counts every cell of the result (type, filter, subset), or null when not compared (ERROR)
 * @param truthSample the truth VCF sample compared, or null
 * @param querySample the query VCF sample compared, or null (from the submission: untrusted)
 * @param tooComplexRecords records left undecided in too-complex regions (ALL comparison), or 0
 * @param representationGap the PASS representation gap of metrics.json's {@code site_level} block, or null when
 *     the comparison did not write one
 * @param intake facts of intake.json (sample, build, records, ...) as text, in order; empty when absent
 * @param vcfHeader notable header lines of the submitted VCF ({@code ##source}, command lines), at most a few,
 *     each shortened; empty when the VCF cannot be read (untrusted)
 */
public record SubmissionResult(SubmissionInfo info, Path prefix, ResultCounts counts, String truthSample,
    String querySample, long tooComplexRecords, RepresentationGap representationGap, Map<String, String> intake,
    List<String> vcfHeader) {
  public SubmissionResult {
    intake = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intake));
    vcfHeader = List.copyOf(vcfHeader);
  }

  /** The counts of a cell, or null when not compared or the cell does not exist. */
  public Counts counts(VariantType type, FilterKind filter, String subset) {
    return counts == null ? null : counts.counts(type, filter, subset);
  }

  /** The PASS counts over all confident regions: the council's published numbers. */
  public Counts pass(VariantType type) {
    return counts(type, FilterKind.PASS, "*");
  }

  /** Display name: {@code unit} alone when the run has one sample per unit, else {@code unit / sample}. */
  public String label(boolean withSample) {
    return withSample ? info.unit() + " / " + info.sample() : info.unit();
  }
}
