package dk.harness.io;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Line reader over a plain, gzip or bgzip text file that counts lines, so every message can name the line.
 * Decompression failures (a truncated or corrupt file) become {@link InputException}s, raised when the line
 * that needs the damaged bytes is read. Lines end at LF, CRLF or a lone CR (as {@link java.io.BufferedReader}
 * and htsjdk's line reader split them). Text is decoded as UTF-8 whatever the compression (the VCF spec's
 * encoding): with the platform charset a non-ASCII sample name would read differently under another locale
 * (Java 17's default follows it). Not thread-safe.
 *
 * <p>Lines are split in a byte buffer; {@link #nextLine()} exposes the current line as bytes without building a
 * String (the fast VCF path), {@link #readLine()} returns it as a String.
 */
final class TextLines implements AutoCloseable {
  /** How a file is compressed, detected from its first bytes (never from its name). */
  enum Compression { PLAIN, GZIP, BGZF }

  private static final int BUFFER = 1 << 17;

  private final Path path;
  private final Compression compression;
  private final InputStream in;
  /** Set for BGZF: reads stop at block ends, so a damaged block fails exactly the line that runs into it. */
  /** Empty BGZF blocks in a row taken as the end of the file (concatenated files have one between them). */
  private static final int MAX_EMPTY_BLOCKS_IN_A_ROW = 64;

  private final BlockCompressedInputStream bgzf;
  private final Charset charset;
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNo;
  private int lineStart;
  private int lineEnd;

  private TextLines(Path path, Compression compression, InputStream in, BlockCompressedInputStream bgzf,
      Charset charset) {
    this.path = path;
    this.compression = compression;
    this.in = in;
    this.bgzf = bgzf;
    this.charset = charset;
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
        final BlockCompressedInputStream b = new BlockCompressedInputStream(new BufferedInputStream(raw, 1 << 16));
        // Without the CRC a flipped bit in a stored or still-inflatable block changes a base or a genotype silently.
        b.setCheckCrcs(true);
        return new TextLines(path, compression, b, b, StandardCharsets.UTF_8);
      }
      final InputStream in = compression == Compression.GZIP ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new TextLines(path, compression, in, null, StandardCharsets.UTF_8);
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

  /** Number of the line last returned by {@link #readLine()} or {@link #nextLine()} (1-based), 0 before the first. */
  long lineNumber() {
    return lineNo;
  }

  /**
   * The next line without its terminator, or null at the end.
   *
   * @throws InputException if decompression fails (truncated or corrupt file)
   */
  String readLine() {
    return nextLine() ? lineString() : null;
  }

  /**
   * Moves to the next line, exposed as {@code buffer()[lineStart(), lineEnd())} until the next call.
   *
   * @return false at the end of the file
   * @throws InputException if decompression fails (truncated or corrupt file)
   */
  boolean nextLine() {
    int i = pos;
    while (true) {
      while (i + 8 <= limit) {
        final long w = WordScan.word(buf, i);
        final long hits = WordScan.matches(w, (byte) '\n') | WordScan.matches(w, (byte) '\r');
        if (hits != 0) {
          i += WordScan.first(hits);
          break;
        }
        i += 8;
      }
      while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      if (i < limit) {
        if (buf[i] == '\n') {
          return found(i, i + 1);
        }
        if (i + 1 < limit) {
          return found(i, buf[i + 1] == '\n' ? i + 2 : i + 1);
        }
        if (eof) {
          return found(i, i + 1);
        }
      } else if (eof) {
        return pos < limit && found(limit, limit);
      }
      i -= fill();
    }
  }

  /** The buffer holding the current line; valid until the next read. */
  byte[] buffer() {
    return buf;
  }

  int lineStart() {
    return lineStart;
  }

  int lineEnd() {
    return lineEnd;
  }

  /** The current line as a String, decoded as {@link #readLine()} decodes it. */
  String lineString() {
    return new String(buf, lineStart, lineEnd - lineStart, charset);
  }

  /** A line's bytes decoded as this reader decodes lines. */
  String decode(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, charset);
  }

  private boolean found(int end, int next) {
    lineStart = pos;
    lineEnd = end;
    pos = next;
    lineNo++;
    return true;
  }

  /**
   * Reads more bytes after the unread ones, moving them to the buffer start first (growing it for long lines).
   *
   * @return how far the unread bytes moved down
   */
  private int fill() {
    final int shift = pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int want = buf.length - limit;
      if (bgzf != null) {
        final int available = nextAvailable(bgzf);
        if (available == 0) {
          eof = true;
          return shift;
        }
        want = Math.min(want, available);
      }
      final int n = in.read(buf, limit, want);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    } catch (EOFException | ZipException e) {
      throw truncated(e);
    } catch (IOException e) {
      throw new InputException(path, lineNo + 1, "cannot read the file (" + e.getMessage() + ")",
          "check the file is complete and readable", e);
    } catch (RuntimeException e) {
      // htsjdk reports bad BGZF blocks with unchecked exceptions (RuntimeIOException, SAMFormatException...).
      throw truncated(e);
    }
    return shift;
  }

  /**
   * The bytes left in the current block, loading the next one when it is used up. htsjdk answers 0 at any empty
   * block, but an empty block (the BGZF end-of-file marker) also stands in the middle of two bgzip files
   * concatenated with {@code cat}, which htslib reads through; each further call moves past one empty block, and
   * at the real end every call answers 0. Stopping at the first one would drop the rest of the file in silence.
   */
  private static int nextAvailable(BlockCompressedInputStream bgzf) throws IOException {
    for (int emptyBlocks = 0; emptyBlocks < MAX_EMPTY_BLOCKS_IN_A_ROW; emptyBlocks++) {
      final int available = bgzf.available();
      if (available > 0) {
        return available;
      }
    }
    return 0;
  }

  /**
   * Refuses a bgzip file whose last block is not the BGZF end-of-file marker: it was cut short (an interrupted
   * download or copy), and everything after the cut would be missing in silence.
   *
   * @param what the file's role in messages ("VCF", "reference FASTA")
   * @param fix what to do about it
   * @throws InputException naming the file when it is truncated or unreadable
   */
  static void requireTerminated(Path file, String what, String fix) {
    final BlockCompressedInputStream.FileTermination term;
    try {
      term = BlockCompressedInputStream.checkTermination(file);
    } catch (IOException e) {
      throw unreadable(file, what, e);
    }
    if (term != BlockCompressedInputStream.FileTermination.HAS_TERMINATOR_BLOCK) {
      throw new InputException(file, -1, "the bgzip " + what + " is truncated (" + (term
          == BlockCompressedInputStream.FileTermination.DEFECTIVE ? "its last block is damaged"
          : "no BGZF end-of-file marker") + ")", fix);
    }
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
      in.close();
    } catch (IOException e) {
      // Closing a read-only stream cannot lose data; nothing useful to report.
    }
  }
}
