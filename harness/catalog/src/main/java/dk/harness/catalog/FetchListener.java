package dk.harness.catalog;

import java.net.URI;
import java.nio.file.Path;

/** Progress of {@link TruthSetCache#fetch}. Called on the fetching thread. */
public interface FetchListener {
  /** Does nothing. */
  FetchListener NONE = new FetchListener() {};

  /** A file is about to be downloaded; {@code resumeFrom} > 0 when a partial download is resumed. */
  default void starting(URI url, Path target, long resumeFrom) {}

  /** A file was already in the cache and verified; nothing downloaded. */
  default void cached(Path target) {}

  /** A file was downloaded and verified (or, see {@link #unverified}, only recorded). */
  default void done(Path target, long bytes) {}

  /**
   * A file was downloaded although no published checksum exists for it; its sha256 was recorded in the manifest so
   * later {@code verify} runs detect changes (trust on first use). Called after {@link #done}.
   */
  default void unverified(Path target, String sha256) {}
}
