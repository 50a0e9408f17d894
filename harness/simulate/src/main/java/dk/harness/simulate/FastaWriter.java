package dk.harness.simulate;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a FASTA file with 60-base lines and writes its samtools-compatible {@code .fai} on close. Contigs are
 * written one after another; bases arrive in any chunk size. Not thread-safe.
 */
final class FastaWriter implements Closeable {
  static final int LINE_BASES = 60;

  private final Path path;
  private final OutputStream out;
  private final List<String> faiLines = new ArrayList<>();
  private long written;
  private String contig;
  private long contigLength;
  private long contigOffset;
  private int column;

  FastaWriter(Path path) throws IOException {
    this.path = path;
    this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
  }

  /** Starts a contig; the previous one, if any, is finished. */
  void startContig(String name) throws IOException {
    finishContig();
    final byte[] header = (">" + name + "\n").getBytes(StandardCharsets.US_ASCII);
    out.write(header);
    written += header.length;
    contig = name;
    contigLength = 0;
    contigOffset = written;
    column = 0;
  }

  void write(byte[] bases) throws IOException {
    int i = 0;
    while (i < bases.length) {
      final int n = Math.min(LINE_BASES - column, bases.length - i);
      out.write(bases, i, n);
      written += n;
      column += n;
      i += n;
      if (column == LINE_BASES) {
        out.write('\n');
        written++;
        column = 0;
      }
    }
    contigLength += bases.length;
  }

  private void finishContig() throws IOException {
    if (contig == null) {
      return;
    }
    if (column > 0) {
      out.write('\n');
      written++;
      column = 0;
    }
    faiLines.add(contig + "\t" + contigLength + "\t" + contigOffset + "\t" + LINE_BASES + "\t" + (LINE_BASES + 1));
    contig = null;
  }

  @Override
  public void close() throws IOException {
    try {
      finishContig();
    } finally {
      out.close();
    }
    Files.write(path.resolveSibling(path.getFileName() + ".fai"), faiLines, StandardCharsets.US_ASCII);
  }
}
