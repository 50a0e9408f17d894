package dk.harness.core.sv;

import java.util.Arrays;
import java.util.Locale;

/**
 * Truvari's sequence similarity: {@code (len(a) + len(b) - editDistance(a, b)) / (len(a) + len(b))} on upper-cased
 * sequences, with Levenshtein distance (what edlib's default global alignment computes), and the rolled/unrolled
 * variants Truvari uses for calls shifted within a tandem repeat. Stateless.
 */
final class SequenceSimilarity {
  /** Truvari rolls only sequences shorter than this (rotations of long ones are too slow). */
  private static final int ROLL_LIMIT = 500;

  private SequenceSimilarity() {
  }

  /** Plain similarity of two sequences (case-insensitive). */
  static double seqsim(String a, String b) {
    final String x = a.toUpperCase(Locale.ROOT);
    final String y = b.toUpperCase(Locale.ROOT);
    final int total = x.length() + y.length();
    if (total == 0) {
      // Python would divide by zero here; two empty alleles are identical.
      return 1.0;
    }
    return (total - editDistance(x, y)) / (double) total;
  }

  /**
   * Best of: rolled (both shorter than 500), unrolled by ±startDistance in both directions, and plain similarity
   * (Truvari's {@code best_seqsim}).
   */
  static double best(String a, String b, int startDistance) {
    double best = (a.length() < ROLL_LIMIT && b.length() < ROLL_LIMIT) ? seqsim(minRotation(a), minRotation(b)) : 0;
    best = Math.max(best, unroll(a, b, startDistance));
    best = Math.max(best, unroll(a, b, -startDistance));
    best = Math.max(best, unroll(b, a, startDistance));
    best = Math.max(best, unroll(b, a, -startDistance));
    return Math.max(best, seqsim(a, b));
  }

  /** Compares a with b rotated right by p (Python's modulo, so negative p rotates the other way). */
  static double unroll(String a, String b, int p) {
    if (b.isEmpty()) {
      return seqsim(a, b);
    }
    final int f = Math.floorMod(p, b.length());
    final String rotated = f == 0 ? b : b.substring(b.length() - f) + b.substring(0, b.length() - f);
    return seqsim(a, rotated);
  }

  /** The lexicographically smallest rotation. */
  static String minRotation(String s) {
    String best = s;
    for (int i = 1; i < s.length(); i++) {
      final String r = s.substring(i) + s.substring(0, i);
      if (r.compareTo(best) < 0) {
        best = r;
      }
    }
    return best;
  }

  /**
   * Levenshtein distance (unit costs), the global alignment distance edlib computes: Myers' bit-parallel
   * algorithm in 64-row blocks (Hyyro's formulation, as edlib implements it), O(len(a) * len(b) / 64).
   */
  static int editDistance(String a, String b) {
    // The shorter string is the pattern (rows), so fewer blocks per column.
    final String p = a.length() <= b.length() ? a : b;
    final String t = a.length() <= b.length() ? b : a;
    final int m = p.length();
    if (m == 0) {
      return t.length();
    }
    final int blocks = (m + 63) >>> 6;
    final long[] peq = new long[128 * blocks];
    for (int i = 0; i < m; i++) {
      peq[(code(p.charAt(i)) * blocks) + (i >>> 6)] |= 1L << (i & 63);
    }
    final long[] pv = new long[blocks];
    final long[] mv = new long[blocks];
    Arrays.fill(pv, -1L);
    final int lastBit = (m - 1) & 63;
    int score = m;
    for (int j = 0; j < t.length(); j++) {
      final int row = code(t.charAt(j)) * blocks;
      int hin = 1;
      for (int k = 0; k < blocks; k++) {
        long eq = peq[row + k];
        final long pvk = pv[k];
        final long mvk = mv[k];
        final long hinNeg = hin < 0 ? 1L : 0L;
        final long xv = eq | mvk;
        eq |= hinNeg;
        final long xh = (((eq & pvk) + pvk) ^ pvk) | eq;
        long ph = mvk | ~(xh | pvk);
        long mh = pvk & xh;
        if (k == blocks - 1) {
          score += (int) ((ph >>> lastBit) & 1L) - (int) ((mh >>> lastBit) & 1L);
        }
        final int hout = (int) (ph >>> 63) - (int) (mh >>> 63);
        ph <<= 1;
        mh <<= 1;
        mh |= hinNeg;
        ph |= hin > 0 ? 1L : 0L;
        pv[k] = mh | ~(xv | ph);
        mv[k] = ph & xv;
        hin = hout;
      }
    }
    return score;
  }

  /** Characters above 127 share one code: alleles are ASCII, and this only ever merges non-bases. */
  private static int code(char c) {
    return c < 128 ? c : 127;
  }

  /** The plain two-row dynamic programme, kept as the reference the fast version is tested against. */
  static int editDistanceSlow(String a, String b) {
    final int m = b.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      final char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        cur[j] = Math.min(prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1), Math.min(prev[j], cur[j - 1]) + 1);
      }
      final int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    return prev[m];
  }
}
