package dk.harness.simulate;

/**
 * A repeat inserted into the simulated reference.
 *
 * @param kind what it is
 * @param start 0-based contig start (inclusive); for homopolymers and tandem repeats the maximal run in the final
 *     sequence, which may extend past what was inserted when the background happens to continue it
 * @param end 0-based contig end (exclusive)
 * @param unitLength repeat unit length (1 for homopolymers, 2-4 for tandem repeats, 0 otherwise)
 */
record RepeatElement(Kind kind, int start, int end, int unitLength) {
  /** Kinds of inserted repeat. */
  enum Kind {
    HOMOPOLYMER, TANDEM_REPEAT, GC_RICH, DUPLICATION
  }

  int length() {
    return end - start;
  }

  /** Low-complexity sequence, where callers make most false positives. */
  boolean lowComplexity() {
    return kind != Kind.DUPLICATION;
  }
}
