package dk.harness.workflow.plan;

import dk.harness.catalog.TruthSetKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One part of a submission, benchmarked by one engine: the small-variant part ({@code truth_set}, {@code vcf}) with
 * the haplotype-aware comparison, or the structural-variant part ({@code sv_truth_set}, {@code sv_vcf} or else
 * {@code vcf}) with the Truvari-exact SV comparison. Each part has its own folder, run.json entry, verdict and
 * history comparison. Immutable.
 *
 * @param submission the submission it belongs to
 * @param kind {@link TruthSetKind#SMALL_VARIANT} or {@link TruthSetKind#STRUCTURAL_VARIANT}
 * @param truthSetId the plan truth set it is compared with (of the same kind)
 * @param vcf the VCF this part's engine reads
 * @param index its index, or null for the sibling .tbi/.csi
 * @param vcfSample the VCF's sample column, or null for its first/only sample
 */
public record SubmissionPart(PlanSubmission submission, TruthSetKind kind, String truthSetId, Path vcf, Path index,
    String vcfSample) {
  /** The SV part's folder inside the submission's folder. */
  public static final String SV_FOLDER = "sv";

  public SubmissionPart {
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(truthSetId, "truthSetId");
    Objects.requireNonNull(vcf, "vcf");
  }

  /** Whether this is the structural-variant part. */
  public boolean structural() {
    return kind == TruthSetKind.STRUCTURAL_VARIANT;
  }

  /** The part's folder relative to the run folder: {@code unit/sample}, or {@code unit/sample/sv}. */
  public Path folder() {
    final Path f = Path.of(submission.unit(), submission.sample());
    return structural() ? f.resolve(SV_FOLDER) : f;
  }

  /** {@code unit/sample} or {@code unit/sample/sv}: the part's name in progress lines and messages. */
  public String key() {
    return structural() ? submission.key() + "/" + SV_FOLDER : submission.key();
  }
}
