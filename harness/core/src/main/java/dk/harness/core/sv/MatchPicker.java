package dk.harness.core.sv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a chunk's matrix of comparisons into one result per truth call and one per query call (Truvari's
 * {@code PICKERS}). A result with a truth call and no query call (or the reverse) is that call's verdict; a pair
 * is the verdict of both.
 */
interface MatchPicker {
  /**
   * @param matrix row-major: {@code matrix.get(b * comps + c)} compares truth call b with query call c
   * @param bases number of truth calls (rows)
   * @param comps number of query calls (columns)
   */
  List<SvMatch> pick(List<SvMatch> matrix, int bases, int comps);

  static MatchPicker of(SvConfig.Pick pick) {
    return switch (pick) {
      case SINGLE -> MatchPicker::single;
      case AC -> MatchPicker::alleleCount;
      case MULTI -> MatchPicker::multi;
    };
  }

  /**
   * Each call in at most one match: pairs are taken best first (numpy's argsort order, from the top), a pair only
   * when neither call is taken yet; the rest are unmatched, annotated with their best comparison.
   */
  static List<SvMatch> single(List<SvMatch> matrix, int bases, int comps) {
    final int[] order = NumpyOrder.argsort(matrix);
    final boolean[] rowUsed = new boolean[bases];
    final boolean[] colUsed = new boolean[comps];
    int free = bases * comps;
    final List<SvMatch> out = new ArrayList<>();
    for (int k = order.length - 1; k >= 0 && free > 0; k--) {
      final int b = order[k] / comps;
      final int c = order[k] % comps;
      if (!rowUsed[b] && !colUsed[c]) {
        rowUsed[b] = true;
        colUsed[c] = true;
        out.add(matrix.get(order[k]));
        free = countFree(rowUsed, colUsed);
      }
    }
    for (int b = 0; b < bases; b++) {
      if (!rowUsed[b]) {
        final SvMatch m = argmax(matrix, b * comps, 1, comps).copy();
        m.comp = null;
        m.multi = m.state;
        m.state = false;
        out.add(m);
      }
    }
    for (int c = 0; c < comps; c++) {
      if (!colUsed[c]) {
        final SvMatch m = argmax(matrix, c, comps, bases).copy();
        m.base = null;
        m.multi = m.state;
        m.state = false;
        out.add(m);
      }
    }
    return out;
  }

  private static int countFree(boolean[] rows, boolean[] cols) {
    int r = 0;
    for (boolean u : rows) {
      r += u ? 0 : 1;
    }
    int c = 0;
    for (boolean u : cols) {
      c += u ? 0 : 1;
    }
    return r * c;
  }

  /** numpy's argmax over objects: the first element that no later element is greater than. */
  private static SvMatch argmax(List<SvMatch> matrix, int first, int step, int n) {
    SvMatch best = matrix.get(first);
    for (int i = 1; i < n; i++) {
      final SvMatch m = matrix.get(first + i * step);
      if (greater(m, best)) {
        best = m;
      }
    }
    return best;
  }

  /** Python's {@code >} from functools.total_ordering: not less and not equal (state and score). */
  private static boolean greater(SvMatch a, SvMatch b) {
    return !SvMatch.less(a, b) && !(a.state == b.state && Objects.equals(a.score, b.score));
  }

  /**
   * Each call in up to as many matches as its genotype has ALT alleles: matching pairs best first, skipping a pair
   * when either call has used up its allele count.
   */
  static List<SvMatch> alleleCount(List<SvMatch> matrix, int bases, int comps) {
    final int[] order = NumpyOrder.argsort(matrix);
    final Map<String, Integer> usedBase = new HashMap<>();
    final Map<String, Integer> usedComp = new HashMap<>();
    final Set<String> writtenBase = new LinkedHashSet<>();
    final Set<String> writtenComp = new HashSet<>();
    final List<SvMatch> out = new ArrayList<>();
    for (int k = order.length - 1; k >= 0; k--) {
      final SvMatch m = matrix.get(order[k]);
      if (!m.state) {
        continue;
      }
      final String bk = m.base.record().text();
      final String ck = m.comp.record().text();
      if (usedBase.getOrDefault(bk, 0) >= m.baseGtCount || usedComp.getOrDefault(ck, 0) >= m.compGtCount) {
        m.state = false;
        m.multi = true;
        continue;
      }
      usedComp.merge(ck, m.baseGtCount, Integer::sum);
      usedBase.merge(bk, m.compGtCount, Integer::sum);
      if (writtenComp.add(ck)) {
        final SvMatch x = m.copy();
        x.base = null;
        out.add(x);
      }
      if (writtenBase.add(bk)) {
        final SvMatch x = m.copy();
        x.comp = null;
        out.add(x);
      }
    }
    for (int k = order.length - 1; k >= 0; k--) {
      final SvMatch m = matrix.get(order[k]);
      if (m.state) {
        continue;
      }
      if (writtenComp.add(m.comp.record().text())) {
        final SvMatch x = m.copy();
        x.base = null;
        out.add(x);
      }
      if (writtenBase.add(m.base.record().text())) {
        final SvMatch x = m.copy();
        x.comp = null;
        out.add(x);
      }
    }
    return out;
  }

  /** Every call takes its best comparison, whether or not the partner is used elsewhere. */
  static List<SvMatch> multi(List<SvMatch> matrix, int bases, int comps) {
    final List<SvMatch> out = new ArrayList<>();
    for (int b = 0; b < bases; b++) {
      final SvMatch m = firstMax(matrix, b * comps, 1, comps).copy();
      m.comp = null;
      out.add(m);
    }
    for (int c = 0; c < comps; c++) {
      final SvMatch m = firstMax(matrix, c, comps, bases).copy();
      m.base = null;
      out.add(m);
    }
    return out;
  }

  /** numpy's object max along an axis: keep the running maximum unless a later element is strictly greater. */
  private static SvMatch firstMax(List<SvMatch> matrix, int first, int step, int n) {
    SvMatch best = matrix.get(first);
    for (int i = 1; i < n; i++) {
      final SvMatch m = matrix.get(first + i * step);
      if (SvMatch.less(best, m)) {
        best = m;
      }
    }
    return best;
  }
}
