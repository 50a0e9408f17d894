package dk.harness.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

/** Test helpers: scratch folders under target/, repository root, deterministic random bytes. */
final class Files2 {
  private Files2() {}

  /** A fresh, empty folder target/test-work/&lt;name&gt;. */
  static Path scratch(String name) throws IOException {
    final Path dir = Path.of("target", "test-work", name).toAbsolutePath();
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  /** The repository root (the folder whose pom.xml lists the modules). */
  static Path repoRoot() throws IOException {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      final Path pom = dir.resolve("pom.xml");
      // Module poms name harness-parent as their parent; only the root pom lists the modules.
      if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the repository root above " + System.getProperty("user.dir"));
  }

  static byte[] randomBytes(int n, long seed) {
    final byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** All regular files below {@code dir}, as paths relative to it, sorted. */
  static java.util.List<String> listRelative(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    }
  }
}
