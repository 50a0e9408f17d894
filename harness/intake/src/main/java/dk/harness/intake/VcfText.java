package dk.harness.intake;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a plain, gzip or bgzip text file line by line, counting lines; opened read-only, so the file is never
 * modified. Not thread-safe.
 */
final class VcfText implements AutoCloseable {
  /** How the file is compressed, from its magic bytes. */
  enum Compression { PLAIN, GZIP, BGZF }

  private final BufferedReader reader;
  private long lineNo;

  private VcfText(BufferedReader reader) {
    this.reader = reader;
  }

  /** Detects the compression from the first bytes (never from the name). */
  static Compression detect(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64)) {
      in.mark(32);
      final int b0 = in.read();
      final int b1 = in.read();
      if (b0 != 0x1f || b1 != 0x8b) {
        return Compression.PLAIN;
      }
      in.reset();
      return BlockCompressedInputStream.isValidFile(in) ? Compression.BGZF : Compression.GZIP;
    }
  }

  /** Intake must see the same bytes as the comparison: a block whose CRC32 does not match is refused. */
  private static BlockCompressedInputStream crcChecked(BlockCompressedInputStream in) {
    in.setCheckCrcs(true);
    return in;
  }

  static VcfText open(Path file) throws IOException {
    final Compression c = detect(file);
    final InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    final InputStream in = switch (c) {
      case PLAIN -> raw;
      case GZIP -> new GZIPInputStream(raw, 1 << 16);
      case BGZF -> crcChecked(new BlockCompressedInputStream(raw));
    };
    return new VcfText(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
  }

  /**
   * The next line without terminator, or null at the end.
   *
   * @throws IOException on a read or decompression failure (htsjdk's unchecked BGZF errors are wrapped)
   */
  String readLine() throws IOException {
    final String line;
    try {
      line = reader.readLine();
    } catch (RuntimeException e) {
      throw new IOException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    if (line != null) {
      lineNo++;
    }
    return line;
  }

  /** 1-based number of the line last returned. */
  long lineNumber() {
    return lineNo;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
