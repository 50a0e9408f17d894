package dk.harness.core.sv;

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

  /** Levenshtein distance (unit costs), two rows of a dynamic programme. */
  static int editDistance(String a, String b) {
    if (a.length() < b.length()) {
      final String t = a;
      a = b;
      b = t;
    }
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
        final int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        final int del = prev[j] + 1;
        final int ins = cur[j - 1] + 1;
        cur[j] = Math.min(sub, Math.min(del, ins));
      }
      final int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
