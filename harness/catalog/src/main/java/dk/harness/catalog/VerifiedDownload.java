package dk.harness.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One file fetched to a path of the caller's choosing, with the truth-set cache's guarantees: downloaded to
 * {@code <file>.part} (resumed with an HTTP Range request when a {@code .part} is already there), checked against
 * the expected size and sha256, and only then moved into place. A download that fails the check is deleted. Used by
 * {@link SharedDataFetch}; stateless.
 */
public final class VerifiedDownload {
  private VerifiedDownload() {
  }

  /**
   * Makes sure {@code target} holds the expected bytes.
   *
   * @return true when it was downloaded, false when a file with that size and sha256 was already there
   * @throws CatalogueException when the download fails or the bytes differ (the partial file is kept for resuming
   *     after a broken transfer, deleted after a failed check)
   */
  public static boolean ensure(Downloader downloader, URI url, Path target, long size, String sha256,
      FetchListener listener) {
    if (Files.isRegularFile(target) && Digests.of(target).mismatch(size, null, sha256) == null) {
      listener.cached(target);
      return false;
    }
    final URI from = downloader.effective(url);
    final Path part = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + target, e);
    }
    new PartDownload(downloader, listener, from, part, target).run();
    final String bad = Digests.of(part).mismatch(size, null, sha256);
    if (bad != null) {
      PartDownload.deleteQuietly(part);
      throw new CatalogueException(target, -1, "the download from " + from + " failed verification (" + bad
          + "); it was deleted and nothing was stored", "run the fetch again; if it fails again the origin no longer "
          + "serves these bytes and the source list (test-data/sources.tsv) must be corrected");
    }
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + part + " into place", e);
    }
    listener.done(target, size);
    return true;
  }
}
