package dk.harness.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedTestDataTest {
  /** Where the skip tests' summary line goes, so it does not reach the build's console. */
  private static final PrintStream SINK = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void propertyWins(@TempDir Path tmp) {
    assertEquals(Path.of("/x/y"), SharedTestData.locate("/x/y", tmp));
  }

  @Test
  void walksUpToTheRootPomNotToAModuleNamingItAsParent(@TempDir Path tmp) throws IOException {
    final Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("pom.xml"), "<project><artifactId>harness-parent</artifactId></project>");
    final Path module = Files.createDirectories(repo.resolve("harness/io"));
    Files.writeString(module.resolve("pom.xml"),
        "<project><parent><artifactId>harness-parent</artifactId></parent><artifactId>harness-io</artifactId>");
    assertEquals(tmp.resolve("shared/data"), SharedTestData.locate(null, module));
    assertEquals(tmp.resolve("shared/data"), SharedTestData.locate(" ", repo));
  }

  @Test
  void aPropertyNamingNoFolderGivesWayToTheFolderBesideTheRoot(@TempDir Path tmp) throws IOException {
    final Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("pom.xml"), "<project><artifactId>harness-parent</artifactId></project>");
    final Path module = Files.createDirectories(repo.resolve("harness/io"));
    final String wrong = module.resolve("../shared/data").toString();
    assertEquals(tmp.resolve("repo/harness/shared/data"), SharedTestData.candidate(wrong, module),
        "nothing beside the root either: the named folder is the one reported");
    final Path real = Files.createDirectories(tmp.resolve("shared/data"));
    assertEquals(real, SharedTestData.candidate(wrong, module));
    final Path named = Files.createDirectories(tmp.resolve("elsewhere"));
    assertEquals(named, SharedTestData.candidate(named.toString(), module), "an existing named folder wins");
  }

  @Test
  void noRepositoryNoCandidate(@TempDir Path tmp) {
    assertNull(SharedTestData.locate(null, tmp));
  }

  @Test
  void aMissingFolderSkipsTheTest(@TempDir Path tmp) {
    withProperties(tmp.resolve("absent").toString(), null, () -> {
      final TestAbortedException e = assertThrows(TestAbortedException.class,
          () -> SharedTestData.root(SharedTestData.candidate(tmp.resolve("absent").toString(), tmp), SINK, null));
      assertTrue(e.getMessage().contains(tmp.resolve("absent").toString()), e.getMessage());
      return null;
    });
  }

  @Test
  void aMissingFolderFailsTheTestOnCi(@TempDir Path tmp) {
    withProperties(tmp.resolve("absent").toString(), null, () -> {
      final AssertionFailedError e = assertThrows(AssertionFailedError.class,
          () -> SharedTestData.root(SharedTestData.candidate(tmp.resolve("absent").toString(), tmp), SINK, "true"));
      assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
      return null;
    });
  }

  @Test
  void aMissingFolderFailsTheTestWhenRequired(@TempDir Path tmp) {
    withProperties(tmp.resolve("absent").toString(), "true", () -> {
      final AssertionFailedError e = assertThrows(AssertionFailedError.class,
          () -> SharedTestData.root(SharedTestData.candidate(tmp.resolve("absent").toString(), tmp), SINK, null));
      assertTrue(e.getMessage().contains("required") && e.getMessage().contains(tmp.resolve("absent").toString()),
          e.getMessage());
      return null;
    });
  }

  @Test
  void aMissingFileInAPresentFolderFailsRatherThanSkips(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("here.txt"), "x");
    withProperties(tmp.toString(), null, () -> {
      assertEquals(tmp.resolve("here.txt"), SharedTestData.require("here.txt"));
      final AssertionFailedError e = assertThrows(AssertionFailedError.class,
          () -> SharedTestData.require("set/not-there.vcf"));
      assertTrue(e.getMessage().contains("missing shared test file"), e.getMessage());
      return null;
    });
  }

  @Test
  void theMarkerLetsOnlyTheFirstJvmOfABuildSpeak(@TempDir Path tmp) {
    final String marker = tmp.resolve("target/notice-20261207").toString();
    assertTrue(SharedTestData.firstInBuild(marker));
    assertFalse(SharedTestData.firstInBuild(marker));
    assertTrue(SharedTestData.firstInBuild(null), "outside Maven every JVM speaks once");
  }

  @Test
  void theSummaryLineNamesTheFolderAndHowToGetIt() {
    final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    final Path missing = Path.of("/somewhere/shared/data");
    final String line = SharedTestData.summaryLine(missing);
    new PrintStream(buf, true, StandardCharsets.UTF_8).println(line);
    assertEquals(1, buf.toString(StandardCharsets.UTF_8).lines().count());
    assertTrue(line.contains("/somewhere/shared/data"), line);
    assertTrue(line.contains("test-data fetch --dest /somewhere/shared/data"), line);
  }

  private static void withProperties(String data, String required, Supplier<Void> body) {
    final String oldData = System.getProperty(SharedTestData.PROPERTY);
    final String oldRequired = System.getProperty(SharedTestData.REQUIRED_PROPERTY);
    final String oldNotice = System.getProperty(SharedTestData.NOTICE_PROPERTY);
    try {
      set(SharedTestData.PROPERTY, data);
      set(SharedTestData.REQUIRED_PROPERTY, required);
      // Keep this test's skip from claiming the build's one summary line.
      set(SharedTestData.NOTICE_PROPERTY, null);
      body.get();
    } finally {
      set(SharedTestData.PROPERTY, oldData);
      set(SharedTestData.REQUIRED_PROPERTY, oldRequired);
      set(SharedTestData.NOTICE_PROPERTY, oldNotice);
    }
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
