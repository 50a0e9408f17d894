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

  /** A file was downloaded and verified. */
  default void done(Path target, long bytes) {}
}
