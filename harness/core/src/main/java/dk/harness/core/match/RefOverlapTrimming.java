package dk.harness.core.match;

/**
 * Trims a side's calls for {@code --ref-overlap} matching, in file order. A call that overlaps none of its
 * neighbours is trimmed leading bases first. A call that overlaps others and could shed shared bases on either side
 * is trimmed on the side that clears more of those overlaps (vcfeval's heuristic, so that results agree).
 */
final class RefOverlapTrimming {
  private RefOverlapTrimming() {
  }

  /** @param vs one side's variants in file order; replaced in place by their trimmed forms */
  static void apply(ReplayVariant[] vs) {
    int first = 0;
    int last = 0;
    for (int v = 0; v < vs.length; v++) {
      final ReplayVariant current = vs[v];
      while (last < vs.length && (last <= v || overlaps(current, vs[last]))) {
        last++;
      }
      while (first < v && !overlaps(current, vs[first])) {
        first++;
      }
      if (first == v && last == v + 1) {
        vs[v] = current.trimmed(true);
        continue;
      }
      final byte[] ref = current.refBases();
      int leading = 0;
      int trailing = 0;
      for (int i = 1; i < current.alleleSlots(); i++) {
        final ReplayAllele a = current.alt(i);
        if (a != null) {
          leading = Math.max(leading, SharedBases.prefix(0, ref, a.bases));
          trailing = Math.max(trailing, SharedBases.suffix(0, ref, a.bases));
        }
      }
      if (leading == 0 || trailing == 0) {
        vs[v] = current.trimmed(true);
        continue;
      }
      int leftCount = 0;
      int rightCount = 0;
      for (int i = first; i < last; i++) {
        if (i == v) {
          continue;
        }
        final int leftOverlap = vs[i].end - current.start;
        final int rightOverlap = current.end - vs[i].start;
        if (leftOverlap <= 0 && rightOverlap <= 0) {
          continue;
        }
        if (leftOverlap > 0 && leftOverlap <= leading) {
          leftCount++;
        }
        if (rightOverlap > 0 && rightOverlap < trailing) {
          rightCount++;
        }
      }
      vs[v] = current.trimmed(leftCount > rightCount);
    }
  }

  private static boolean overlaps(ReplayVariant a, ReplayVariant b) {
    return b.start < a.end && b.end > a.start;
  }
}
