package dk.harness.council;

import java.util.List;

/**
 * A truth set of a run, as {@code run.json} records it. Immutable.
 *
 * @param id the plan's id
 * @param version its version
 * @param catalogueId the catalogue id, or null for an inline truth set
 * @param sample the GIAB sample, or null
 * @param build the reference build, or null
 * @param files its files (truth, reference, confident, stratification, ...) with their checksums, in recorded order
 * @param strata the stratification names used, in order; empty when none or unknown
 * @param records truth records read, or null when not loaded
 * @param loadSeconds time to read it, or null
 */
public record TruthSetInfo(String id, String version, String catalogueId, String sample, String build,
    List<FileRef> files, List<String> strata, Long records, Double loadSeconds) {
  public TruthSetInfo {
    files = List.copyOf(files);
    strata = List.copyOf(strata);
  }
}
