package dk.harness.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Size, modification time and file identity of input files when they were opened, to notice a file replaced or
 * rewritten while the harness reads it (an index re-created, a reference swapped). Immutable; thread-safe.
 */
final class FileStamps {
  private record Stamp(Path file, long size, long modified, Object key) {
  }

  private final List<Stamp> stamps;

  private FileStamps(List<Stamp> stamps) {
    this.stamps = stamps;
  }

  /** Stamps the files that exist now (missing ones are left out: their absence is reported elsewhere). */
  static FileStamps of(Path... files) {
    final List<Stamp> out = new ArrayList<>();
    for (Path f : files) {
      final Stamp s = stamp(f);
      if (s != null) {
        out.add(s);
      }
    }
    return new FileStamps(List.copyOf(out));
  }

  /** The first file that differs from its stamp (or is gone), or null if none does. */
  Path changed() {
    for (Stamp s : stamps) {
      final Stamp now = stamp(s.file());
      if (now == null || now.size() != s.size() || now.modified() != s.modified()
          || !Objects.equals(now.key(), s.key())) {
        return s.file();
      }
    }
    return null;
  }

  private static Stamp stamp(Path f) {
    try {
      final BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
      return new Stamp(f, a.size(), a.lastModifiedTime().toMillis(), a.fileKey());
    } catch (IOException e) {
      return null;
    }
  }
}
