package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A killed report's temporary file (made by hand as kill -9 leaves it) is removed by the next report. */
class ReportLeftoversTest {

  @Test
  void oldTemporaryFilesOfTheSameOutputAreRemovedYoungAndOtherOnesStay() throws IOException {
    final Path dir = Path.of("target", "test-work", "report-leftovers").toAbsolutePath();
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    final long hourAgo = System.currentTimeMillis() - 3_600_000;
    for (String name : List.of(".report.html4417706.partial", ".report.html9.partial", ".other.html5.partial",
        ".report.htmlx.partial")) {
      Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "<html"), FileTime.fromMillis(hourAgo));
    }
    Files.writeString(dir.resolve(".report.html12.partial"), "a concurrent report, writing now");
    CouncilReport.removeStale(dir, "report.html");
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(".other.html5.partial", ".report.html12.partial", ".report.htmlx.partial"),
          s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
