package dk.harness.core.match;

import java.util.List;

/**
 * Finds the best reconciliation of one group's truth and query variants: a best-first sweep along the reference
 * over partial paths, each including or excluding every variant in turn (in every allowed phasing), dropping paths
 * whose haplotypes stop agreeing, and merging paths that reach the same state with a {@link PathPreference}.
 * This is the algorithm of RTG vcfeval's path finder, re-expressed.
 *
 * <p>Single-use and not thread-safe; create one per group and pass.
 */
final class HaplotypeSearch {
  private final Template template;
  private final ReplayVariant[] truth;
  private final ReplayVariant[] query;
  private final Phasing phasing;
  private final PathPreference preference;
  private final int maxPaths;
  private final int maxIterations;
  private final int startPosition;
  private int furthestStart;

  /** A region given up as too complex: 0-based half-open. */
  record Skipped(int start, int end, String reason) {
  }

  private final java.util.ArrayList<Skipped> skipped = new java.util.ArrayList<>();

  /**
   * @param truth truth variants sorted by (start, end)
   * @param query query variants sorted by (start, end)
   * @param startPosition template position the search starts from (just before the group)
   */
  HaplotypeSearch(Template template, ReplayVariant[] truth, ReplayVariant[] query, Phasing phasing,
      PathPreference preference, int maxPaths, int maxIterations, int startPosition) {
    this.template = template;
    this.truth = truth;
    this.query = query;
    this.phasing = phasing;
    this.preference = preference;
    this.maxPaths = maxPaths;
    this.maxIterations = maxIterations;
    this.startPosition = startPosition;
  }

  List<Skipped> skipped() {
    return skipped;
  }

  /** Runs the search; the returned path has every variant included or excluded, except those in skipped regions. */
  SearchPath run() {
    final OpenPaths open = new OpenPaths();
    open.addIfBetter(new SearchPath(phasing.haplotypes(), template, startPosition), preference);
    SearchPath best = null;
    SearchPath lastSole = null;
    int lastSolePos = startPosition;
    int iterations = 0;
    furthestStart = 0;
    while (!open.isEmpty()) {
      iterations++;
      SearchPath head = open.pollFirst();
      if (head.done) {
        // Every other open path reached the same end state and was merged into this one.
        best = head;
        continue;
      }
      if (open.isEmpty()) {
        // A single path left: everything before it is settled.
        iterations = 0;
        lastSolePos = head.query.position();
        lastSole = head;
      } else if (open.size() > maxPaths || iterations > maxIterations) {
        final String reason = open.size() > maxPaths
            ? "more than " + maxPaths + " open paths"
            : "more than " + maxIterations + " search steps";
        skipped.add(new Skipped(Math.max(0, lastSolePos), furthestStart + 2, reason));
        open.clear();
        iterations = 0;
        head = lastSole;
        skipTo(head.query, query, furthestStart + 1);
        skipTo(head.truth, truth, furthestStart + 1);
      }
      if (enqueue(open, head, true) || enqueue(open, head, false)) {
        continue;
      }
      head.step();
      if (head.inSync()) {
        if (head.hasNoOp()) {
          continue;
        }
        if (head.query.variantIndex() == query.length - 1 && head.truth.variantIndex() == truth.length - 1) {
          head.done = true;
          open.addIfBetter(head, preference);
          continue;
        }
        skipToNextVariant(head);
      }
      if (head.matches()) {
        if (head.finished()) {
          if (!head.hasNoOp()) {
            best = best == null ? head : preference.better(best, head);
          }
        } else {
          open.addIfBetter(head, preference);
        }
      }
    }
    return best;
  }

  private boolean enqueue(OpenPaths open, SearchPath head, boolean isQuery) {
    final ReplayVariant[] variants = isQuery ? query : truth;
    final SideState side = head.side(isQuery);
    final int next = side.variantIndex() + 1;
    if (next >= variants.length) {
      return false;
    }
    final ReplayVariant v = variants[next];
    if (v.start <= side.position() + 1 || (side.wantsFutureVariantBases() && v.start <= side.variantEnd())) {
      furthestStart = Math.max(furthestStart, v.start);
      for (SearchPath p : head.branch(isQuery, v, next, phasing)) {
        open.addIfBetter(p, preference);
      }
      return true;
    }
    return false;
  }

  private void skipTo(SideState side, ReplayVariant[] variants, int position) {
    int i = side.variantIndex();
    while (i < variants.length && (i == -1 || variants[i].start < position)) {
      ++i;
    }
    side.variantIndex(i - 1);
    side.moveForward(Math.min(position, template.length() - 1));
  }

  private void skipToNextVariant(SearchPath head) {
    final int next = Math.min(Math.min(nextStart(head.query, query), nextStart(head.truth, truth)), template.length() - 1) - 1;
    if (next > head.query.position()) {
      head.moveForward(next);
    }
  }

  private int nextStart(SideState side, ReplayVariant[] variants) {
    final int i = side.variantIndex() + 1;
    return i >= variants.length ? template.length() - 1 : variants[i].start;
  }
}
