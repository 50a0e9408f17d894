package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hash table must behave like the maps it replaces, with sparse position-like block ids. */
class BlockTableTest {
  @Test
  void behavesLikeMaps() {
    final SplittableRandom r = new SplittableRandom(5);
    final int records = 5_000;
    final BlockTable table = new BlockTable(records);
    final Map<Integer, Integer> flags = new HashMap<>();
    final Map<Integer, Double> scores = new HashMap<>();
    final int[] blocks = new int[records];
    for (int i = 0; i < records; i++) {
      blocks[i] = r.nextInt(48_000_000);
    }
    for (int i = 0; i < 3 * records; i++) {
      final int b = blocks[r.nextInt(records)];
      final int f = 1 << r.nextInt(2);
      table.orFlags(b, f);
      flags.merge(b, f, (x, y) -> x | y);
      final double s = r.nextInt(100) - 10.5;
      table.minScore(b, s);
      scores.merge(b, s, Math::min);
    }
    for (int i = 0; i < records; i++) {
      final int b = blocks[i];
      assertEquals(flags.getOrDefault(b, 0), table.flags(b), "flags of " + b);
      assertEquals(scores.getOrDefault(b, Double.NaN), table.minScore(b), "score of " + b);
    }
    assertEquals(0, table.flags(48_000_001));
    assertEquals(Double.NaN, table.minScore(48_000_001));
  }
}
