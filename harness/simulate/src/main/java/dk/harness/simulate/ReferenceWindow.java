package dk.harness.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Random access to one contig of the FASTA {@link FastaWriter} wrote (60-base lines), read in chunks of which the
 * last few are kept. SVs span blocks, and reading the finished FASTA back is far cheaper than regenerating blocks,
 * while holding a whole contig would make memory grow with the genome. Not thread-safe.
 */
final class ReferenceWindow implements Closeable {
  private static final int CHUNK = 1 << 16;
  private static final int CACHED_CHUNKS = 8;

  private final RandomAccessFile file;
  private final String contig;
  private final int length;
  private final long offset;
  private final Map<Integer, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
      return size() > CACHED_CHUNKS;
    }
  };

  /**
   * @param offset byte offset of the contig's first base in the file (the {@code .fai} OFFSET column)
   */
  ReferenceWindow(Path fasta, String contig, int length, long offset) throws IOException {
    this.file = new RandomAccessFile(fasta.toFile(), "r");
    this.contig = contig;
    this.length = length;
    this.offset = offset;
  }

  String contig() {
    return contig;
  }

  int length() {
    return length;
  }

  /** The bases of [from, to) (0-based, within the contig). */
  String text(int from, int to) {
    if (from < 0 || to > length || from > to) {
      throw new IllegalArgumentException("[" + from + ", " + to + ") outside " + contig + " of " + length + " bp");
    }
    final byte[] out = new byte[to - from];
    int p = from;
    while (p < to) {
      final int index = p / CHUNK;
      final byte[] chunk = cache.computeIfAbsent(index, this::read);
      final int n = Math.min(to, index * CHUNK + chunk.length) - p;
      System.arraycopy(chunk, p - index * CHUNK, out, p - from, n);
      p += n;
    }
    return new String(out, StandardCharsets.US_ASCII);
  }

  private byte[] read(int index) {
    final int from = index * CHUNK;
    final int to = (int) Math.min(length, (long) from + CHUNK);
    final long start = byteOffset(from);
    final byte[] raw = new byte[(int) (byteOffset(to - 1) + 1 - start)];
    try {
      file.seek(start);
      file.readFully(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    final byte[] bases = new byte[to - from];
    int n = 0;
    for (byte b : raw) {
      if (b != '\n') {
        bases[n++] = b;
      }
    }
    if (n != bases.length) {
      throw new IllegalStateException("unexpected FASTA layout in " + contig + " at " + from);
    }
    return bases;
  }

  private long byteOffset(int pos) {
    return offset + (long) (pos / FastaWriter.LINE_BASES) * (FastaWriter.LINE_BASES + 1)
        + pos % FastaWriter.LINE_BASES;
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
