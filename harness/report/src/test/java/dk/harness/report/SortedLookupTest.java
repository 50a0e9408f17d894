package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The galloping lookup answers as a binary search does, for keys in any order. */
class SortedLookupTest {

  @Test
  void agreesWithBinarySearch() {
    final SplittableRandom r = new SplittableRandom(3);
    for (int round = 0; round < 500; round++) {
      final int size = r.nextInt(200);
      final int[] values = new int[size + r.nextInt(5)]; // room past size, as the growable arrays have
      for (int i = 0; i < size; i++) {
        values[i] = r.nextInt(1_000);
      }
      Arrays.sort(values, 0, size);
      final CountingRules.SortedLookup lookup = new CountingRules.SortedLookup(values, size);
      int key = 0;
      for (int q = 0; q < 300; q++) {
        // mostly ascending with small steps back, sometimes anywhere
        key = r.nextInt(10) == 0 ? r.nextInt(1_100) - 50 : Math.max(-5, key + r.nextInt(12) - 3);
        final boolean expected = Arrays.binarySearch(values, 0, size, key) >= 0;
        assertEquals(expected, lookup.contains(key), "round " + round + " key " + key);
      }
    }
  }
}
