package dk.harness.council;

import java.util.List;
import java.util.Map;

/**
 * One submission of a run as {@code run.json} records it. Every text field comes from the submission or its
 * plan and is untrusted: escape it for the output format. Immutable.
 *
 * @param unit the unit
 * @param sample the GIAB sample
 * @param folder the submission's folder relative to the run folder
 * @param prefix the compare outputs' prefix relative to the run folder
 * @param pipelineName pipeline name, or null
 * @param pipelineVersion pipeline version, or null
 * @param spec the pipeline spec file (role {@code spec}), or null when the plan gave name and version only
 * @param specContent the spec's text, or null
 * @param truthSetId truth-set id (null for an SV part whose entry names none)
 * @param truthSetVersion truth-set version, or null
 * @param vcf the submitted VCF (role {@code vcf})
 * @param vcfSample the VCF sample column named in the plan, or null
 * @param roc the ROC score field (QUAL or GQ), or null
 * @param target the target BED, or null
 * @param verdict PASS, WARN, FAIL or ERROR; null only for an SV part that no gate judged ({@link SvPart#gated})
 * @param reasons the verdict's reasons, in order
 * @param previousRunId the run the regression rule compared with, or null for a first result
 * @param timings seconds per phase (intake, truth wait, compare, total), in recorded order
 */
public record SubmissionInfo(String unit, String sample, String folder, String prefix, String pipelineName,
    String pipelineVersion, FileRef spec, String specContent, String truthSetId, String truthSetVersion,
    FileRef vcf, String vcfSample, String roc, String target, String verdict, List<String> reasons,
    String previousRunId, Map<String, Double> timings) {
  public SubmissionInfo {
    reasons = List.copyOf(reasons);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
  }

  /** {@code unit/sample}. */
  public String key() {
    return unit + "/" + sample;
  }

  /** Pipeline name and version for display, e.g. {@code north-germline 1.0}; "-" when unknown. */
  public String pipeline() {
    if (pipelineName == null && pipelineVersion == null) {
      return "-";
    }
    return (pipelineName == null ? "?" : pipelineName) + " " + (pipelineVersion == null ? "?" : pipelineVersion);
  }

  /** Whether it was compared (verdict other than ERROR). */
  public boolean compared() {
    return !"ERROR".equals(verdict);
  }

  /** The reasons that say something is wrong (notes about optional rules that could not be judged left out). */
  public List<String> mainReasons() {
    return reasons.stream().filter(r -> !r.startsWith("not judged")).toList();
  }
}
