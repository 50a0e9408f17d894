package dk.harness.core.match;

import dk.harness.core.ReferenceSequence;

/**
 * The reference a search replays against, read as {@link Bases} codes in contig coordinates. Immutable; safe to
 * share between threads when the underlying reference is.
 */
final class Template {
  private final ReferenceSequence reference;
  private final int length;

  Template(ReferenceSequence reference) {
    this.reference = reference;
    this.length = reference.length();
  }

  int length() {
    return length;
  }

  byte code(int pos) {
    return Bases.code(reference.baseAt(pos));
  }
}
