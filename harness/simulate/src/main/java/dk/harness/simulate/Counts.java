package dk.harness.simulate;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Named counters, reported sorted by name. Not thread-safe. */
final class Counts {
  private final TreeMap<String, Long> counts = new TreeMap<>();

  void add(String key) {
    add(key, 1);
  }

  void add(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  long get(String key) {
    return counts.getOrDefault(key, 0L);
  }

  /** An unmodifiable copy, sorted by name. */
  SortedMap<String, Long> snapshot() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }
}
