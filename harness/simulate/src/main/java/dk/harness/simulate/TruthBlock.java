package dk.harness.simulate;

import java.util.List;

/**
 * One sample's truth in one reference block.
 *
 * @param block the reference block
 * @param confident confident intervals {start, end} (contig coordinates, sorted, disjoint) within the block
 * @param variants truth variants sorted by position, with disjoint footprints
 * @param occupied per block base: whether some truth variant's footprint covers it (callers add false
 *     positives only where this is false); owned by this object, copy before modifying
 * @param zoneStart first contig position where variants may be placed
 * @param zoneEnd contig position past the last where variants may be placed
 */
record TruthBlock(ReferenceBlock block, List<int[]> confident, List<TruthVariant> variants, boolean[] occupied,
    int zoneStart, int zoneEnd) {
  TruthBlock {
    confident = List.copyOf(confident);
    variants = List.copyOf(variants);
  }

  /** Whether contig interval [start, end) lies inside one confident interval. */
  boolean inConfident(int start, int end) {
    for (int[] c : confident) {
      if (c[0] <= start && end <= c[1]) {
        return true;
      }
      if (c[0] >= end) {
        return false;
      }
    }
    return false;
  }

  /** Whether [start, end) keeps at least {@code pad} bases from every confident-interval edge inside the block. */
  boolean clearOfEdges(int start, int end, int pad) {
    for (int[] c : confident) {
      if (edgeNear(c[0], start, end, pad) || edgeNear(c[1], start, end, pad)) {
        return false;
      }
    }
    return true;
  }

  private boolean edgeNear(int edge, int start, int end, int pad) {
    if (edge == block.offset() || edge == block.end()) {
      return false;
    }
    return edge > start - pad && edge < end + pad;
  }

  /** Whether block-relative footprint [start, end) (contig coordinates) is free and inside the zone. */
  boolean free(boolean[] occupancy, int start, int end) {
    if (start < zoneStart || end > zoneEnd) {
      return false;
    }
    for (int p = start; p < end; p++) {
      if (occupancy[p - block.offset()]) {
        return false;
      }
    }
    return true;
  }

  static void mark(boolean[] occupancy, int offset, int start, int end) {
    for (int p = start; p < end; p++) {
      occupancy[p - offset] = true;
    }
  }
}
