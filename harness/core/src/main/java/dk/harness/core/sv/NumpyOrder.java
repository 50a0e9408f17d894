package dk.harness.core.sv;

import java.util.List;

/**
 * The order numpy 1.24 gives an object array under {@code argsort()} / {@code sort()} with the default
 * (introspective quick) sort: median-of-three quicksort down to 16 elements (numpy partitions while the range spans more than 15), insertion sort below, heapsort when
 * the depth limit runs out. Only "less than" is consulted, as numpy's object comparison does for these sorts.
 *
 * <p>Truvari picks matches from this order, and equal-ranked matches (e.g. a caller's duplicated records) are
 * left in whatever order this algorithm leaves them, so reproducing Truvari record for record means reproducing
 * it exactly. It is not stable.
 */
final class NumpyOrder {
  private static final int SMALL_QUICKSORT = 15;

  private NumpyOrder() {
  }

  /** Indexes of {@code v} in ascending order, as {@code numpy.argsort(v)} returns them. */
  static int[] argsort(List<SvMatch> v) {
    final int n = v.size();
    final int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    if (n < 2) {
      return idx;
    }
    final int[] stack = new int[256];
    final int[] depth = new int[128];
    int sp = 0;
    int dp = 0;
    int pl = 0;
    int pr = n - 1;
    int cdepth = msb(n) * 2;
    for (;;) {
      if (cdepth < 0) {
        heapsort(v, idx, pl, pr - pl + 1);
      } else {
        while (pr - pl > SMALL_QUICKSORT) {
          final int pm = pl + ((pr - pl) >> 1);
          if (less(v, idx[pm], idx[pl])) {
            swap(idx, pm, pl);
          }
          if (less(v, idx[pr], idx[pm])) {
            swap(idx, pr, pm);
          }
          if (less(v, idx[pm], idx[pl])) {
            swap(idx, pm, pl);
          }
          final int vp = idx[pm];
          int pi = pl;
          int pj = pr - 1;
          swap(idx, pm, pj);
          for (;;) {
            do {
              ++pi;
            } while (less(v, idx[pi], vp) && pi < pj);
            do {
              --pj;
            } while (less(v, vp, idx[pj]) && pi < pj);
            if (pi >= pj) {
              break;
            }
            swap(idx, pi, pj);
          }
          swap(idx, pi, pr - 1);
          if (pi - pl < pr - pi) {
            stack[sp++] = pi + 1;
            stack[sp++] = pr;
            pr = pi - 1;
          } else {
            stack[sp++] = pl;
            stack[sp++] = pi - 1;
            pl = pi + 1;
          }
          depth[dp++] = --cdepth;
        }
        for (int pi = pl + 1; pi <= pr; ++pi) {
          final int vi = idx[pi];
          int pj = pi;
          int pk = pi - 1;
          while (pj > pl && less(v, vi, idx[pk])) {
            idx[pj--] = idx[pk--];
          }
          idx[pj] = vi;
        }
      }
      if (sp == 0) {
        break;
      }
      pr = stack[--sp];
      pl = stack[--sp];
      cdepth = depth[--dp];
    }
    return idx;
  }

  /** numpy's {@code aheapsort} on idx[from .. from+n). */
  private static void heapsort(List<SvMatch> v, int[] idx, int from, int n) {
    // 1-based heap over idx[from-1+1 .. from-1+n]
    final int base = from - 1;
    int i;
    int j;
    int tmp;
    for (int l = n >> 1; l > 0; --l) {
      tmp = idx[base + l];
      for (i = l, j = l << 1; j <= n;) {
        if (j < n && less(v, idx[base + j], idx[base + j + 1])) {
          j += 1;
        }
        if (less(v, tmp, idx[base + j])) {
          idx[base + i] = idx[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      idx[base + i] = tmp;
    }
    for (; n > 1;) {
      tmp = idx[base + n];
      idx[base + n] = idx[base + 1];
      n -= 1;
      for (i = 1, j = 2; j <= n;) {
        if (j < n && less(v, idx[base + j], idx[base + j + 1])) {
          j++;
        }
        if (less(v, tmp, idx[base + j])) {
          idx[base + i] = idx[base + j];
          i = j;
          j += j;
        } else {
          break;
        }
      }
      idx[base + i] = tmp;
    }
  }

  private static boolean less(List<SvMatch> v, int a, int b) {
    return SvMatch.less(v.get(a), v.get(b));
  }

  private static void swap(int[] a, int i, int j) {
    final int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** floor(log2(n)) for n >= 1: numpy's {@code npy_get_msb}. */
  private static int msb(int n) {
    int d = 0;
    while ((n >>= 1) != 0) {
      d++;
    }
    return d;
  }
}
