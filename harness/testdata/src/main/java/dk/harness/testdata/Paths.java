package dk.harness.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The intake and gates tests' view of {@link TestFiles}: the same locations (a test skips when the shared data is
 * missing) and scratch folders that do not throw checked exceptions.
 */
public final class Paths {
  private Paths() {
  }

  /** The repository root (see {@link TestFiles#repoRoot()}). */
  public static Path repoRoot() {
    return TestFiles.repoRoot();
  }

  /** The shared data folder (see {@link TestFiles#shared()}); skips the test when it is missing. */
  public static Path shared() {
    return TestFiles.shared();
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
