package dk.harness.core.match;

/**
 * A run of truth and query variants that the search can reconcile on its own: every search path that crosses
 * into the next group would be in sync, and so merged into one, before reaching it. Holds the variants in
 * search order and the reference. Immutable.
 */
final class Group {
  final int index;
  final ReplayVariant[] truth;
  final ReplayVariant[] query;
  /** First variant start and furthest variant end, 0-based half-open. */
  final int start;
  final int end;
  final Template template;

  Group(int index, ReplayVariant[] truth, ReplayVariant[] query, int start, int end, Template template) {
    this.index = index;
    this.truth = truth;
    this.query = query;
    this.start = start;
    this.end = end;
    this.template = template;
  }

  /** Where a search over (a subset of) these variants starts: two bases before the first, as vcfeval would be. */
  static int startPosition(ReplayVariant[] truth, ReplayVariant[] query) {
    int first = Integer.MAX_VALUE;
    if (truth.length > 0) {
      first = truth[0].start;
    }
    if (query.length > 0) {
      first = Math.min(first, query[0].start);
    }
    return Math.max(-1, first - 2);
  }
}
