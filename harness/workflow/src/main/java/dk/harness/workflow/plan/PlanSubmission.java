package dk.harness.workflow.plan;

import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One submission of a plan: a unit's calls for one GIAB sample, made with one pipeline, to compare with one
 * truth set. Immutable.
 *
 * @param unit the unit's id (a folder name: letters, digits, '.', '_', '-')
 * @param sample the GIAB sample (a folder name), e.g. {@code HG002}
 * @param pipelineSpec the pipeline spec file
 * @param specSha256 SHA-256 of the spec file's bytes
 * @param specText the spec file's content
 * @param pipelineName the pipeline's name, from the spec
 * @param pipelineVersion the pipeline's version, from the spec
 * @param truthSetId the id of the plan truth set to compare with
 * @param vcf the submitted VCF
 * @param index its .tbi/.csi index, or null for the sibling file if any
 * @param vcfSample the VCF's sample column to compare, or null for its only sample
 * @param roc score field ranking calls in the ROC files
 * @param target target-regions BED (e.g. an exome kit), or null
 * @param line the plan line where it is defined (for messages)
 */
public record PlanSubmission(String unit, String sample, Path pipelineSpec, String specSha256, String specText,
    String pipelineName, String pipelineVersion, String truthSetId, Path vcf, Path index, String vcfSample,
    ScoreField roc, Path target, int line) {
  public PlanSubmission {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(truthSetId, "truthSetId");
    Objects.requireNonNull(vcf, "vcf");
    Objects.requireNonNull(roc, "roc");
  }

  /** {@code unit/sample}, the submission's name in messages and its folder in the run directory. */
  public String key() {
    return unit + "/" + sample;
  }
}
