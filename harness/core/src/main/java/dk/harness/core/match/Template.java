package dk.harness.core.match;

/**
 * The reference bases a search replays against, as {@link Bases} codes, in contig coordinates. Holds only a
 * window of the contig; positions outside the window read as N. Callers size the window so that every base a
 * search can compare lies inside it. Immutable.
 */
final class Template {
  private final int contigLength;
  private final int offset;
  private final byte[] codes;

  Template(int contigLength, int offset, byte[] codes) {
    this.contigLength = contigLength;
    this.offset = offset;
    this.codes = codes;
  }

  int length() {
    return contigLength;
  }

  byte code(int pos) {
    final int i = pos - offset;
    return i >= 0 && i < codes.length ? codes[i] : Bases.N;
  }
}
