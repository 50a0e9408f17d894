package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.SharedTestData;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.function.Executable;

/** Locates the shared real data and makes scratch files under target/. */
final class TestFiles {
  private TestFiles() {
  }

  /** The shared data folder; skips the test when it is missing (the rule of {@link SharedTestData}). */
  static Path shared() {
    return SharedTestData.root();
  }

  /** A path in the shared data; skips when the folder is missing, fails when the folder lacks the file. */
  static Path shared(String relative) {
    return SharedTestData.require(relative);
  }

  /** A fresh, empty scratch folder target/test-work/{name}. */
  static Path scratch(String name) {
    final Path dir = Paths.get("target", "test-work", name).toAbsolutePath();
    try {
      if (Files.exists(dir)) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** A test resource of this package copied to {@code dir} (resources' mtimes are not reliable). */
  static Path resource(String name, Path dir) {
    try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      final Path out = dir.resolve(Paths.get(name).getFileName().toString());
      Files.write(out, in.readAllBytes());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** bgzip-compresses bytes (with the BGZF EOF block) into {@code out}. */
  static Path bgzip(byte[] data, Path out) {
    try (OutputStream os = new BlockCompressedOutputStream(out.toFile())) {
      os.write(data);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decompressed text of a gzip/bgzip file, or the text of a plain file. */
  static String text(Path file) {
    try {
      final byte[] head = Files.readAllBytes(file);
      if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return new String(head, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copy(Path from, Path to) {
    try {
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void touch(Path file, long epochMillis) {
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(epochMillis));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MANIFEST.tsv's vcf_records column by path. */
  static Map<String, Long> manifestRecordCounts() {
    final Map<String, Long> out = new HashMap<>();
    try {
      final List<String> lines = Files.readAllLines(shared("MANIFEST.tsv"));
      final List<String> header = List.of(lines.get(0).split("\t", -1));
      final int col = header.indexOf("vcf_records");
      for (String line : lines.subList(1, lines.size())) {
        final String[] f = line.split("\t", -1);
        if (f.length > col && !f[col].isEmpty()) {
          out.put(f[0], Long.parseLong(f[col]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Runs {@code body}, expecting an {@link InputException} whose one-line message names {@code file} (and
   * {@code :line} when line >= 0) and contains every {@code fragment}.
   */
  static InputException expectInputError(Path file, long line, Executable body, String... fragments) {
    final InputException e = assertThrows(InputException.class, body);
    final String msg = e.getMessage();
    assertTrue(!msg.contains("\n"), "message must be one line: " + msg);
    final String prefix = line >= 0 ? file + ":" + line + ": " : file + ": ";
    assertTrue(msg.startsWith(prefix), "message should start with '" + prefix + "': " + msg);
    for (String f : fragments) {
      assertTrue(msg.contains(f), "message should contain '" + f + "': " + msg);
    }
    return e;
  }
}
