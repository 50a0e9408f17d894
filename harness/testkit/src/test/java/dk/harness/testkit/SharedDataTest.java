package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

  @Test
  void propertyWins(@TempDir Path tmp) {
    assertEquals(Path.of("/x/y"), SharedData.locate("/x/y", tmp));
  }

  @Test
  void walksUpToTheRepositoryRoot(@TempDir Path tmp) throws IOException {
    final Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.writeString(repo.resolve("pom.xml"), "<project><artifactId>harness-parent</artifactId></project>");
    final Path module = Files.createDirectories(repo.resolve("harness/testkit"));
    Files.writeString(module.resolve("pom.xml"), "<project><artifactId>harness-testkit</artifactId></project>");
    assertEquals(tmp.resolve("shared/data"), SharedData.locate(null, module));
    assertEquals(tmp.resolve("shared/data"), SharedData.locate(" ", repo));
  }

  @Test
  void noRepositoryNoCandidate(@TempDir Path tmp) {
    assertNull(SharedData.locate(null, tmp));
  }
}
