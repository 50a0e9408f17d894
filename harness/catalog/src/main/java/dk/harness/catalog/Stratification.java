package dk.harness.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One stratification of a stratification set: a name (as used in reports, e.g. {@code GRCh38_AllTandemRepeats})
 * and the BED of regions it covers.
 *
 * @param name stratification name, cleaned of publisher quirks (e.g. a trailing dot is removed)
 * @param relativePath the BED path relative to the TSV, as the TSV gives it (forward slashes, never absolute,
 *     never containing {@code ..})
 * @param file the local BED in the cache; null when the entry only describes the remote layout
 */
public record Stratification(String name, String relativePath, Path file) {
  public Stratification {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relativePath, "relativePath");
  }
}
