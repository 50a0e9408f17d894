package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A pipeline spec over the size limit is refused before it is parsed; one at the limit is read. */
class SpecLimitTest {

  /** The example spec with YAML comment lines appended up to {@code bytes}. */
  private static Path padded(Path dir, long bytes) throws IOException {
    final StringBuilder sb = new StringBuilder(Files.readString(PipelineSpecTest.example("north")));
    while (sb.length() < bytes - 1) {
      sb.append(sb.length() % 100 == 99 ? '\n' : '#');
    }
    sb.append('\n');
    final Path p = Files.writeString(dir.resolve("unit-north-" + bytes + ".yaml"), sb);
    assertEquals(bytes, Files.size(p));
    return p;
  }

  @Test
  void aSpecOverTheLimitIsRefusedNamingTheLimit() throws IOException {
    final Path p = padded(Files2.scratch("spec-limit"), SpecReader.MAX_BYTES + 1);
    final String m = assertThrows(CatalogueException.class, () -> PipelineSpec.load(p)).getMessage();
    assertTrue(m.startsWith(p + ": the pipeline spec is 262145 bytes, more than the 256 KiB a spec may have"), m);
  }

  @Test
  void aSpecAtTheLimitIsRead() throws IOException {
    final Path p = padded(Files2.scratch("spec-at-limit"), SpecReader.MAX_BYTES);
    assertEquals(PipelineSpec.load(PipelineSpecTest.example("north")).build(), PipelineSpec.load(p).build());
  }
}
