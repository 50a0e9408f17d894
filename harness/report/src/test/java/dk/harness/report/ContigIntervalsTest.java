package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.RegionSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cursor must answer exactly as {@link RegionSet#overlaps}, for sorted and unsorted spans alike. */
class ContigIntervalsTest {
  @Test
  void cursorAgreesWithRegionSetOnNearlySortedAndRandomSpans() {
    final SplittableRandom r = new SplittableRandom(3);
    final RegionSet.Builder b = RegionSet.builder();
    for (int i = 0; i < 2_000; i++) {
      final int s = r.nextInt(1_000_000);
      b.add("c", s, s + r.nextInt(1, 300));
    }
    b.add("other", 0, 10);
    final RegionSet set = b.build();
    final ContigIntervals intervals = new ContigIntervals(set, "c");
    int hits = 0;
    for (int round = 0; round < 2; round++) {
      final ContigIntervals.Cursor cursor = intervals.cursor();
      int pos = 0;
      for (int i = 0; i < 200_000; i++) {
        // mostly increasing starts with varied lengths (deletions, insertions at zero length), some jumps back
        pos = round == 0 ? Math.max(0, pos + r.nextInt(-20, 30)) : r.nextInt(1_000_100);
        final int end = pos + (r.nextInt(10) == 0 ? 0 : r.nextInt(1, 60));
        final boolean expected = set.overlaps("c", pos, end);
        assertEquals(expected, cursor.overlaps(pos, end), "span " + pos + "-" + end);
        hits += expected ? 1 : 0;
      }
    }
    assertTrue(hits > 1_000, "the spans must hit the intervals sometimes: " + hits);
    assertEquals(false, new ContigIntervals(set, "absent").cursor().overlaps(0, 100));
  }
}
