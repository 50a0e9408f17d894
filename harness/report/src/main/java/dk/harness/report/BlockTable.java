package dk.harness.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-block values of one contig (block ids are the engine's, small non-negative ints): an int of flags and a
 * minimum score. Arrays indexed by block id when the ids are dense enough, else maps. Not thread-safe.
 */
final class BlockTable {
  private final int[] flags;
  private final double[] minScore;
  private final Map<Integer, Integer> flagMap;
  private final Map<Integer, Double> scoreMap;

  /** @param maxBlock the largest block id that will be used (-1 if none); {@code records} the contig's size */
  BlockTable(int maxBlock, int records) {
    if (maxBlock < 8L * records + 1024) {
      flags = new int[maxBlock + 1];
      minScore = new double[maxBlock + 1];
      Arrays.fill(minScore, Double.NaN);
      flagMap = null;
      scoreMap = null;
    } else {
      flags = null;
      minScore = null;
      flagMap = new HashMap<>();
      scoreMap = new HashMap<>();
    }
  }

  void orFlags(int block, int f) {
    if (flags != null) {
      flags[block] |= f;
    } else {
      flagMap.merge(block, f, (a, b) -> a | b);
    }
  }

  /** The flags or'ed into {@code block}, 0 if none. */
  int flags(int block) {
    return flags != null ? flags[block] : flagMap.getOrDefault(block, 0);
  }

  /** Lowers the block's score to {@code s} (a number). */
  void minScore(int block, double s) {
    if (minScore != null) {
      final double old = minScore[block];
      minScore[block] = Double.isNaN(old) ? s : Math.min(old, s);
    } else {
      scoreMap.merge(block, s, Math::min);
    }
  }

  /** The lowest score given for {@code block}, NaN if none. */
  double minScore(int block) {
    return minScore != null ? minScore[block] : scoreMap.getOrDefault(block, Double.NaN);
  }
}
