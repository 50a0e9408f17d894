package dk.harness.registry;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A truth set a round compares with, as a plan's inline {@code truth_sets} entry (docs/workflow.md): absolute
 * paths on the server. Immutable.
 *
 * @param id the id submissions refer to
 * @param version its version
 * @param sample the GIAB sample it describes (submissions for this sample are checked against it)
 * @param build the reference build, or null
 * @param vcf the truth VCF
 * @param confident the confident-regions BED, or null
 * @param reference the reference FASTA (indexed)
 * @param stratification the stratification TSV, or null
 * @param vcfSample the truth VCF's sample column, or null
 */
public record RoundTruthSet(String id, String version, String sample, String build, Path vcf, Path confident,
    Path reference, Path stratification, String vcfSample) {
  public RoundTruthSet {
    Names.id("truth set id", id);
    Names.id("truth set sample", sample);
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(vcf, "vcf");
    Objects.requireNonNull(reference, "reference");
  }
}
