package dk.harness.workflow.plan;

import dk.harness.catalog.TruthSetKind;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One truth set of a plan, with its files on local disk. Either defined inline in the plan, or a catalogue entry
 * resolved through the truth-set cache (then {@code version} is the catalogue's release and the VCF and BED come
 * from the cache). Immutable.
 *
 * @param id the truth set's id, as submissions refer to it
 * @param version its version (inline: {@code version}; catalogue: the release, e.g. {@code v4.2.1})
 * @param catalogueId the catalogue id when resolved through the catalogue, else null
 * @param sample the GIAB sample it describes (e.g. {@code HG002}), or null when not stated
 * @param build the reference build (e.g. {@code GRCh38}), or null when not stated
 * @param vcf the truth VCF
 * @param confident the confident-regions BED (for a structural-variant set: Truvari's {@code --includebed}), or null
 * @param reference the reference FASTA (indexed); required for small-variant sets, optional (null) for
 *     structural-variant sets (Truvari's {@code --reference})
 * @param stratification the stratification TSV, or null
 * @param vcfSample the truth VCF's sample column, or null for its only sample
 * @param line the plan line where it is defined (for messages)
 * @param kind {@link TruthSetKind#SMALL_VARIANT} (benchmarked with {@code truth_set}) or
 *     {@link TruthSetKind#STRUCTURAL_VARIANT} (benchmarked with {@code sv_truth_set})
 */
public record PlanTruthSet(String id, String version, String catalogueId, String sample, String build, Path vcf,
    Path confident, Path reference, Path stratification, String vcfSample, int line, TruthSetKind kind) {
  public PlanTruthSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vcf, "vcf");
    Objects.requireNonNull(kind, "kind");
    if (kind == TruthSetKind.SMALL_VARIANT) {
      Objects.requireNonNull(reference, "reference");
    } else if (kind != TruthSetKind.STRUCTURAL_VARIANT) {
      throw new IllegalArgumentException("a plan truth set is small-variant or structural-variant, not " + kind);
    }
  }

  /** A small-variant truth set (the only kind before structural variants). */
  public PlanTruthSet(String id, String version, String catalogueId, String sample, String build, Path vcf,
      Path confident, Path reference, Path stratification, String vcfSample, int line) {
    this(id, version, catalogueId, sample, build, vcf, confident, reference, stratification, vcfSample, line,
        TruthSetKind.SMALL_VARIANT);
  }

  /** Whether this is a structural-variant truth set. */
  public boolean structural() {
    return kind == TruthSetKind.STRUCTURAL_VARIANT;
  }
}
