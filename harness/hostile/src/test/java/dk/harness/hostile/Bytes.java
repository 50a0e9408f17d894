package dk.harness.hostile;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import htsjdk.tribble.index.Index;
import htsjdk.tribble.index.IndexFactory;
import htsjdk.variant.vcf.VCFCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Byte-level makers and damages: bgzip with chosen block boundaries, tabix indexes, bit flips, block walking. */
final class Bytes {
  private Bytes() {
  }

  /** The 28-byte empty block that ends every well-formed BGZF file. */
  static final int EOF_BLOCK_LENGTH = 28;

  static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** BGZF-compressed lines, a new block started after every {@code linesPerBlock} lines (0: only when full). */
  static byte[] bgzip(List<String> lines, int linesPerBlock) {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(bytes, (Path) null)) {
      int n = 0;
      for (String l : lines) {
        out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        if (linesPerBlock > 0 && ++n % linesPerBlock == 0) {
          out.flush();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] bgzip(byte[] raw) {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(bytes, (Path) null)) {
      out.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** BGZF with deflate level 0: the text is stored as is, so a flipped bit changes a base, not the deflate code. */
  static byte[] bgzipStored(List<String> lines) {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BlockCompressedOutputStream out = new BlockCompressedOutputStream(bytes, (Path) null, 0)) {
      out.write(text(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Offset of the first occurrence of {@code needle} in {@code hay}. */
  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }

  /** One plain gzip member (not BGZF: no block structure, not indexable). */
  static byte[] gzip(byte[] raw) {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes the lines bgzipped in blocks of 40 lines, with a tabix index next to it. */
  static Path writeBgzipIndexed(Path file, List<String> lines) {
    write(file, bgzip(lines, 40));
    tabix(file);
    return file;
  }

  /** Writes file.tbi for a bgzipped VCF. */
  static void tabix(Path vcfGz) {
    final Index index = IndexFactory.createIndex(vcfGz, new VCFCodec(), IndexFactory.IndexType.TABIX);
    try {
      index.write(Path.of(vcfGz + ".tbi"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Start offsets of the BGZF blocks (BSIZE read from each block's BC extra field). */
  static List<Integer> blockStarts(byte[] bgzf) {
    final List<Integer> starts = new ArrayList<>();
    int at = 0;
    while (at + 18 <= bgzf.length) {
      starts.add(at);
      final int bsize = (bgzf[at + 16] & 0xff) | (bgzf[at + 17] & 0xff) << 8;
      at += bsize + 1;
    }
    return starts;
  }

  /** A copy with bit {@code bit} of byte {@code offset} inverted. */
  static byte[] flip(byte[] in, int offset, int bit) {
    final byte[] out = in.clone();
    out[offset] ^= (byte) (1 << bit);
    return out;
  }

  static byte[] concat(byte[]... parts) {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] head(byte[] in, int length) {
    return java.util.Arrays.copyOf(in, length);
  }
}
