package dk.harness.core.match;

/** Chooses between two paths that reached the same state (or both finished). */
interface PathPreference {
  /** Returns {@code first} or {@code second}, whichever is the better reconciliation. */
  SearchPath better(SearchPath first, SearchPath second);
}
