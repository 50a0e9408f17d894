package dk.harness.testdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the shared real data and per-test scratch folders under target/. */
public final class TestFiles {
  private TestFiles() {
  }

  /** The shared data folder; skips the test when it is missing (the rule of {@link SharedTestData}). */
  public static Path shared() {
    return SharedTestData.root();
  }

  /** The repository root: the nearest folder at or above user.dir whose pom.xml is harness-parent itself. */
  public static Path repoRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null) {
      final Path pom = dir.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>harness-parent</artifactId>")
            && !Files.readString(pom).contains("<parent>")) {
          return dir;
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("cannot find the repository root above " + System.getProperty("user.dir"));
  }

  /** The NA12878 chr20 data folder; skips the test when the shared data is missing. */
  public static Path na12878() {
    return SharedTestData.require("na12878-hg19-chr20-10mb");
  }

  /** A fresh, empty folder target/test-work/&lt;name&gt;. */
  public static Path scratch(String name) throws IOException {
    final Path dir = Path.of("target", "test-work", name).toAbsolutePath();
    deleteTree(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /** Deletes a folder and everything in it, if it exists. */
  public static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
