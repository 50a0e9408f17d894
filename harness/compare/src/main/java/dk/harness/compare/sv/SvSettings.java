package dk.harness.compare.sv;

import dk.harness.core.sv.SvConfig;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One SV comparison as asked for on the command line. Immutable.
 *
 * @param truth truth (Truvari: base) VCF
 * @param query query (Truvari: comp) VCF
 * @param includeBed regions to count in ({@code --includebed}), or null for the truth header's whole contigs
 * @param reference FASTA for resolving symbolic alleles, or null
 * @param stratification TSV of {@code name<TAB>bed} strata for the breakdown, or null
 * @param truthSample sample column of the truth VCF, or null for the first
 * @param querySample sample column of the query VCF, or null for the first
 * @param output result folder (must not exist or be empty)
 * @param config engine parameters
 */
public record SvSettings(Path truth, Path query, Path includeBed, Path reference, Path stratification,
    String truthSample, String querySample, Path output, SvConfig config) {
  public SvSettings {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(config, "config");
  }
}
