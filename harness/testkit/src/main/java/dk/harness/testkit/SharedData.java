package dk.harness.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the read-only shared test data lives (normally {@code <repo>/../shared/data}). Immutable.
 *
 * <p>This is test support, so unlike production code it reads one system property: {@code harness.shared.data}
 * (surefire sets it from the root pom). Without it, the folder is found by walking up from {@code user.dir} to
 * the repository root (the directory whose {@code pom.xml} declares {@code harness-parent}) and taking
 * {@code ../shared/data} from there.
 */
public final class SharedData {
  /** The system property surefire sets. */
  public static final String PROPERTY = "harness.shared.data";

  private final Path root;

  private SharedData(Path root) {
    this.root = root;
  }

  /**
   * Locates the data folder from the environment, or skips the calling test (JUnit assumption) with a message
   * that says where it looked and how to point at it.
   */
  public static SharedData require() {
    final Path found = locate(System.getProperty(PROPERTY), Path.of(System.getProperty("user.dir")));
    Assumptions.assumeTrue(found != null && Files.isDirectory(found),
        () -> "shared test data not found (looked at " + (found == null ? "<no candidate>" : found)
            + "); set -D" + PROPERTY + "=/path/to/shared/data or put it at ../shared/data next to the repository");
    return new SharedData(found.toAbsolutePath().normalize());
  }

  /**
   * The candidate data folder, without checking that it exists.
   *
   * @param property value of {@value #PROPERTY}, or null/blank if unset
   * @param startDir where to start walking up (usually {@code user.dir})
   * @return the folder the property names, else {@code <repo root>/../shared/data}, else null if no
   *     repository root is found above {@code startDir}
   */
  public static Path locate(String property, Path startDir) {
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    for (Path dir = startDir.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (isRepositoryRoot(dir)) {
        return dir.resolveSibling("shared").resolve("data");
      }
    }
    return null;
  }

  private static boolean isRepositoryRoot(Path dir) {
    final Path pom = dir.resolve("pom.xml");
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      return Files.readString(pom).contains("<artifactId>harness-parent</artifactId>");
    } catch (IOException e) {
      return false;
    }
  }

  /** The data folder (absolute). */
  public Path root() {
    return root;
  }

  /**
   * A path under the data folder; skips the calling test if it does not exist (so a partial copy of the data
   * skips rather than fails).
   */
  public Path require(String relative) {
    final Path p = root.resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), () -> "shared test data file missing: " + p);
    return p;
  }
}
