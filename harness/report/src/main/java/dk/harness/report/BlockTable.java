package dk.harness.report;

import java.util.Arrays;

/**
 * Per-block values of one contig: an int of flags and a minimum score. Block ids are the engine's (reference
 * positions: non-negative, sparse), so they are kept in an open-addressing hash table sized for the contig's
 * records (each record has at most one block), without boxing. Not thread-safe.
 */
final class BlockTable {
  private static final int EMPTY = -1;

  private final int[] keys;
  private final int[] flags;
  private final double[] minScore;
  private final int mask;

  /** @param records the most blocks that will be stored (the contig's record count will do) */
  BlockTable(int records) {
    final int capacity = Integer.highestOneBit(Math.max(4, records) * 2 - 1) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    flags = new int[capacity];
    minScore = new double[capacity];
    Arrays.fill(minScore, Double.NaN);
    mask = capacity - 1;
  }

  /** The slot of {@code block} (a block id, {@code >= 0}), claimed if new. */
  private int slot(int block) {
    int i = (block * 0x9E3779B9 >>> 7) & mask;
    while (keys[i] != block) {
      if (keys[i] == EMPTY) {
        keys[i] = block;
        return i;
      }
      i = (i + 1) & mask;
    }
    return i;
  }

  /** The slot of {@code block}, or -1 if it has none. */
  private int find(int block) {
    int i = (block * 0x9E3779B9 >>> 7) & mask;
    while (keys[i] != block) {
      if (keys[i] == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
    return i;
  }

  void orFlags(int block, int f) {
    flags[slot(block)] |= f;
  }

  /** The flags or'ed into {@code block}, 0 if none. */
  int flags(int block) {
    final int i = find(block);
    return i < 0 ? 0 : flags[i];
  }

  /** Lowers the block's score to {@code s} (a number). */
  void minScore(int block, double s) {
    final int i = slot(block);
    final double old = minScore[i];
    minScore[i] = Double.isNaN(old) ? s : Math.min(old, s);
  }

  /** The lowest score given for {@code block}, NaN if none. */
  double minScore(int block) {
    final int i = find(block);
    return i < 0 ? Double.NaN : minScore[i];
  }
}
