package dk.harness.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A truth set present in the cache: where each of its files is on local disk. Returned by
 * {@link TruthSetCache#fetch} and {@link TruthSetCache#resolve}. Immutable.
 *
 * @param truthSet the catalogue entry
 * @param dir the set's cache folder {@code <cache>/<id>/}
 * @param files local path per role (roles of the catalogue entry; {@link FileRole#STRATIFICATION_BED} is not in
 *     here, see {@code stratifications})
 * @param stratifications for stratification sets, the stratifications in TSV order with their local BEDs; empty
 *     for small-variant and structural-variant sets
 */
public record LocalTruthSet(TruthSet truthSet, Path dir, Map<FileRole, Path> files,
    List<Stratification> stratifications) {
  public LocalTruthSet {
    Objects.requireNonNull(truthSet, "truthSet");
    Objects.requireNonNull(dir, "dir");
    files = Map.copyOf(files);
    stratifications = List.copyOf(stratifications);
  }

  /** The local file with this role, if the set has one. */
  public Optional<Path> file(FileRole role) {
    return Optional.ofNullable(files.get(role));
  }

  /** The truth VCF ({@code --truth}). @throws IllegalStateException if the set has none (stratification set) */
  public Path vcf() {
    return required(FileRole.VCF);
  }

  /** The benchmark-regions BED ({@code --confident}). @throws IllegalStateException if the set has none */
  public Path bed() {
    return required(FileRole.BED);
  }

  /** The stratifications TSV. @throws IllegalStateException if the set has none (a benchmark set) */
  public Path tsv() {
    return required(FileRole.TSV);
  }

  private Path required(FileRole role) {
    final Path p = files.get(role);
    if (p == null) {
      throw new IllegalStateException(truthSet.id() + " has no " + role.label() + " file");
    }
    return p;
  }
}
