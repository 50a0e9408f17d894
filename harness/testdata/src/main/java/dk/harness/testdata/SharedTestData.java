package dk.harness.testdata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule every test follows to reach the read-only shared test data ({@code <repo>/../shared/data}).
 *
 * <ul>
 *   <li>Where: the folder the system property {@value #PROPERTY} names (the root pom sets it for surefire) when it
 *       exists, else {@code ../shared/data} beside the repository root found by walking up from {@code user.dir}.
 *   <li>Folder missing: the calling test is skipped (a JUnit assumption), and one summary line naming the folder and
 *       how to get it is printed once per build (see {@value #NOTICE_PROPERTY}), not once per test. When the system
 *       property {@value #REQUIRED_PROPERTY} is {@code true}, or the environment variable {@code CI} is
 *       {@code true} (as on the CI machine, which runs the README's plain {@code mvn -B verify}), the test fails
 *       instead.
 *   <li>Folder present but a file in it missing: the test fails. A partial copy of the data, or a mistyped path,
 *       must not turn into a silent skip.
 * </ul>
 *
 * <p>Stateless apart from the once-per-JVM flag of the summary line; thread-safe.
 */
public final class SharedTestData {
  /** System property naming the data folder. */
  public static final String PROPERTY = "harness.shared.data";

  /** System property that, when {@code true}, turns a missing data folder into a test failure (CI). */
  public static final String REQUIRED_PROPERTY = "harness.shared.data.required";

  /**
   * System property naming a marker file, the same for every test JVM of one Maven build (the root pom derives it
   * from the build's start time). The JVM that creates it prints the summary line; the others stay quiet.
   */
  public static final String NOTICE_PROPERTY = "harness.shared.data.notice";

  /** How to get the data, in every message about it. */
  static final String HOW_TO_GET = "copy the shared data folder there, or fetch its public files with "
      + "'bin/harness test-data fetch --dest %s' (docs/reliability.md, \"Build hygiene and a bare checkout\")";

  private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

  private SharedTestData() {
  }

  /**
   * The data folder (absolute, normalised); skips the calling test when it is missing, or fails it when
   * {@value #REQUIRED_PROPERTY} is true.
   */
  public static Path root() {
    return root(candidate(), System.out);
  }

  /** As {@link #root()} for a given candidate folder, printing the summary line (if it is this JVM's turn) there. */
  static Path root(Path candidate, PrintStream notices) {
    return root(candidate, notices, System.getenv("CI"));
  }

  /** As {@link #root(Path, PrintStream)} with the value of the {@code CI} environment variable given (null: unset). */
  static Path root(Path candidate, PrintStream notices, String ciVariable) {
    if (Files.isDirectory(candidate)) {
      return candidate;
    }
    final String how = String.format(HOW_TO_GET, candidate);
    if (required(ciVariable)) {
      Assertions.fail("the shared test data is required (CI=true or -D" + REQUIRED_PROPERTY + "=true) but "
          + candidate + " does not exist: " + how);
    }
    printNoticeOnce(candidate, notices);
    Assumptions.abort("needs the shared test data, not found at " + candidate);
    throw new AssertionError("unreachable: Assumptions.abort returned");
  }

  /** Whether a missing data folder fails the test: on CI ({@code CI=true}) or when asked for by the property. */
  static boolean required(String ciVariable) {
    return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY)) || "true".equalsIgnoreCase(ciVariable);
  }

  /**
   * A file or folder under the data folder. Skips (or fails, see {@link #root()}) when the data folder is missing;
   * fails when the folder is there but {@code relative} is not.
   */
  public static Path require(String relative) {
    final Path p = root().resolve(relative);
    Assertions.assertTrue(Files.exists(p), () -> "missing shared test file " + p + ": the shared data folder "
        + "is incomplete or the test names a wrong path");
    return p;
  }

  /** Where the data folder should be (absolute, normalised), whether or not it exists. */
  public static Path candidate() {
    return candidate(System.getProperty(PROPERTY), Path.of(System.getProperty("user.dir")));
  }

  /**
   * The folder {@code property} names when it exists; else the one beside the repository root above
   * {@code startDir} when that exists (Maven run from a module folder sets the property relative to that module);
   * else the named one, or the one beside the root, as the place to report.
   */
  static Path candidate(String property, Path startDir) {
    final Path named = property == null || property.isBlank() ? null : Path.of(property);
    final Path walked = locate(null, startDir);
    final Path chosen;
    if (named != null && (Files.isDirectory(named) || walked == null || !Files.isDirectory(walked))) {
      chosen = named;
    } else {
      chosen = walked != null ? walked : startDir.resolve("../shared/data");
    }
    return chosen.toAbsolutePath().normalize();
  }

  /**
   * The candidate data folder, without checking that it exists.
   *
   * @param property value of {@value #PROPERTY}, or null/blank if unset
   * @param startDir where to start walking up (usually {@code user.dir})
   * @return the folder the property names, else {@code <repo root>/../shared/data}, else null if no repository root
   *     (a folder whose {@code pom.xml} is {@code harness-parent} itself, not a module naming it as parent) is found
   *     above {@code startDir}
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

  /** The repository root above {@code user.dir}, or null when there is none. */
  public static Path repositoryRoot() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (isRepositoryRoot(dir)) {
        return dir;
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
      final String text = Files.readString(pom);
      return text.contains("<artifactId>harness-parent</artifactId>") && !text.contains("<parent>");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Prints the summary line unless this JVM, or another test JVM of the same build (the marker file of
   * {@value #NOTICE_PROPERTY}), already did.
   */
  static void printNoticeOnce(Path missing, PrintStream out) {
    if (!NOTICE_PRINTED.compareAndSet(false, true) || !firstInBuild(System.getProperty(NOTICE_PROPERTY))) {
      return;
    }
    out.println(summaryLine(missing));
    out.flush();
  }

  /** The one line a build prints when the data folder is missing. */
  static String summaryLine(Path missing) {
    return "harness tests: shared test data not found at " + missing + "; the tests that need it are skipped "
        + "(CI fails instead). To run them: " + String.format(HOW_TO_GET, missing);
  }

  /**
   * Creates the marker file; false when it already exists. Without a marker (a test run outside Maven) every JVM
   * counts as first. A marker that cannot be written does not hide the line.
   */
  static boolean firstInBuild(String marker) {
    if (marker == null || marker.isBlank()) {
      return true;
    }
    try {
      final Path m = Path.of(marker);
      Files.createDirectories(m.toAbsolutePath().getParent());
      Files.createFile(m);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
