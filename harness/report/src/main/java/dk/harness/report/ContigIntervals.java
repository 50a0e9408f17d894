package dk.harness.report;

import dk.harness.core.RegionSet;

/**
 * One contig's intervals of a {@link RegionSet} as two arrays. Immutable; {@link #cursor()} gives a
 * single-threaded reader.
 */
final class ContigIntervals {
  private final int[] starts;
  private final int[] ends;

  ContigIntervals(RegionSet regions, String contig) {
    starts = regions.starts(contig);
    ends = regions.ends(contig);
  }

  /** A reader positioned at the contig start. */
  Cursor cursor() {
    return new Cursor();
  }

  /**
   * Answers {@link RegionSet#overlaps} (vcfeval's rule: the last interval starting before the span's end must
   * end after its start) for spans in nearly sorted order, as a contig's records come: each search starts where
   * the previous one ended, so it costs a step or two instead of a binary search. Not thread-safe.
   */
  final class Cursor {
    /** Index of the last interval whose start is below the previous span's end, or -1. */
    private int at = -1;

    /** Whether {@code [start, end)} overlaps an interval, exactly as {@link RegionSet#overlaps}. */
    boolean overlaps(int start, int end) {
      int i = at;
      while (i + 1 < starts.length && starts[i + 1] < end) {
        i++;
      }
      while (i >= 0 && starts[i] >= end) {
        i--;
      }
      at = i;
      return i >= 0 && start < ends[i] && end > starts[i];
    }
  }
}
