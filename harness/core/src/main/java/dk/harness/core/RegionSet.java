package dk.harness.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of reference intervals per contig (a BED file's content), merged and sorted. Immutable and thread-safe.
 *
 * <p>Coordinates are 0-based half-open, as in BED. Overlap follows vcfeval: {@code [s, e)} overlaps an interval
 * {@code [a, b)} when {@code s < b && e > a}; so a zero-length span (an insertion point) overlaps only an interval
 * that has bases on both sides of it.
 */
public final class RegionSet {
  private final Map<String, int[]> starts;
  private final Map<String, int[]> ends;

  private RegionSet(Map<String, int[]> starts, Map<String, int[]> ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Collects intervals in any order; overlapping and adjacent intervals are merged on {@link #build()}. Each
   * interval is held as one packed {@code long} (start in the high half), so a genome's strata of tens of
   * millions of intervals cost 8 bytes each and sort as primitives. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Packed> intervals = new HashMap<>();
    private String lastContig;
    private Packed last;

    public Builder add(String contig, int start, int end) {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad interval " + contig + ":" + start + "-" + end);
      }
      if (end > start) {
        if (last == null || !contig.equals(lastContig)) {
          last = intervals.computeIfAbsent(contig, k -> new Packed());
          lastContig = contig;
        }
        last.add(((long) start << 32) | end);
      }
      return this;
    }

    public RegionSet build() {
      final Map<String, int[]> s = new HashMap<>();
      final Map<String, int[]> e = new HashMap<>();
      for (Map.Entry<String, Packed> entry : intervals.entrySet()) {
        final long[] list = entry.getValue().sorted();
        final int[] ms = new int[list.length];
        final int[] me = new int[list.length];
        int n = 0;
        for (long iv : list) {
          final int is = (int) (iv >>> 32);
          final int ie = (int) iv;
          if (n > 0 && is <= me[n - 1]) {
            me[n - 1] = Math.max(me[n - 1], ie);
          } else {
            ms[n] = is;
            me[n] = ie;
            n++;
          }
        }
        s.put(entry.getKey(), Arrays.copyOf(ms, n));
        e.put(entry.getKey(), Arrays.copyOf(me, n));
      }
      return new RegionSet(s, e);
    }

    /** A growable array of packed intervals; starts and ends are non-negative, so longs sort by start, then end. */
    private static final class Packed {
      private long[] values = new long[16];
      private int size;
      private boolean sorted = true;

      void add(long v) {
        if (size == values.length) {
          values = Arrays.copyOf(values, size * 2);
        }
        if (size > 0 && v < values[size - 1]) {
          sorted = false;
        }
        values[size++] = v;
      }

      long[] sorted() {
        final long[] out = Arrays.copyOf(values, size);
        if (!sorted) {
          Arrays.sort(out);
        }
        return out;
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Contigs with at least one interval, sorted by name. */
  public Set<String> contigs() {
    return Collections.unmodifiableSet(new TreeSet<>(starts.keySet()));
  }

  /** Whether {@code [start, end)} overlaps any interval (vcfeval's rule, see the class comment). */
  public boolean overlaps(String contig, int start, int end) {
    final int[] s = starts.get(contig);
    if (s == null) {
      return false;
    }
    final int i = lastStartBefore(s, end);
    return i >= 0 && start < ends.get(contig)[i] && end > s[i];
  }

  /** Whether {@code [start, end)} lies entirely inside one interval; a zero-length span must be inside or on an edge. */
  public boolean contains(String contig, int start, int end) {
    final int[] s = starts.get(contig);
    if (s == null) {
      return false;
    }
    final int i = lastStartBefore(s, start + 1);
    return i >= 0 && start >= s[i] && end <= ends.get(contig)[i];
  }

  /** Number of bases of {@code contig} covered. */
  public long coveredLength(String contig) {
    final int[] s = starts.get(contig);
    if (s == null) {
      return 0;
    }
    final int[] e = ends.get(contig);
    long total = 0;
    for (int i = 0; i < s.length; i++) {
      total += e[i] - s[i];
    }
    return total;
  }

  /** Number of bases covered on all contigs. */
  public long coveredLength() {
    long total = 0;
    for (String c : starts.keySet()) {
      total += coveredLength(c);
    }
    return total;
  }

  /** Number of bases covered by both this set and {@code other}. */
  public long intersectionLength(RegionSet other) {
    long total = 0;
    for (String c : starts.keySet()) {
      final int[] as = starts.get(c);
      final int[] ae = ends.get(c);
      final int[] bs = other.starts.get(c);
      if (bs == null) {
        continue;
      }
      final int[] be = other.ends.get(c);
      int i = 0;
      int j = 0;
      while (i < as.length && j < bs.length) {
        final int lo = Math.max(as[i], bs[j]);
        final int hi = Math.min(ae[i], be[j]);
        if (hi > lo) {
          total += hi - lo;
        }
        if (ae[i] < be[j]) {
          i++;
        } else {
          j++;
        }
      }
    }
    return total;
  }

  /** The merged intervals of {@code contig} as {start, end} pairs, in order. */
  public List<int[]> intervals(String contig) {
    final int[] s = starts.get(contig);
    if (s == null) {
      return List.of();
    }
    final int[] e = ends.get(contig);
    final List<int[]> out = new ArrayList<>(s.length);
    for (int i = 0; i < s.length; i++) {
      out.add(new int[] {s[i], e[i]});
    }
    return out;
  }

  /** The starts of the merged intervals of {@code contig}, in order (a copy; empty if none). */
  public int[] starts(String contig) {
    final int[] s = starts.get(contig);
    return s == null ? new int[0] : s.clone();
  }

  /** The ends of the merged intervals of {@code contig}, in the order of {@link #starts}. */
  public int[] ends(String contig) {
    final int[] e = ends.get(contig);
    return e == null ? new int[0] : e.clone();
  }

  /** Index of the last interval whose start is strictly below {@code pos}, or -1. */
  private static int lastStartBefore(int[] s, int pos) {
    int lo = 0;
    int hi = s.length - 1;
    int found = -1;
    while (lo <= hi) {
      final int mid = (lo + hi) >>> 1;
      if (s[mid] < pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
