package dk.harness.catalog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A local cache of truth-set files: {@code <dir>/<id>/<fileName>} per file, stratification BEDs at
 * {@code <dir>/<id>/<relative path from the TSV>}, and {@code <dir>/<id>/manifest.json} recording size, md5 and
 * sha256 of every file once verified.
 *
 * <p>Downloads go to {@code <file>.part} first and are resumed with an HTTP Range request when a {@code .part}
 * exists; a finished download is checked against the catalogue's md5 (and sha256/size when known) and only then
 * renamed into place atomically. A file failing its checksum is deleted (with its {@code .part}) and reported as a
 * {@link CatalogueException}; nothing unverified is ever left under its final name.
 *
 * <p>Not safe for two processes fetching the same id at once; different ids are independent.
 */
public final class TruthSetCache {
  /** Name of the per-set manifest. */
  public static final String MANIFEST = "manifest.json";

  private final Path dir;

  /** @param dir the cache root (created on first fetch) */
  public TruthSetCache(Path dir) {
    this.dir = Objects.requireNonNull(dir, "dir");
  }

  /** The cache root. */
  public Path dir() {
    return dir;
  }

  /** The folder of one set, {@code <dir>/<id>}. */
  public Path setDir(TruthSet set) {
    return dir.resolve(set.id());
  }

  /**
   * Downloads every file of {@code set} not yet verified in the cache (for stratification sets: the TSV, then every
   * BED it lists), verifies each and records it in the manifest.
   *
   * @return where the files are
   * @throws CatalogueException on HTTP errors, checksum mismatches or an unusable TSV
   * @throws java.io.UncheckedIOException on local I/O failure
   */
  public LocalTruthSet fetch(TruthSet set, Downloader downloader, FetchListener listener) {
    return new Fetcher(this, downloader, listener).fetch(set);
  }

  /**
   * Re-checks every file of {@code set} in the cache against the manifest's size and sha256 and the catalogue's
   * checksums. Reads every byte; does not use the network.
   */
  public VerifyReport verify(TruthSet set) {
    return new CacheVerifier(this).verify(set);
  }

  /**
   * The local files of a fetched set, without re-hashing them (cheap; use {@link #verify} for a full check).
   *
   * @return empty if the set was never fully fetched (no manifest, or a file listed in it is missing)
   */
  public Optional<LocalTruthSet> find(TruthSet set) {
    return new CacheVerifier(this).find(set);
  }

  /**
   * As {@link #find} but for callers that need the files.
   *
   * @throws CatalogueException if the set is not in the cache, telling the user to run
   *     {@code harness truth-sets fetch ID}
   */
  public LocalTruthSet resolve(TruthSet set) {
    return find(set).orElseThrow(() -> new CatalogueException(setDir(set), -1,
        "truth set '" + set.id() + "' is not in the cache (or incomplete)",
        "run 'harness truth-sets fetch " + set.id() + " --cache " + dir + "'"));
  }
}
