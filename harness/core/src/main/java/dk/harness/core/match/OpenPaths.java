package dk.harness.core.match;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The open paths of a search, in {@link SearchPath} order, at most one per state: what a {@code TreeSet} would
 * hold. Most searches keep a handful of paths, so they live in a sorted array (binary search, no entry objects);
 * past {@link #SMALL} paths they move to a {@code TreeSet}, which keeps large searches (up to the path bound)
 * logarithmic. Both give the same order and the same answers. Not thread-safe.
 */
final class OpenPaths {
  static final int SMALL = 64;

  /** Array mode: the paths in ascending order in {@code paths[first, end)}. */
  private SearchPath[] paths = new SearchPath[8];
  private int first;
  private int end;
  /** Tree mode when not null: holds every open path. */
  private TreeSet<SearchPath> tree;

  boolean isEmpty() {
    return size() == 0;
  }

  int size() {
    return tree != null ? tree.size() : end - first;
  }

  void clear() {
    Arrays.fill(paths, first, end, null);
    first = 0;
    end = 0;
    tree = null;
  }

  /** Removes and returns the first path in order; the set must not be empty. */
  SearchPath pollFirst() {
    if (tree != null) {
      return tree.pollFirst();
    }
    final SearchPath p = paths[first];
    paths[first++] = null;
    return p;
  }

  /**
   * Adds {@code add} if no open path is in the same state; if one is, keeps the one {@code preference} finds
   * better (it is asked only then, as with the {@code TreeSet} this replaces).
   */
  void addIfBetter(SearchPath add, PathPreference preference) {
    if (tree != null) {
      final SearchPath other = tree.floor(add);
      if (other != null && other.compareTo(add) == 0) {
        if (preference.better(add, other) == add) {
          tree.remove(other);
          tree.add(add);
        }
      } else {
        tree.add(add);
      }
      return;
    }
    int lo = first;
    int hi = end - 1;
    while (lo <= hi) {
      final int mid = (lo + hi) >>> 1;
      final int c = paths[mid].compareTo(add);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        if (preference.better(add, paths[mid]) == add) {
          paths[mid] = add; // same state, so the same place in the order
        }
        return;
      }
    }
    insert(lo, add);
  }

  private void insert(int at, SearchPath add) {
    if (end - first == SMALL) {
      tree = new TreeSet<>();
      for (int i = first; i < end; i++) {
        tree.add(paths[i]);
      }
      tree.add(add);
      Arrays.fill(paths, first, end, null);
      first = 0;
      end = 0;
      return;
    }
    if (end == paths.length) {
      final int n = end - first;
      final SearchPath[] to = n * 2 > paths.length ? new SearchPath[paths.length * 2] : paths;
      System.arraycopy(paths, first, to, 0, n);
      if (to == paths) {
        Arrays.fill(paths, n, end, null);
      }
      paths = to;
      at -= first;
      first = 0;
      end = n;
    }
    System.arraycopy(paths, at, paths, at + 1, end - at);
    paths[at] = add;
    end++;
  }
}
