package dk.harness.io;

import htsjdk.samtools.reference.FastaSequenceIndexEntry;
import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.samtools.util.GZIIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks a {@code .fai} against its FASTA before any base is read: for every contig the line before its offset
 * must be its own header ({@code >name}), and its last base (from the length and line layout) must be the last
 * base before the next header or the end of the file. A damaged index otherwise reads the wrong bases, and the
 * REF check would blame the VCF ("a different reference build") for what is the index's fault.
 *
 * <p>Reads a few bytes around each contig's start and end (plain FASTA by position, bgzip through the
 * {@code .gzi}), so it costs two seeks per contig, not a pass over the bases. Stateless.
 */
final class FaiCheck {
  /** How far before a contig's first base its header line is looked for (long descriptions are cut short). */
  private static final int HEADER_WINDOW = 8192;
  /** The first, usual look back: a header line with a short description. */
  private static final int SHORT_WINDOW = 256;

  private FaiCheck() {
  }

  /** Random access to the FASTA's (uncompressed) bytes. */
  private interface Bytes extends AutoCloseable {
    /** Reads up to {@code buf.length} bytes at {@code offset}; fewer only at the end of the file. */
    int read(long offset, byte[] buf) throws IOException;

    @Override
    void close() throws IOException;
  }

  /**
   * @throws InputException naming the .fai, the contig and {@code samtools faidx} when the index does not describe
   *     the FASTA
   */
  static void check(Path fasta, Path fai, Iterable<FastaSequenceIndexEntry> entries, boolean bgzf) {
    try (Bytes bytes = bgzf ? bgzf(fasta) : plain(fasta)) {
      for (FastaSequenceIndexEntry e : entries) {
        final String problem = problem(e, bytes);
        if (problem != null) {
          throw new InputException(fai, e.getSequenceIndex() + 1, "the FASTA index does not match the FASTA: "
              + "contig '" + e.getContig() + "' " + problem, "re-create the index: samtools faidx " + fasta);
        }
      }
    } catch (IOException e) {
      final InputException fault = Faults.classify(e, fasta);
      throw fault != null ? fault : new InputException(fasta, -1, "cannot read the FASTA to check its index ("
          + e.getMessage() + ")", "check the FASTA is complete and re-create its index: samtools faidx " + fasta, e);
    }
  }

  private static String problem(FastaSequenceIndexEntry e, Bytes bytes) throws IOException {
    final long offset = e.getLocation();
    final long size = e.getSize();
    final int bases = e.getBasesPerLine();
    final int width = e.getBytesPerLine();
    if (offset < 1 || size < 0 || (size > 0 && (bases < 1 || width < bases))) {
      return "has an impossible entry (offset " + offset + ", length " + size + ", line " + bases + "/" + width
          + ")";
    }
    // A short look back finds most headers; only a long description needs the long one. Short reads keep the
    // seeks of a bgzip FASTA mostly inside one block.
    for (long window : new long[] {SHORT_WINDOW + e.getContig().length(), HEADER_WINDOW + e.getContig().length()}) {
      final byte[] before = new byte[(int) Math.min(offset, window + 2)];
      final long from = offset - before.length;
      final int got = bytes.read(from, before);
      if (got < before.length) {
        return "starts at offset " + offset + ", beyond the end of the FASTA";
      }
      if (before[before.length - 1] != '\n') {
        return "starts at offset " + offset + ", which is not the start of a line";
      }
      int lineStart = before.length - 1;
      while (lineStart > 0 && before[lineStart - 1] != '\n') {
        lineStart--;
      }
      if (lineStart > 0 || from == 0) {
        final String header = new String(before, lineStart, before.length - 1 - lineStart,
            StandardCharsets.ISO_8859_1).stripTrailing();
        if (!isHeaderOf(header, e.getContig())) {
          return "starts at offset " + offset + ", but the line before it is '" + abbreviate(header)
              + "', not its header '>" + e.getContig() + "'";
        }
        break;
      }
    }
    if (size == 0) {
      return null;
    }
    final long last = offset + (size - 1) / bases * width + (size - 1) % bases;
    // The .fai's own figures size the look-ahead; a damaged one may claim a line of gigabytes, and what is past the
    // first MiB after the last base decides nothing a valid index could need (a line end is 1 or 2 bytes).
    final byte[] tail = new byte[(int) Math.min(width - bases + 64L, 1 << 20)];
    final int n = bytes.read(last, tail);
    if (n < 1 || isLineEnd(tail[0]) || tail[0] == '>') {
      return "has length " + size + ", but the FASTA has fewer bases there";
    }
    for (int i = 1; i < n; i++) {
      if (tail[i] == '>') {
        return null;
      }
      if (!isLineEnd(tail[i])) {
        return "has length " + size + ", but the FASTA has more bases there";
      }
    }
    return null;
  }

  private static boolean isHeaderOf(String line, String contig) {
    if (!line.startsWith(">" + contig)) {
      return false;
    }
    return line.length() == contig.length() + 1 || Character.isWhitespace(line.charAt(contig.length() + 1));
  }

  private static boolean isLineEnd(byte b) {
    return b == '\n' || b == '\r';
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static Bytes plain(Path fasta) throws IOException {
    final FileChannel ch = FileChannel.open(fasta, StandardOpenOption.READ);
    return new Bytes() {
      @Override
      public int read(long offset, byte[] buf) throws IOException {
        final ByteBuffer bb = ByteBuffer.wrap(buf);
        while (bb.hasRemaining()) {
          if (ch.read(bb, offset + bb.position()) < 0) {
            break;
          }
        }
        return bb.position();
      }

      @Override
      public void close() throws IOException {
        ch.close();
      }
    };
  }

  private static Bytes bgzf(Path fasta) throws IOException {
    final GZIIndex gzi = GZIIndex.loadIndex(fasta.resolveSibling(fasta.getFileName() + ".gzi"));
    final BlockCompressedInputStream in = new BlockCompressedInputStream(fasta);
    return new Bytes() {
      @Override
      public int read(long offset, byte[] buf) throws IOException {
        try {
          in.seek(gzi.getVirtualOffsetForSeek(offset));
        } catch (IOException | RuntimeException e) {
          return 0; // past the last block
        }
        int done = 0;
        while (done < buf.length) {
          final int r = in.read(buf, done, buf.length - done);
          if (r < 0) {
            break;
          }
          done += r;
        }
        return done;
      }

      @Override
      public void close() throws IOException {
        in.close();
      }
    };
  }
}
