package dk.harness.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The truth-set catalogue ({@code truth-sets/catalogue.yaml}): a versioned list of {@link TruthSet}s. Immutable
 * and thread-safe once loaded.
 */
public final class TruthSetCatalogue {
  private final Path source;
  private final String version;
  private final List<String> changelog;
  private final List<TruthSet> truthSets;

  TruthSetCatalogue(Path source, String version, List<String> changelog, List<TruthSet> truthSets) {
    this.source = source;
    this.version = version;
    this.changelog = List.copyOf(changelog);
    this.truthSets = List.copyOf(truthSets);
  }

  /**
   * Reads and validates a catalogue file (YAML; JSON is valid YAML). Validation: required fields present, ids
   * unique and well-formed, URLs absolute http(s), checksums well-formed hex, roles known and unique per set,
   * small-variant and structural-variant sets have vcf + bed, stratification sets have a tsv.
   *
   * @throws CatalogueException naming the file, the entry and the fix when anything is wrong
   */
  public static TruthSetCatalogue load(Path file) {
    return CatalogueReader.read(file);
  }

  /** Classpath location of the catalogue bundled with this build (a copy of {@code truth-sets/catalogue.yaml}). */
  public static final String BUNDLED_RESOURCE = "/dk/harness/catalog/catalogue.yaml";

  /**
   * The catalogue bundled with this build. Its {@link #source()} is the pseudo-path
   * {@code truth-sets/catalogue.yaml (bundled)}, used in messages only.
   */
  public static TruthSetCatalogue bundled() {
    try (InputStream in = TruthSetCatalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled catalogue is missing from the classpath: " + BUNDLED_RESOURCE);
      }
      return CatalogueReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          Path.of("truth-sets/catalogue.yaml (bundled)"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  /** The file it was read from. */
  public Path source() {
    return source;
  }

  /** {@code catalogue_version} of the file, e.g. {@code 1.0.0}. */
  public String version() {
    return version;
  }

  /** Changelog notes, newest first, as written in the file. */
  public List<String> changelog() {
    return changelog;
  }

  /** All entries in file order. */
  public List<TruthSet> truthSets() {
    return truthSets;
  }

  /** The entry with this id, if any. */
  public Optional<TruthSet> find(String id) {
    return truthSets.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The entry with this id.
   *
   * @throws CatalogueException if there is none (the message lists how to see the known ids)
   */
  public TruthSet require(String id) {
    return find(id).orElseThrow(() -> new CatalogueException(source, -1, "no truth set with id '" + id + "'",
        "use one of the ids listed by 'harness truth-sets list'"));
  }
}
