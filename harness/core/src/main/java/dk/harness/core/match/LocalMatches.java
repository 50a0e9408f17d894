package dk.harness.core.match;

import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.util.List;

/**
 * Marks unmatched records that lie within a window of a decided record on the other side as local matches (GA4GH
 * BK=lm). Spans are the records' REF spans {@code [POS-1, POS-1+len(REF))}; a record is near another when
 * {@code other.start - window < end && start < other.end + window}. Confident regions play no part here (vcfeval
 * applies its evaluation regions first; we apply them after matching, everywhere alike).
 */
final class LocalMatches {
  private final int window;

  LocalMatches(int window) {
    this.window = window;
  }

  void apply(List<Variant> truth, Decision[] truthOut, List<Variant> query, Decision[] queryOut) {
    final Spans truthSpans = Spans.of(truth, truthOut);
    final Spans querySpans = Spans.of(query, queryOut);
    mark(query, queryOut, truthSpans);
    mark(truth, truthOut, querySpans);
  }

  private void mark(List<Variant> records, Decision[] out, Spans other) {
    for (int i = 0; i < out.length; i++) {
      final Decision d = out[i];
      if ((d.outcome() == Outcome.FP || d.outcome() == Outcome.FN) && d.level() == MatchLevel.NONE) {
        final Variant v = records.get(i);
        if (other.near(v.start(), v.end(), window)) {
          out[i] = new Decision(d.id(), d.outcome(), MatchLevel.LM, d.block(), d.alleleBlock());
        }
      }
    }
  }

  /** Decided (TP/FP/FN) records of one side, sorted by start, with running maxima of their ends. */
  private static final class Spans {
    final int[] starts;
    final int[] maxEnds;

    private Spans(int[] starts, int[] maxEnds) {
      this.starts = starts;
      this.maxEnds = maxEnds;
    }

    static Spans of(List<Variant> records, Decision[] out) {
      int n = 0;
      final int[] s = new int[records.size()];
      final int[] e = new int[records.size()];
      int max = Integer.MIN_VALUE;
      for (int i = 0; i < out.length; i++) {
        final Outcome o = out[i].outcome();
        if (o == Outcome.TP || o == Outcome.FP || o == Outcome.FN) {
          s[n] = records.get(i).start();
          max = Math.max(max, records.get(i).end());
          e[n] = max;
          n++;
        }
      }
      return new Spans(java.util.Arrays.copyOf(s, n), java.util.Arrays.copyOf(e, n));
    }

    boolean near(int start, int end, int window) {
      // last index with starts[i] < end + window
      int lo = 0;
      int hi = starts.length - 1;
      int found = -1;
      final long limit = (long) end + window;
      while (lo <= hi) {
        final int mid = (lo + hi) >>> 1;
        if (starts[mid] < limit) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && (long) maxEnds[found] + window > start;
    }
  }
}
