package dk.harness.core.sv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The regions calls must lie in, held the way Truvari holds them: each BED interval [start, end) becomes
 * [start, end + 1) and overlapping intervals are merged (touching ones are not). A call is inside when its span
 * [start, end) lies in one merged interval with end at most the BED end (strictly before it for an insertion), or
 * when it spans the interval exactly (start at or one before its start). Immutable.
 */
public final class SvRegions {
  private final Map<String, long[][]> byContig;

  private SvRegions(Map<String, long[][]> byContig) {
    this.byContig = byContig;
  }

  /**
   * From BED intervals (0-based half-open). Contigs the truth file does not declare are dropped, as Truvari drops
   * them.
   *
   * @param intervals per contig, [start, end) pairs in any order
   * @param truthContigs contigs declared in the truth VCF header
   */
  public static SvRegions fromBed(Map<String, List<long[]>> intervals, Set<String> truthContigs) {
    final Map<String, long[][]> out = new TreeMap<>();
    for (Map.Entry<String, List<long[]>> e : intervals.entrySet()) {
      if (!truthContigs.contains(e.getKey())) {
        continue;
      }
      final List<long[]> shifted = new ArrayList<>();
      for (long[] iv : e.getValue()) {
        shifted.add(new long[] {iv[0], iv[1] + 1});
      }
      out.put(e.getKey(), merge(shifted));
    }
    return new SvRegions(out);
  }

  /**
   * Whole contigs, as Truvari uses without a BED: [0, length + 1) for each truth header contig. A contig without a
   * declared length (Truvari refuses those) is taken without an upper bound.
   *
   * @param truthContigs contig name to length, null when the header gives none
   */
  public static SvRegions wholeContigs(Map<String, Long> truthContigs) {
    final Map<String, long[][]> out = new TreeMap<>();
    for (Map.Entry<String, Long> e : truthContigs.entrySet()) {
      final long end = e.getValue() == null ? Long.MAX_VALUE / 4 : e.getValue() + 1;
      out.put(e.getKey(), new long[][] {{0, end}});
    }
    return new SvRegions(out);
  }

  /** Every interval widened by {@code pad} on both sides (not below 0) and merged again ({@code --extend}). */
  public SvRegions extended(int pad) {
    if (pad == 0) {
      return this;
    }
    final Map<String, long[][]> out = new TreeMap<>();
    for (Map.Entry<String, long[][]> e : byContig.entrySet()) {
      final List<long[]> wide = new ArrayList<>();
      for (long[] iv : e.getValue()) {
        wide.add(new long[] {Math.max(0, iv[0] - pad), iv[1] + pad});
      }
      out.put(e.getKey(), merge(wide));
    }
    return new SvRegions(out);
  }

  private static long[][] merge(Collection<long[]> intervals) {
    final List<long[]> sorted = new ArrayList<>(intervals);
    sorted.removeIf(iv -> iv[1] <= iv[0]);
    sorted.sort(Comparator.<long[]>comparingLong(iv -> iv[0]).thenComparingLong(iv -> iv[1]));
    final List<long[]> merged = new ArrayList<>();
    for (long[] iv : sorted) {
      final long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && iv[0] < last[1]) {
        last[1] = Math.max(last[1], iv[1]);
      } else {
        merged.add(new long[] {iv[0], iv[1]});
      }
    }
    return merged.toArray(new long[0][]);
  }

  /** Contigs with regions, in Truvari's processing order (sorted by name). */
  public List<String> contigs() {
    return new ArrayList<>(byContig.keySet());
  }

  /** The call lies inside one interval (Truvari's fetch-mode region filter). */
  public boolean contains(SvVariant v) {
    final long[][] ivs = byContig.get(v.contig());
    if (ivs == null) {
      return false;
    }
    final boolean endWithin = v.type() != SvType.INS;
    final long qs = v.start();
    final long qe = v.end();
    // Intervals are sorted and disjoint: only those starting at or before qs + 1 can contain the call.
    int lo = 0;
    int hi = ivs.length;
    while (lo < hi) {
      final int mid = (lo + hi) >>> 1;
      if (ivs[mid][0] <= qs + 1) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo - 1; i >= 0 && i >= lo - 2; i--) {
      if (overlapsFetch(ivs[i], qs, qe) && within(qs, qe, ivs[i][0], ivs[i][1] - 1, endWithin)) {
        return true;
      }
    }
    return false;
  }

  /** Number of merged intervals over all contigs (Truvari streams instead of fetching above 1,000). */
  public int intervalCount() {
    int n = 0;
    for (long[][] ivs : byContig.values()) {
      n += ivs.length;
    }
    return n;
  }

  /**
   * The calls of one contig (in file order) that Truvari's streaming region filter keeps
   * ({@code region_filter_stream}, used for files over 25 MB or more than 1,000 intervals): calls and intervals are
   * walked together, and a call is tested only against the current interval, which advances when a call starts
   * after its (widened) end. It differs from {@link #contains} only for a call starting right at the end of an
   * interval that is followed by another one base later.
   */
  public List<SvVariant> streamed(String contig, List<SvVariant> calls) {
    final List<SvVariant> out = new ArrayList<>();
    final long[][] ivs = byContig.get(contig);
    if (ivs == null || ivs.length == 0 || calls.isEmpty()) {
      return out;
    }
    int i = 0;
    int k = 0;
    while (true) {
      final SvVariant v = calls.get(k);
      final long[] iv = ivs[i];
      if (v.start() > iv[1]) {
        if (++i == ivs.length) {
          break;
        }
      } else if (v.end() < iv[0]) {
        if (++k == calls.size()) {
          break;
        }
      } else {
        if (within(v.start(), v.end(), iv[0], iv[1] - 1, v.type() != SvType.INS)) {
          out.add(v);
        }
        if (++k == calls.size()) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * Truvari's {@code within_tree}, used for {@code --extend}: exactly one interval overlaps the call's span, and
   * the call lies within it.
   */
  public boolean containsInOne(SvVariant v) {
    final long[][] ivs = byContig.get(v.contig());
    if (ivs == null) {
      return false;
    }
    final long qs = v.start();
    final long qe = v.end();
    // Intervals are sorted and disjoint: start at the first one ending after qs.
    int lo = 0;
    int hi = ivs.length;
    while (lo < hi) {
      final int mid = (lo + hi) >>> 1;
      if (ivs[mid][1] <= qs) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    long[] hit = null;
    int hits = 0;
    for (int i = lo; i < ivs.length && ivs[i][0] < qe && qs < qe; i++) {
      hit = ivs[i];
      hits++;
    }
    return hits == 1 && within(qs, qe, hit[0], hit[1] - 1, v.type() != SvType.INS);
  }

  /** A tabix fetch of [begin, end) returns records whose span overlaps it. */
  private static boolean overlapsFetch(long[] iv, long qs, long qe) {
    return qs < iv[1] && Math.max(qe, qs + 1) > iv[0];
  }

  /** Truvari's {@code coords_within} (rend inclusive for non-insertions). */
  static boolean within(long qs, long qe, long rs, long re, boolean endWithin) {
    if ((qs == rs - 1 || qs == rs) && qe == re) {
      return true;
    }
    final boolean ending = endWithin ? qe <= re : qe < re;
    return qs >= rs && ending;
  }

  /** Intervals per contig as [start, end) in Truvari's widened form, for reporting. */
  public Map<String, long[][]> intervals() {
    final Map<String, long[][]> copy = new LinkedHashMap<>();
    byContig.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }
}
