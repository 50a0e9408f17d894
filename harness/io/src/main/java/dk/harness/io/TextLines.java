package dk.harness.io;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Line reader over a plain, gzip or bgzip text file that counts lines, so every message can name the line.
 * Decompression failures (a truncated or corrupt file) become {@link InputException}s. Plain and gzip text is
 * decoded as UTF-8; bgzip text with htsjdk's line reader (platform charset; VCF/BED data are ASCII). Lines end at
 * LF or CRLF. Not thread-safe.
 */
final class TextLines implements AutoCloseable {
  /** How a file is compressed, detected from its first bytes (never from its name). */
  enum Compression { PLAIN, GZIP, BGZF }

  private final Path path;
  private final Compression compression;
  /** Set for BGZF: its own readLine() reads no further than the current block, so errors name the right line. */
  private final BlockCompressedInputStream bgzf;
  private final BufferedReader reader;
  private long lineNo;

  private TextLines(Path path, Compression compression, BlockCompressedInputStream bgzf, BufferedReader reader) {
    this.path = path;
    this.compression = compression;
    this.bgzf = bgzf;
    this.reader = reader;
  }

  /**
   * Opens {@code path} for reading from the start.
   *
   * @param what a short noun for messages, e.g. "VCF" or "BED"
   * @throws InputException if the file is missing or unreadable
   */
  static TextLines open(Path path, String what) {
    final Compression compression = detect(path, what);
    try {
      final InputStream raw = Files.newInputStream(path);
      if (compression == Compression.BGZF) {
        return new TextLines(path, compression,
            new BlockCompressedInputStream(new BufferedInputStream(raw, 1 << 16)), null);
      }
      final InputStream in = compression == Compression.GZIP ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new TextLines(path, compression, null,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException e) {
      throw unreadable(path, what, e);
    }
  }

  /**
   * Reads the compression kind from the magic bytes.
   *
   * @throws InputException if the file is missing or unreadable
   */
  static Compression detect(Path path, String what) {
    if (!Files.isRegularFile(path)) {
      throw new InputException(path, -1, what + " file not found", "check the path");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64)) {
      in.mark(32);
      final int b0 = in.read();
      final int b1 = in.read();
      if (b0 != 0x1f || b1 != 0x8b) {
        return Compression.PLAIN;
      }
      in.reset();
      return BlockCompressedInputStream.isValidFile(in) ? Compression.BGZF : Compression.GZIP;
    } catch (IOException e) {
      throw unreadable(path, what, e);
    }
  }

  Compression compression() {
    return compression;
  }

  /** Number of the line last returned by {@link #readLine()} (1-based), 0 before the first. */
  long lineNumber() {
    return lineNo;
  }

  /**
   * The next line without its terminator, or null at the end.
   *
   * @throws InputException if decompression fails (truncated or corrupt file)
   */
  String readLine() {
    final String line;
    try {
      line = bgzf != null ? bgzf.readLine() : reader.readLine();
    } catch (EOFException | ZipException e) {
      throw truncated(e);
    } catch (IOException e) {
      throw new InputException(path, lineNo + 1, "cannot read the file (" + e.getMessage() + ")",
          "check the file is complete and readable", e);
    } catch (RuntimeException e) {
      // htsjdk reports bad BGZF blocks with unchecked exceptions (RuntimeIOException, SAMFormatException...).
      throw truncated(e);
    }
    if (line != null) {
      lineNo++;
    }
    return line;
  }

  private InputException truncated(Exception e) {
    return new InputException(path, lineNo + 1,
        "the compressed file is truncated or corrupt (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
        "re-create or re-download the file, e.g. re-compress the complete text with bgzip", e);
  }

  static InputException unreadable(Path path, String what, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InputException(path, -1, what + " file not found", "check the path", e);
    }
    return new InputException(path, -1, "cannot read the " + what + " file (" + e + ")",
        "check the file permissions", e);
  }

  @Override
  public void close() {
    try {
      if (bgzf != null) {
        bgzf.close();
      } else {
        reader.close();
      }
    } catch (IOException e) {
      // Closing a read-only stream cannot lose data; nothing useful to report.
    }
  }
}
