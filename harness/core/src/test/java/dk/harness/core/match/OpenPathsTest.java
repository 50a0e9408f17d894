package dk.harness.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.harness.core.ReferenceSequence;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** OpenPaths must answer as the TreeSet it replaces, in array mode, in tree mode and across the switch. */
class OpenPathsTest {

  @Test
  void behavesAsTheTreeSet() {
    final Template template = new Template(ReferenceSequence.of("ACGT".repeat(300).getBytes()));
    final Random random = new Random(11);
    final Map<SearchPath, Integer> quality = new IdentityHashMap<>();
    final PathPreference preference = (a, b) -> quality.get(a) >= quality.get(b) ? a : b;
    int treeModeRounds = 0;
    for (int round = 0; round < 300; round++) {
      final OpenPaths open = new OpenPaths();
      final TreeSet<SearchPath> reference = new TreeSet<>();
      final int positions = 1 + random.nextInt(round % 3 == 0 ? 400 : 40);
      boolean wasLarge = false;
      for (int op = 0; op < 2_000; op++) {
        final int kind = random.nextInt(10);
        if (kind < 7) {
          final SearchPath p = new SearchPath(2, template, random.nextInt(positions));
          quality.put(p, random.nextInt(5));
          open.addIfBetter(p, preference);
          final SearchPath other = reference.floor(p);
          if (other != null && other.compareTo(p) == 0) {
            if (preference.better(p, other) == p) {
              reference.remove(other);
              reference.add(p);
            }
          } else {
            reference.add(p);
          }
        } else if (kind < 9 || reference.isEmpty()) {
          if (!reference.isEmpty()) {
            assertSame(reference.pollFirst(), open.pollFirst(), "round " + round + " op " + op);
          }
        } else if (random.nextInt(20) == 0) {
          reference.clear();
          open.clear();
        }
        wasLarge |= reference.size() > OpenPaths.SMALL;
        assertEquals(reference.size(), open.size(), "round " + round + " op " + op);
        assertEquals(reference.isEmpty(), open.isEmpty());
      }
      while (!reference.isEmpty()) {
        assertSame(reference.pollFirst(), open.pollFirst());
      }
      treeModeRounds += wasLarge ? 1 : 0;
    }
    assertEquals(true, treeModeRounds > 20, "tree mode exercised in " + treeModeRounds + " rounds");
  }
}
