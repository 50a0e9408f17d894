package dk.harness.workflow.plan;

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
 * @param confident the confident-regions BED, or null
 * @param reference the reference FASTA (indexed)
 * @param stratification the stratification TSV, or null
 * @param vcfSample the truth VCF's sample column, or null for its only sample
 * @param line the plan line where it is defined (for messages)
 */
public record PlanTruthSet(String id, String version, String catalogueId, String sample, String build, Path vcf,
    Path confident, Path reference, Path stratification, String vcfSample, int line) {
  public PlanTruthSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vcf, "vcf");
    Objects.requireNonNull(reference, "reference");
  }
}
