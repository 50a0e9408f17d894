package dk.harness.core.match;

/**
 * One allele placed on the reference for replay: the bases that replace {@code [start, end)}.
 * Coordinates are 0-based half-open contig positions; bases are {@link Bases} codes. Immutable.
 */
final class ReplayAllele implements Comparable<ReplayAllele> {
  final int start;
  final int end;
  final byte[] bases;

  ReplayAllele(int start, int end, byte[] bases) {
    this.start = start;
    this.end = end;
    this.bases = bases;
  }

  int length() {
    return bases.length;
  }

  /** Orders by span, then length, then bases (higher codes first): the order ties between search states use. */
  @Override
  public int compareTo(ReplayAllele o) {
    if (this == o) {
      return 0;
    }
    int c = Integer.compare(start, o.start);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(end, o.end);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(bases.length, o.bases.length);
    if (c != 0) {
      return c;
    }
    for (int i = 0; i < bases.length; i++) {
      c = Integer.compare(o.bases[i], bases[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplayAllele && compareTo((ReplayAllele) o) == 0;
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + bases.length;
  }
}
