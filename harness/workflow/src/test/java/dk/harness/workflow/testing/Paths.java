package dk.harness.workflow.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository root, the shared real data and a per-test scratch folder under target/. */
public final class Paths {
  private Paths() {
  }

  /** The repository root: the first folder at or above user.dir whose pom.xml IS harness-parent (not a child). */
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

  /** The shared data folder: system property {@code harness.shared.data}, else ../shared/data from the repo root. */
  public static Path shared() {
    final String prop = System.getProperty("harness.shared.data");
    final Path p = prop != null && Files.isDirectory(Path.of(prop)) ? Path.of(prop)
        : repoRoot().resolve("../shared/data");
    final Path abs = p.toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(abs), "shared test data missing: " + abs);
    return abs;
  }

  /** A fresh, empty folder target/test-work/NAME of this module. */
  public static Path scratch(String name) {
    final Path dir = Path.of("target", "test-work", name).toAbsolutePath();
    try {
      if (Files.exists(dir)) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return dir;
  }
}
