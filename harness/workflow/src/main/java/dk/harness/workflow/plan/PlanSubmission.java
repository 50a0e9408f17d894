package dk.harness.workflow.plan;

import dk.harness.catalog.TruthSetKind;
import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One submission of a plan: a unit's calls for one GIAB sample, made with one pipeline. It has a small-variant part
 * ({@code truth_set} + {@code vcf}), a structural-variant part ({@code sv_truth_set} + {@code sv_vcf}, or the same
 * {@code vcf} when it holds both), or both; see {@link #parts()}. Immutable.
 *
 * @param unit the unit's id (a folder name: letters, digits, '.', '_', '-')
 * @param sample the GIAB sample (a folder name), e.g. {@code HG002}
 * @param pipelineSpec the pipeline spec file
 * @param specSha256 SHA-256 of the spec file's bytes
 * @param specText the spec file's content
 * @param pipelineName the pipeline's name, from the spec
 * @param pipelineVersion the pipeline's version, from the spec
 * @param truthSetId the id of the small-variant truth set to compare with, or null when there is no small part
 * @param vcf the submitted VCF (small-variant calls, or both kinds), or null when only {@code svVcf} is given
 * @param index its .tbi/.csi index, or null for the sibling file if any
 * @param vcfSample the VCF's sample column to compare, or null for its only sample
 * @param roc score field ranking calls in the ROC files
 * @param target target-regions BED (e.g. an exome kit), or null
 * @param line the plan line where it is defined (for messages)
 * @param svTruthSetId the id of the structural-variant truth set, or null when there is no SV part
 * @param svVcf the SV calls' VCF, or null (then the SV part reads {@code vcf})
 * @param svIndex the index of {@code svVcf}, or null
 * @param svVcfSample the sample column of {@code svVcf}, or null
 */
public record PlanSubmission(String unit, String sample, Path pipelineSpec, String specSha256, String specText,
    String pipelineName, String pipelineVersion, String truthSetId, Path vcf, Path index, String vcfSample,
    ScoreField roc, Path target, int line, String svTruthSetId, Path svVcf, Path svIndex, String svVcfSample) {
  public PlanSubmission {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(roc, "roc");
    if (truthSetId != null) {
      Objects.requireNonNull(vcf, "vcf");
    }
    if (svTruthSetId != null && svVcf == null) {
      Objects.requireNonNull(vcf, "vcf or svVcf");
    }
    if (truthSetId == null && svTruthSetId == null) {
      throw new IllegalArgumentException("a submission needs a small-variant or a structural-variant part");
    }
  }

  /** A submission with only a small-variant part (the only kind before structural variants). */
  public PlanSubmission(String unit, String sample, Path pipelineSpec, String specSha256, String specText,
      String pipelineName, String pipelineVersion, String truthSetId, Path vcf, Path index, String vcfSample,
      ScoreField roc, Path target, int line) {
    this(unit, sample, pipelineSpec, specSha256, specText, pipelineName, pipelineVersion,
        Objects.requireNonNull(truthSetId, "truthSetId"), Objects.requireNonNull(vcf, "vcf"), index, vcfSample, roc,
        target, line, null, null, null, null);
  }

  /** {@code unit/sample}, the submission's name in messages and its folder in the run directory. */
  public String key() {
    return unit + "/" + sample;
  }

  /** Whether it has a small-variant part. */
  public boolean hasSmallPart() {
    return truthSetId != null;
  }

  /** Whether it has a structural-variant part. */
  public boolean hasSvPart() {
    return svTruthSetId != null;
  }

  /** Its parts: the small-variant part first (if any), then the structural-variant part (if any). */
  public List<SubmissionPart> parts() {
    final List<SubmissionPart> out = new ArrayList<>(2);
    if (hasSmallPart()) {
      out.add(new SubmissionPart(this, TruthSetKind.SMALL_VARIANT, truthSetId, vcf, index, vcfSample));
    }
    if (hasSvPart()) {
      out.add(svVcf != null
          ? new SubmissionPart(this, TruthSetKind.STRUCTURAL_VARIANT, svTruthSetId, svVcf, svIndex, svVcfSample)
          : new SubmissionPart(this, TruthSetKind.STRUCTURAL_VARIANT, svTruthSetId, vcf, index,
              svVcfSample != null ? svVcfSample : vcfSample));
    }
    return out;
  }
}
