package dk.harness.io;

import htsjdk.samtools.util.BlockCompressedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a tabix (.tbi) or CSI (.csi) index that whole-contig reads need: the contig names and, per contig,
 * the smallest virtual file offset of any of its records. Parsed fully on load, so a corrupt index fails up front.
 * htsjdk reads only .tbi for VCF, hence this small reader for both formats. Immutable and thread-safe.
 */
final class VcfIndex {
  private static final int TBI_PSEUDO_BIN = 37450;
  /** Guards against absurd counts in a corrupt file before allocating. */
  private static final int MAX_COUNT = 100_000_000;

  private final Path path;
  private final Map<String, Long> firstOffset;

  private VcfIndex(Path path, Map<String, Long> firstOffset) {
    this.path = path;
    this.firstOffset = firstOffset;
  }

  Path path() {
    return path;
  }

  /** Contigs with records, in index order (the order of first appearance in the VCF). */
  List<String> contigs() {
    return Collections.unmodifiableList(new ArrayList<>(firstOffset.keySet()));
  }

  /** The virtual offset where the contig's first record starts, or -1 if it has no records. */
  long firstOffset(String contig) {
    final Long v = firstOffset.get(contig);
    return v == null ? -1 : v;
  }

  /**
   * Loads and checks an index.
   *
   * @param vcfSize the size of the compressed VCF in bytes, to reject offsets beyond its end
   * @throws InputException if the index is unreadable, corrupt or points past the end of the VCF
   */
  static VcfIndex load(Path index, Path vcf, long vcfSize) {
    final boolean csi = index.getFileName().toString().endsWith(".csi");
    final ByteBuffer buf;
    try (InputStream in = new BlockCompressedInputStream(Files.newInputStream(index))) {
      buf = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException | RuntimeException e) {
      throw corrupt(index, vcf, "cannot decompress it (" + e.getMessage() + ")", e);
    }
    final Map<String, Long> offsets;
    try {
      offsets = csi ? parseCsi(buf) : parseTbi(buf);
    } catch (BufferUnderflowException | IllegalStateException e) {
      throw corrupt(index, vcf, e.getMessage() == null ? "it ends too early" : e.getMessage(), e);
    }
    for (Map.Entry<String, Long> entry : offsets.entrySet()) {
      if ((entry.getValue() >>> 16) >= vcfSize) {
        throw corrupt(index, vcf, "it points past the end of the VCF (contig '" + entry.getKey()
            + "'); the index belongs to another file", null);
      }
    }
    return new VcfIndex(index, offsets);
  }

  private static Map<String, Long> parseTbi(ByteBuffer buf) {
    expectMagic(buf, "TBI\1");
    final int nRef = count(buf.getInt(), "reference count");
    buf.getInt(); // format
    buf.getInt(); // col_seq
    buf.getInt(); // col_beg
    buf.getInt(); // col_end
    buf.getInt(); // meta
    buf.getInt(); // skip
    final List<String> names = readNames(buf, count(buf.getInt(), "name length"));
    if (names.size() != nRef) {
      throw new IllegalStateException("it lists " + names.size() + " names for " + nRef + " contigs");
    }
    final Map<String, Long> out = new LinkedHashMap<>();
    for (int r = 0; r < nRef; r++) {
      final long first = readBins(buf, TBI_PSEUDO_BIN, false);
      final int nIntv = count(buf.getInt(), "linear index size");
      skip(buf, 8L * nIntv);
      if (first != Long.MAX_VALUE) {
        out.put(names.get(r), first);
      }
    }
    return out;
  }

  private static Map<String, Long> parseCsi(ByteBuffer buf) {
    expectMagic(buf, "CSI\1");
    buf.getInt(); // min_shift
    final int depth = buf.getInt();
    if (depth < 0 || depth > 10) {
      throw new IllegalStateException("bad depth " + depth);
    }
    final int lAux = count(buf.getInt(), "aux length");
    final ByteBuffer aux = slice(buf, lAux);
    final int nRef = count(buf.getInt(), "reference count");
    List<String> names = List.of();
    if (lAux >= 28) {
      for (int i = 0; i < 6; i++) {
        aux.getInt(); // format, col_seq, col_beg, col_end, meta, skip
      }
      names = readNames(aux, count(aux.getInt(), "name length"));
    }
    if (names.size() != nRef) {
      throw new IllegalStateException("it has no usable contig names (" + names.size() + " names for " + nRef
          + " contigs)");
    }
    final int pseudoBin = (int) (((1L << ((depth + 1) * 3)) - 1) / 7 + 1);
    final Map<String, Long> out = new LinkedHashMap<>();
    for (int r = 0; r < nRef; r++) {
      final long first = readBins(buf, pseudoBin, true);
      if (first != Long.MAX_VALUE) {
        out.put(names.get(r), first);
      }
    }
    return out;
  }

  /** Reads one contig's bins; returns the smallest chunk start, {@code Long.MAX_VALUE} if none. */
  private static long readBins(ByteBuffer buf, int pseudoBin, boolean csi) {
    final int nBin = count(buf.getInt(), "bin count");
    long first = Long.MAX_VALUE;
    for (int b = 0; b < nBin; b++) {
      final int bin = buf.getInt();
      if (csi) {
        buf.getLong(); // loffset
      }
      final int nChunk = count(buf.getInt(), "chunk count");
      for (int c = 0; c < nChunk; c++) {
        final long beg = buf.getLong();
        final long end = buf.getLong();
        // The pseudo-bin holds statistics, not chunks.
        if (bin != pseudoBin) {
          if (Long.compareUnsigned(beg, end) > 0 || beg < 0) {
            throw new IllegalStateException("a chunk ends before it starts");
          }
          first = Math.min(first, beg);
        }
      }
    }
    return first;
  }

  private static void expectMagic(ByteBuffer buf, String magic) {
    final byte[] m = new byte[4];
    buf.get(m);
    if (!magic.equals(new String(m, StandardCharsets.ISO_8859_1))) {
      throw new IllegalStateException("it does not start with the " + magic.substring(0, 3) + " magic bytes");
    }
  }

  private static List<String> readNames(ByteBuffer buf, int length) {
    final ByteBuffer names = slice(buf, length);
    final List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < length; i++) {
      if (names.get(i) == 0) {
        out.add(new String(names.array(), names.arrayOffset() + start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return out;
  }

  private static ByteBuffer slice(ByteBuffer buf, int length) {
    if (length > buf.remaining()) {
      throw new BufferUnderflowException();
    }
    final ByteBuffer out = ByteBuffer.wrap(buf.array(), buf.arrayOffset() + buf.position(), length).slice()
        .order(ByteOrder.LITTLE_ENDIAN);
    buf.position(buf.position() + length);
    return out;
  }

  private static void skip(ByteBuffer buf, long n) {
    if (n > buf.remaining()) {
      throw new BufferUnderflowException();
    }
    buf.position(buf.position() + (int) n);
  }

  private static int count(int n, String what) {
    if (n < 0 || n > MAX_COUNT) {
      throw new IllegalStateException("bad " + what + " " + n);
    }
    return n;
  }

  static InputException corrupt(Path index, Path vcf, String why, Throwable cause) {
    final boolean csi = index.getFileName().toString().endsWith(".csi");
    return new InputException(index, -1, "the index of '" + vcf + "' is unreadable or corrupt: " + why,
        "re-index the VCF: " + (csi ? "tabix -C -p vcf " : "tabix -f -p vcf ") + vcf + " (or delete the index)",
        cause);
  }
}
