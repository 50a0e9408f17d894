package dk.harness.workflow.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.workflow.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The intake and gates tests' view of {@link TestFiles}: the same locations, with the shared data required to exist
 * and scratch folders that do not throw checked exceptions.
 */
public final class Paths {
  private Paths() {
  }

  /** The repository root (see {@link TestFiles#repoRoot()}). */
  public static Path repoRoot() {
    return TestFiles.repoRoot();
  }

  /** The shared data folder (see {@link TestFiles#shared()}); fails the test when it is missing. */
  public static Path shared() {
    final Path abs = TestFiles.shared().toAbsolutePath().normalize();
    assertTrue(Files.isDirectory(abs), "shared test data missing: " + abs);
    return abs;
  }

  /** A fresh, empty folder target/test-work/NAME of this module. */
  public static Path scratch(String name) {
    try {
      return TestFiles.scratch(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
