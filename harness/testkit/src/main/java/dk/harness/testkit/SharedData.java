package dk.harness.testkit;

import dk.harness.testdata.SharedTestData;
import java.nio.file.Path;

/**
 * Where the read-only shared test data lives (normally {@code <repo>/../shared/data}). Immutable.
 *
 * <p>This is test support: it follows the one rule of {@link SharedTestData} (the system property
 * {@code harness.shared.data}, else {@code ../shared/data} beside the repository root; a missing folder skips the
 * test, or fails it in CI; a missing file in a present folder fails it).
 */
public final class SharedData {
  /** The system property surefire sets. */
  public static final String PROPERTY = SharedTestData.PROPERTY;

  private final Path root;

  private SharedData(Path root) {
    this.root = root;
  }

  /** Locates the data folder, or skips the calling test (fails it in CI) as {@link SharedTestData#root()} does. */
  public static SharedData require() {
    return new SharedData(SharedTestData.root());
  }

  /**
   * The candidate data folder, without checking that it exists.
   *
   * @param property value of {@value #PROPERTY}, or null/blank if unset
   * @param startDir where to start walking up (usually {@code user.dir})
   * @return see {@link SharedTestData#locate}
   */
  public static Path locate(String property, Path startDir) {
    return SharedTestData.locate(property, startDir);
  }

  /** The data folder (absolute). */
  public Path root() {
    return root;
  }

  /** A path under the data folder; fails the calling test if it does not exist (the folder is incomplete). */
  public Path require(String relative) {
    return SharedTestData.require(relative);
  }
}
