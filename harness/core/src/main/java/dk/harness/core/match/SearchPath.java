package dk.harness.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * One partial reconciliation of the truth and query variants of a group: which variants each side has included
 * (with which phasing) or excluded so far, and the haplotypes that replay produces. Paths are ordered, and
 * considered equal, by haplotype state alone: two paths in the same state have the same future, so the search
 * keeps only the better of them.
 *
 * <p>A sync point is a template position where a path was level on every haplotype with nothing pending; the
 * variants between two sync points were resolved together (they form a block).
 */
final class SearchPath implements Comparable<SearchPath> {
  final SideState query;
  final SideState truth;
  final Chain<Integer> syncPoints;
  /** Variants included on each side since the last sync point. */
  int querySinceSync;
  int truthSinceSync;
  /**
   * Set once the path is in sync past the group's last variant. Done paths sort after all others and equal each
   * other, so the ones still open merge exactly as they would on reaching the next group (or the contig end).
   */
  boolean done;

  SearchPath(int haplotypes, Template template, int position) {
    query = new SideState(haplotypes, template, position);
    truth = new SideState(haplotypes, template, position);
    syncPoints = null;
  }

  SearchPath(SearchPath parent, Chain<Integer> syncPoints) {
    query = new SideState(parent.query);
    truth = new SideState(parent.truth);
    this.syncPoints = syncPoints;
    querySinceSync = parent.querySinceSync;
    truthSinceSync = parent.truthSinceSync;
  }

  SideState side(boolean isQuery) {
    return isQuery ? query : truth;
  }

  boolean finished() {
    return query.finished() && truth.finished();
  }

  /** Level on every haplotype of both sides, on the template, and past every included variant. */
  boolean inSync() {
    return query.trailingHaplotype() == -1
        && truth.trailingHaplotype() == -1
        && query.position() == truth.position()
        && query.position() >= query.includedEnd()
        && truth.position() >= truth.includedEnd()
        && query.onTemplate()
        && truth.onTemplate();
  }

  /**
   * Whether variants were included on one side only since the last sync point: the block changes nothing, so
   * such a path explains variants away as no-ops and is dropped.
   */
  boolean hasNoOp() {
    return (truthSinceSync == 0 && querySinceSync > 0) || (querySinceSync == 0 && truthSinceSync > 0);
  }

  /** Branches on a variant: one path excluding it, then one per placement that fits. */
  List<SearchPath> branch(boolean isQuery, ReplayVariant v, int index, Phasing phasing) {
    final Chain<Integer> sync;
    if (inSync()) {
      final int pos = query.position();
      sync = syncPoints != null && syncPoints.value == pos ? syncPoints : new Chain<>(pos, syncPoints);
      querySinceSync = 0;
      truthSinceSync = 0;
    } else {
      sync = syncPoints;
    }
    final List<SearchPath> out = new ArrayList<>(3);
    final SearchPath exclude = new SearchPath(this, sync);
    exclude.side(isQuery).exclude(v, index);
    out.add(exclude);
    final SideState side = side(isQuery);
    for (Placement p : phasing.placements(v, index)) {
      if (side.accepts(p)) {
        final SearchPath include = new SearchPath(this, sync);
        include.side(isQuery).include(p);
        if (isQuery) {
          include.querySinceSync++;
        } else {
          include.truthSinceSync++;
        }
        out.add(include);
      }
    }
    return out;
  }

  void moveForward(int position) {
    query.moveForward(position);
    truth.moveForward(position);
  }

  /** Advances one base: all haplotypes when level, else only the one lagging (on both sides). */
  void step() {
    final int trailing = query.trailingHaplotype();
    if (trailing == -1) {
      query.step();
      truth.step();
    } else {
      query.step(trailing);
      truth.step(trailing);
    }
  }

  boolean matches() {
    return query.matches(truth);
  }

  @Override
  public int compareTo(SearchPath o) {
    if (done || o.done) {
      return Boolean.compare(done, o.done);
    }
    final int c = query.compareTo(o.query);
    return c != 0 ? c : truth.compareTo(o.truth);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchPath && compareTo((SearchPath) o) == 0;
  }

  @Override
  public int hashCode() {
    return done ? 1 : query.hashCode() * 31 + truth.hashCode();
  }
}
