package dk.harness.bench.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Twelve stratification region sets for one contig, in the spirit of the GIAB stratifications, derived from its
 * sequence and truth positions so that they are as fragmented as real ones (hundreds of thousands of intervals on
 * a whole genome): homopolymers, di- and trinucleotide repeats, their union and its complement, three GC-content
 * classes of 100 bp windows, truth-variant-dense windows, a pseudo-random 5% "segdup-like" set, and the first
 * 5 Mbp. Intervals are 0-based half-open, sorted, merged, as a flat {@code [s0, e0, s1, e1, ...]} array. Pure
 * function of its inputs; deterministic.
 */
public final class SyntheticStrata {
  private static final int GC_WINDOW = 100;
  private static final int SLOP = 5;

  private SyntheticStrata() {
  }

  /**
   * @param seq the contig's upper-case bases
   * @param truthStarts 0-based starts of the truth records, sorted
   * @return stratum name to intervals, in a fixed order
   */
  public static Map<String, int[]> compute(byte[] seq, int[] truthStarts) {
    final int n = seq.length;
    final Intervals hpLong = new Intervals();
    final Intervals hpShort = new Intervals();
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && seq[j] == seq[i] && seq[i] != 'N') {
        j++;
      }
      final int len = j - i;
      if (len >= 7) {
        hpLong.add(Math.max(0, i - SLOP), Math.min(n, j + SLOP));
      } else if (len >= 4) {
        hpShort.add(Math.max(0, i - SLOP), Math.min(n, j + SLOP));
      }
      i = j;
    }
    final Intervals di = tandem(seq, 2, 11);
    final Intervals tri = tandem(seq, 3, 12);
    final int[] lowComplexity = union(union(hpLong.toArray(), di.toArray()), tri.toArray());

    final Intervals gcLow = new Intervals();
    final Intervals gcMid = new Intervals();
    final Intervals gcHigh = new Intervals();
    for (int w = 0; w < n; w += GC_WINDOW) {
      final int e = Math.min(n, w + GC_WINDOW);
      int gc = 0;
      for (int i = w; i < e; i++) {
        gc += seq[i] == 'G' || seq[i] == 'C' ? 1 : 0;
      }
      final double f = (double) gc / (e - w);
      (f < 0.30 ? gcLow : f > 0.55 ? gcHigh : gcMid).add(w, e);
    }

    final Intervals dense = new Intervals();
    for (int i = 0; i + 2 < truthStarts.length; i++) {
      if (truthStarts[i + 2] - truthStarts[i] < 100) {
        dense.add(Math.max(0, truthStarts[i] - 50), Math.min(n, truthStarts[i + 2] + 51));
      }
    }

    final Intervals segdup = new Intervals();
    final SplittableRandom rnd = new SplittableRandom(20240521L);
    for (int pos = 0; pos < n; ) {
      pos += 200_000 + rnd.nextInt(1_600_000);
      final int len = 10_000 + rnd.nextInt(190_000);
      if (pos < n) {
        segdup.add(pos, Math.min(n, pos + len));
      }
      pos += len;
    }

    final Map<String, int[]> out = new LinkedHashMap<>();
    out.put("homopolymer_ge7_slop5", hpLong.toArray());
    out.put("homopolymer_4to6_slop5", hpShort.toArray());
    out.put("dinucSTR_ge11", di.toArray());
    out.put("trinucSTR_ge12", tri.toArray());
    out.put("lowcomplexity_union", lowComplexity);
    out.put("notinlowcomplexity", complement(lowComplexity, n));
    out.put("gc_lt30", gcLow.toArray());
    out.put("gc_30to55", gcMid.toArray());
    out.put("gc_gt55", gcHigh.toArray());
    out.put("truth_dense_3in100", dense.toArray());
    out.put("segdup_like", segdup.toArray());
    out.put("first_5mb", new int[] {0, Math.min(n, 5_000_000)});
    return out;
  }

  /** Runs where {@code seq[i] == seq[i + period]}, not homopolymers, spanning at least {@code minLength} bases. */
  private static Intervals tandem(byte[] seq, int period, int minLength) {
    final Intervals out = new Intervals();
    final int n = seq.length;
    int i = 0;
    while (i + period < n) {
      int j = i;
      while (j + period < n && seq[j] == seq[j + period] && seq[j] != 'N') {
        j++;
      }
      final int span = j - i + period;
      if (j > i && span >= minLength && !homopolymer(seq, i, period)) {
        out.add(i, i + span);
      }
      i = Math.max(i + 1, j);
    }
    return out;
  }

  private static boolean homopolymer(byte[] seq, int from, int period) {
    for (int k = 1; k < period; k++) {
      if (seq[from + k] != seq[from]) {
        return false;
      }
    }
    return true;
  }

  static int[] union(int[] a, int[] b) {
    final int[] all = new int[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    final long[] packed = new long[all.length / 2];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = ((long) all[2 * i] << 32) | all[2 * i + 1];
    }
    Arrays.sort(packed);
    final Intervals out = new Intervals();
    for (long p : packed) {
      out.add((int) (p >>> 32), (int) p);
    }
    return out.toArray();
  }

  static int[] complement(int[] merged, int length) {
    final Intervals out = new Intervals();
    int last = 0;
    for (int i = 0; i < merged.length; i += 2) {
      if (merged[i] > last) {
        out.add(last, merged[i]);
      }
      last = Math.max(last, merged[i + 1]);
    }
    if (last < length) {
      out.add(last, length);
    }
    return out.toArray();
  }

  /** Sorted intervals, merged as added (each start must be at or after the previous start). */
  static final class Intervals {
    private int[] v = new int[1024];
    private int size;

    void add(int s, int e) {
      if (e <= s) {
        return;
      }
      if (size > 0 && s <= v[size - 1]) {
        v[size - 1] = Math.max(v[size - 1], e);
        return;
      }
      if (size + 2 > v.length) {
        v = Arrays.copyOf(v, v.length * 2);
      }
      v[size++] = s;
      v[size++] = e;
    }

    int[] toArray() {
      return Arrays.copyOf(v, size);
    }
  }
}
