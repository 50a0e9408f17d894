package dk.harness.core.match;

/**
 * One side (truth or query) of a search path: a cursor per haplotype plus the variants included and excluded so
 * far. Mutable; {@link #SideState(SideState)} copies for branching (the variant chains are shared).
 */
final class SideState implements Comparable<SideState> {
  private final HaplotypeCursor[] haplotypes;
  private Chain<Placement> included;
  private Chain<ReplayVariant> excluded;
  /** Index of the last variant decided on this side, -1 before the first. */
  private int variantIndex = -1;
  /** Furthest end of any variant decided (included or excluded). */
  private int variantEnd;
  /** Furthest end of any included variant. */
  private int includedEnd;

  SideState(int haplotypeCount, Template template, int position) {
    haplotypes = new HaplotypeCursor[haplotypeCount];
    for (int i = 0; i < haplotypeCount; i++) {
      haplotypes[i] = new HaplotypeCursor(template, position);
    }
  }

  SideState(SideState o) {
    haplotypes = new HaplotypeCursor[o.haplotypes.length];
    for (int i = 0; i < haplotypes.length; i++) {
      haplotypes[i] = o.haplotypes[i].copy();
    }
    included = o.included;
    excluded = o.excluded;
    variantIndex = o.variantIndex;
    variantEnd = o.variantEnd;
    includedEnd = o.includedEnd;
  }

  /** Whether the placement fits without overlapping alleles already queued on any haplotype. */
  boolean accepts(Placement p) {
    if (p.variant.start >= includedEnd) {
      return true;
    }
    for (int h = 0; h < haplotypes.length; h++) {
      if (!haplotypes[h].accepts(p.allele(h))) {
        return false;
      }
    }
    return true;
  }

  void exclude(ReplayVariant v, int index) {
    excluded = new Chain<>(v, excluded);
    variantEnd = Math.max(variantEnd, v.end);
    variantIndex = index;
  }

  void include(Placement p) {
    included = new Chain<>(p, included);
    variantEnd = Math.max(variantEnd, p.variant.end);
    variantIndex = p.index;
    includedEnd = Math.max(includedEnd, p.variant.end);
    for (int h = 0; h < haplotypes.length; h++) {
      haplotypes[h].add(p.allele(h));
    }
  }

  boolean wantsFutureVariantBases() {
    for (HaplotypeCursor h : haplotypes) {
      if (h.wantsFutureVariantBases()) {
        return true;
      }
    }
    return false;
  }

  void step() {
    for (HaplotypeCursor h : haplotypes) {
      h.step();
    }
  }

  void step(int h) {
    haplotypes[h].step();
  }

  boolean finished() {
    for (HaplotypeCursor h : haplotypes) {
      if (!h.finished()) {
        return false;
      }
    }
    return true;
  }

  Chain<Placement> included() {
    return included;
  }

  Chain<ReplayVariant> excluded() {
    return excluded;
  }

  int variantIndex() {
    return variantIndex;
  }

  void variantIndex(int index) {
    variantIndex = index;
  }

  int includedEnd() {
    return includedEnd;
  }

  int variantEnd() {
    return variantEnd;
  }

  /** The furthest template position of any haplotype. */
  int position() {
    int m = haplotypes[0].position();
    for (int i = 1; i < haplotypes.length; i++) {
      m = Math.max(m, haplotypes[i].position());
    }
    return m;
  }

  void moveForward(int position) {
    for (HaplotypeCursor h : haplotypes) {
      h.moveForward(position);
    }
  }

  boolean matches(SideState o) {
    for (int i = 0; i < haplotypes.length; i++) {
      final HaplotypeCursor a = haplotypes[i];
      final HaplotypeCursor b = o.haplotypes[i];
      if (!(a.finished() || b.finished() || a.base() == b.base())) {
        return false;
      }
    }
    return true;
  }

  /** The haplotype furthest behind, or -1 when all are level. */
  int trailingHaplotype() {
    int minHap = 0;
    int min = haplotypes[0].position();
    int max = min;
    for (int i = 1; i < haplotypes.length; i++) {
      final int p = haplotypes[i].position();
      if (p < min) {
        min = p;
        minHap = i;
      } else if (p > min) {
        max = p;
      }
    }
    return min == max ? -1 : minHap;
  }

  boolean onTemplate() {
    for (HaplotypeCursor h : haplotypes) {
      if (!h.onTemplate()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(SideState o) {
    for (int i = 0; i < haplotypes.length; i++) {
      final int c = haplotypes[i].compareTo(o.haplotypes[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SideState && compareTo((SideState) o) == 0;
  }

  @Override
  public int hashCode() {
    return haplotypes[0].hashCode();
  }
}
