package dk.harness.core.match;

import java.util.Arrays;

/**
 * Plays one haplotype base by base: the template with a queue of alleles spliced in. Mutable; a search copies a
 * cursor whenever it branches.
 *
 * <p>State: {@code position} is the template position last reached (-1 before the start). While inside an
 * allele, {@code inAllele} is the offset into its bases and {@code position} is the allele's start.
 */
final class HaplotypeCursor implements Comparable<HaplotypeCursor> {
  private static final int ON_TEMPLATE = -1;
  private static final ReplayAllele[] NONE = new ReplayAllele[0];

  private final Template template;
  private int position;
  private int inAllele = ON_TEMPLATE;
  private int lastAlleleEnd = -1;
  private ReplayAllele current;
  /** Alleles queued after {@code current}, oldest first, in {@code pending[head..size)}. */
  private ReplayAllele[] pending = NONE;
  private int head;
  private int size;
  private boolean finished;

  HaplotypeCursor(Template template, int position) {
    this.template = template;
    this.position = position;
  }

  private HaplotypeCursor(HaplotypeCursor o) {
    template = o.template;
    position = o.position;
    inAllele = o.inAllele;
    lastAlleleEnd = o.lastAlleleEnd;
    current = o.current;
    if (o.size > o.head) {
      pending = Arrays.copyOfRange(o.pending, o.head, o.size);
      size = pending.length;
    }
    finished = o.finished;
  }

  HaplotypeCursor copy() {
    return new HaplotypeCursor(this);
  }

  /** Queues an allele; {@code null} (nothing to play) and the empty REF side of an insertion are ignored. */
  void add(ReplayAllele a) {
    if (a == null || (a.start == a.end && a.length() == 0)) {
      return;
    }
    lastAlleleEnd = a.end;
    if (current == null) {
      current = a;
    } else {
      if (size == pending.length) {
        pending = Arrays.copyOf(pending, Math.max(4, size * 2));
      }
      pending[size++] = a;
    }
  }

  /** Whether {@code a} can follow what is queued without overlapping it. */
  boolean accepts(ReplayAllele a) {
    return a == null || a.start >= lastAlleleEnd;
  }

  /** The base at the cursor. */
  byte base() {
    if (inAllele == ON_TEMPLATE) {
      return position < template.length() ? template.code(position) : Bases.N;
    }
    return current.bases[inAllele];
  }

  boolean hasNext() {
    return position < template.length() - 1;
  }

  void step() {
    if (hasNext()) {
      next();
    } else {
      finished = true;
    }
  }

  boolean finished() {
    return finished;
  }

  boolean onTemplate() {
    return inAllele == ON_TEMPLATE;
  }

  int position() {
    return position;
  }

  /**
   * Whether the next variant's bases may be needed before this haplotype can move on: true unless the cursor is
   * inside an allele with bases still to play or has a non-empty allele queued.
   */
  boolean wantsFutureVariantBases() {
    if (current == null) {
      return true;
    }
    if (inAllele != ON_TEMPLATE && inAllele < current.length() - 1) {
      return false;
    }
    for (int i = head; i < size; i++) {
      if (pending[i].length() > 0) {
        return false;
      }
    }
    return true;
  }

  private void next() {
    if (inAllele == ON_TEMPLATE) {
      ++position;
      if (current != null && current.start == position) {
        inAllele = 0;
      }
    } else {
      ++inAllele;
    }
    while (current != null && inAllele == current.length()) {
      // The allele is used up: continue after its span, straight into the next allele if it starts there.
      position = current.end;
      inAllele = ON_TEMPLATE;
      if (head < size) {
        current = pending[head];
        pending[head++] = null;
      } else {
        current = null;
        break;
      }
      if (position < current.start) {
        break;
      }
      if (position != current.start) {
        throw new IllegalStateException("alleles out of order during replay at " + position);
      }
      inAllele = 0;
    }
  }

  /** Jumps to template {@code target}; only valid on the template. */
  void moveForward(int target) {
    if (inAllele != ON_TEMPLATE) {
      throw new IllegalStateException("cannot skip while inside an allele");
    }
    position = target - 1;
    next();
  }

  @Override
  public int compareTo(HaplotypeCursor o) {
    int c = Integer.compare(position, o.position);
    if (c != 0) {
      return c;
    }
    if (current == null) {
      return o.current == null ? 0 : -1;
    }
    if (o.current == null) {
      return 1;
    }
    c = current.compareTo(o.current);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(inAllele, o.inAllele);
    if (c != 0) {
      return c;
    }
    int i = head;
    int j = o.head;
    while (i < size) {
      if (j >= o.size) {
        return 1;
      }
      c = pending[i++].compareTo(o.pending[j++]);
      if (c != 0) {
        return c;
      }
    }
    return j < o.size ? -1 : 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HaplotypeCursor && compareTo((HaplotypeCursor) o) == 0;
  }

  @Override
  public int hashCode() {
    return position;
  }
}
