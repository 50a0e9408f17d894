package dk.harness.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One catalogue entry: a truth set (a benchmark or a stratification set) for one sample, release and build.
 * Immutable.
 *
 * @param id unique id, lower-case {@code [a-z0-9._-]+}, e.g. {@code giab-hg002-v4.2.1-grch38}
 * @param sample GIAB sample {@code HG001}..{@code HG007}, or null for sample-independent sets (stratifications)
 * @param release the publisher's release label, e.g. {@code v4.2.1}, {@code CMRG v1.00}, {@code v3.1}
 * @param build reference build the files are on
 * @param kind small-variant or structural-variant benchmark, or stratification set
 * @param files the files, in catalogue order; roles are unique
 * @param licence licence or terms of use, as published
 * @param citation how to cite it (publication and/or DOI)
 * @param checksumNote why a checksum is missing or where the checksums come from; may be null
 * @param description a one-line human description; may be null
 */
public record TruthSet(String id, String sample, String release, Build build, TruthSetKind kind,
    List<TruthSetFile> files, String licence, String citation, String checksumNote, String description) {
  public TruthSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(kind, "kind");
    files = List.copyOf(files);
  }

  /** The file with the given role, if the set has one. */
  public Optional<TruthSetFile> file(FileRole role) {
    return files.stream().filter(f -> f.role() == role).findFirst();
  }
}
