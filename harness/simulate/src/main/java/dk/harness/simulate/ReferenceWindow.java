package dk.harness.simulate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Random access to one contig's simulated bases, regenerating the blocks it needs (blocks depend only on the seed,
 * the contig and their index) and keeping the last few. SVs span blocks, and regenerating is cheaper than holding
 * a contig. Not thread-safe.
 */
final class ReferenceWindow {
  private static final int CACHED_BLOCKS = 4;

  private final ReferenceGenerator generator;
  private final String contig;
  private final int length;
  private final Map<Integer, ReferenceBlock> cache = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Integer, ReferenceBlock> eldest) {
      return size() > CACHED_BLOCKS;
    }
  };

  ReferenceWindow(ReferenceGenerator generator, String contig, int length) {
    this.generator = generator;
    this.contig = contig;
    this.length = length;
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
      final ReferenceBlock b = block(p / ReferenceGenerator.BLOCK_SIZE);
      final int n = Math.min(to, b.end()) - p;
      System.arraycopy(b.bases(), p - b.offset(), out, p - from, n);
      p += n;
    }
    return new String(out, StandardCharsets.US_ASCII);
  }

  private ReferenceBlock block(int index) {
    return cache.computeIfAbsent(index, i -> generator.block(contig, length, i));
  }
}
