package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AtomicOutputTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitMovesEverythingAndRemovesTheTemporaryFolder() throws IOException {
    final Path dir = TestFiles.scratch("atomic-commit");
    Files.writeString(dir.resolve("run.summary.csv"), "old");
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("sub/run"))) {
      assertEquals("run", out.tempPrefix().getFileName().toString());
      assertEquals(dir.resolve("sub"), out.tempPrefix().getParent().getParent());
      Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "a");
      Files.writeString(Path.of(out.tempPrefix() + ".metrics.json"), "{}");
      // Nothing visible at the prefix before the commit: only the hidden temporary folder and its lock.
      assertEquals(2, names(dir.resolve("sub")).size());
      final List<Path> moved = out.commit();
      assertEquals(dir.resolve("sub/run.metrics.json"), moved.get(moved.size() - 1), "metrics.json goes last");
    }
    assertEquals(List.of("run.metrics.json", "run.summary.csv"), names(dir.resolve("sub")));
    assertEquals("a", Files.readString(dir.resolve("sub/run.summary.csv")));
  }

  @Test
  void closeWithoutCommitLeavesNothing() throws IOException {
    final Path dir = TestFiles.scratch("atomic-abort");
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("run"))) {
      Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "partial");
      Files.createDirectories(out.tempPrefix().resolveSibling("nested"));
      Files.writeString(out.tempPrefix().resolveSibling("nested/x"), "x");
    }
    assertEquals(List.of(), names(dir));
    assertFalse(Files.exists(dir.resolve("run.summary.csv")));
    assertTrue(Files.isDirectory(dir), "a folder that existed before stays");
  }

  @Test
  void foldersMadeForAFailedRunAreRemovedAgain() throws IOException {
    final Path dir = TestFiles.scratch("atomic-abort-mkdir");
    try (AtomicOutput out = AtomicOutput.create(dir.resolve("a/b/run"))) {
      assertTrue(Files.isDirectory(dir.resolve("a/b")));
      Files.writeString(Path.of(out.tempPrefix() + ".summary.csv"), "partial");
    }
    assertEquals(List.of(), names(dir));
  }
}
