package dk.harness.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fetch of one truth set into a {@link TruthSetCache}. Single use, single thread.
 *
 * <p>Each file is downloaded to {@code <file>.part} by {@link PartDownload} (resumed with an HTTP Range request when
 * a {@code .part} is already there), verified, and only then renamed to its final name and recorded in the manifest. The manifest is
 * rewritten after every file, so an interrupted fetch keeps what it already verified.
 */
final class Fetcher {
  private final TruthSetCache cache;
  private final Downloader downloader;
  private final FetchListener listener;

  Fetcher(TruthSetCache cache, Downloader downloader, FetchListener listener) {
    this.cache = cache;
    this.downloader = downloader;
    this.listener = listener == null ? FetchListener.NONE : listener;
  }

  LocalTruthSet fetch(TruthSet set) {
    final Path dir = cache.setDir(set);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create cache folder " + dir, e);
    }
    final Manifest manifest = Manifest.read(dir, set.id());
    final Map<FileRole, Path> local = new EnumMap<>(FileRole.class);
    for (TruthSetFile f : set.files()) {
      ensure(manifest, dir, f.fileName(), f.url(), f.size(), f.md5(), f.sha256(), catalogueChecks(f));
      local.put(f.role(), dir.resolve(f.fileName()));
    }
    final List<Stratification> strats = new ArrayList<>();
    if (set.kind() == TruthSetKind.STRATIFICATION) {
      final TruthSetFile tsv = set.file(FileRole.TSV).orElseThrow();
      final Path tsvPath = local.get(FileRole.TSV);
      final Optional<TruthSetFile> listFile = set.file(FileRole.MD5_LIST);
      final Md5List md5s = listFile.isPresent() ? Md5List.read(local.get(FileRole.MD5_LIST)) : null;
      for (StratificationTsv.Entry e : StratificationTsv.read(tsvPath)) {
        final String md5 = md5s == null ? null : md5s.lookup(e.relativePath());
        if (md5s != null && md5 == null) {
          throw new CatalogueException(tsvPath, e.line(), "the md5 list " + listFile.get().fileName()
              + " has no entry for " + e.relativePath() + ", so it cannot be verified",
              "check the catalogue pairs the TSV with the md5 list of the same release");
        }
        // BED paths in the TSV are relative to the TSV's own location on the server.
        final URI url = tsv.url().resolve(e.relativePath());
        ensure(manifest, dir, e.relativePath(), url, null, md5, null,
            md5 == null ? null : "md5 list " + listFile.get().fileName());
        strats.add(new Stratification(e.name(), e.relativePath(), dir.resolve(e.relativePath())));
      }
    }
    return new LocalTruthSet(set, dir, local, strats);
  }

  /** What the catalogue lets us check a file against, for the manifest; null when nothing. */
  private static String catalogueChecks(TruthSetFile f) {
    final List<String> what = new ArrayList<>();
    if (f.md5() != null) {
      what.add("md5");
    }
    if (f.sha256() != null) {
      what.add("sha256");
    }
    if (f.size() != null) {
      what.add("size");
    }
    return what.isEmpty() ? null : "catalogue " + String.join("+", what) + " (" + f.checksumSource() + ")";
  }

  /** Makes sure {@code dir/rel} is present and verified, downloading it if needed. */
  private void ensure(Manifest manifest, Path dir, String rel, URI url, Long size, String md5, String sha256,
      String checkedAgainst) {
    final Path target = dir.resolve(rel);
    final Manifest.Entry known = manifest.get(rel);
    if (known != null && isCachedCopy(target, known, size, md5, sha256)) {
      listener.cached(target);
      return;
    }
    final URI from = downloader.effective(url);
    final Path part = target.resolveSibling(target.getFileName() + ".part");
    try {
      Files.createDirectories(target.getParent());
      // A stale or unrecorded copy must not survive under the final name while its replacement is fetched.
      manifest.remove(rel);
      Files.deleteIfExists(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + target, e);
    }
    new PartDownload(downloader, listener, from, part, target).run();
    final Digests d = Digests.of(part);
    final String bad = d.mismatch(size, md5, sha256);
    if (bad != null) {
      PartDownload.deleteQuietly(part);
      throw new CatalogueException(target, -1, "the download from " + from + " failed verification (" + bad
          + "); it was deleted and nothing was stored", "run the fetch again; if it fails again the server copy or "
          + "the catalogue entry is wrong and should be reported");
    }
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + part + " into place", e);
    }
    manifest.put(rel, new Manifest.Entry(from.toString(), d.size(), d.md5(), d.sha256(),
        checkedAgainst == null ? Manifest.NOT_VERIFIED : checkedAgainst));
    manifest.write(dir);
    listener.done(target, d.size());
    if (checkedAgainst == null) {
      listener.unverified(target, d.sha256());
    }
  }

  /**
   * A file recorded in the manifest counts as cached when it still has its recorded size and the recorded digests
   * agree with what the catalogue expects now (the catalogue may have gained a checksum since). Contents are not
   * re-hashed here; {@link TruthSetCache#verify} does that.
   */
  private static boolean isCachedCopy(Path target, Manifest.Entry known, Long size, String md5, String sha256) {
    try {
      if (!Files.isRegularFile(target) || Files.size(target) != known.size()) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    return (size == null || size == known.size()) && (md5 == null || md5.equals(known.md5()))
        && (sha256 == null || sha256.equals(known.sha256()));
  }

}
