package dk.harness.council;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds external programs on the PATH for tests that use them (Chromium, MultiQC). */
final class Tools {
  private Tools() {
  }

  /** The first of {@code names} that is an executable on the PATH, or null. */
  static Path find(String... names) {
    final String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        if (dir.isEmpty()) {
          continue;
        }
        final Path p = Path.of(dir, name);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }
}
