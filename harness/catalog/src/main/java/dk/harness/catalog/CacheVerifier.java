package dk.harness.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks what a {@link TruthSetCache} holds for one set. Stateless apart from the cache; never uses the network. */
final class CacheVerifier {
  private final TruthSetCache cache;

  CacheVerifier(TruthSetCache cache) {
    this.cache = cache;
  }

  VerifyReport verify(TruthSet set) {
    final Path dir = cache.setDir(set);
    final Manifest manifest = Manifest.read(dir, set.id());
    final List<VerifyReport.Check> checks = new ArrayList<>();
    for (TruthSetFile f : set.files()) {
      checks.add(check(dir, manifest, f.fileName(), f.size(), f.md5(), f.sha256()));
    }
    if (set.kind() == TruthSetKind.STRATIFICATION) {
      final Path tsv = dir.resolve(set.file(FileRole.TSV).orElseThrow().fileName());
      if (Files.isRegularFile(tsv)) {
        final Optional<TruthSetFile> list = set.file(FileRole.MD5_LIST);
        final Path listPath = list.map(l -> dir.resolve(l.fileName())).orElse(null);
        final Md5List md5s = listPath != null && Files.isRegularFile(listPath) ? Md5List.read(listPath) : null;
        for (StratificationTsv.Entry e : StratificationTsv.read(tsv)) {
          checks.add(check(dir, manifest, e.relativePath(), null, md5s == null ? null : md5s.lookup(e.relativePath()),
              null));
        }
      }
    }
    return new VerifyReport(set.id(), checks);
  }

  private static VerifyReport.Check check(Path dir, Manifest manifest, String rel, Long size, String md5,
      String sha256) {
    final Path file = dir.resolve(rel);
    if (!Files.isRegularFile(file)) {
      return new VerifyReport.Check(file, VerifyReport.Status.MISSING, "not in the cache");
    }
    final Manifest.Entry e = manifest.get(rel);
    if (e == null) {
      return new VerifyReport.Check(file, VerifyReport.Status.MISSING,
          "present but not recorded in " + TruthSetCache.MANIFEST + " (an unfinished or foreign copy)");
    }
    final Digests d = Digests.of(file);
    String bad = d.mismatch(e.size(), e.md5(), e.sha256());
    if (bad != null) {
      bad = bad + " (against " + TruthSetCache.MANIFEST + ")";
    } else {
      bad = d.mismatch(size, md5, sha256);
      if (bad != null) {
        bad = bad + " (against the catalogue)";
      }
    }
    return bad == null ? new VerifyReport.Check(file, VerifyReport.Status.OK, "")
        : new VerifyReport.Check(file, VerifyReport.Status.MISMATCH, bad);
  }

  Optional<LocalTruthSet> find(TruthSet set) {
    final Path dir = cache.setDir(set);
    if (!Files.isRegularFile(dir.resolve(TruthSetCache.MANIFEST))) {
      return Optional.empty();
    }
    final Manifest manifest = Manifest.read(dir, set.id());
    final Map<FileRole, Path> local = new EnumMap<>(FileRole.class);
    for (TruthSetFile f : set.files()) {
      if (!recorded(dir, manifest, f.fileName())) {
        return Optional.empty();
      }
      local.put(f.role(), dir.resolve(f.fileName()));
    }
    final List<Stratification> strats = new ArrayList<>();
    if (set.kind() == TruthSetKind.STRATIFICATION) {
      for (StratificationTsv.Entry e : StratificationTsv.read(local.get(FileRole.TSV))) {
        if (!recorded(dir, manifest, e.relativePath())) {
          return Optional.empty();
        }
        strats.add(new Stratification(e.name(), e.relativePath(), dir.resolve(e.relativePath())));
      }
    }
    return Optional.of(new LocalTruthSet(set, dir, local, strats));
  }

  private static boolean recorded(Path dir, Manifest manifest, String rel) {
    final Manifest.Entry e = manifest.get(rel);
    final Path f = dir.resolve(rel);
    try {
      return e != null && Files.isRegularFile(f) && Files.size(f) == e.size();
    } catch (IOException ex) {
      return false;
    }
  }
}
