package dk.harness.core;

/**
 * Read access to one contig of the reference. Implementations must be safe for concurrent reads.
 */
public interface ReferenceSequence {
  /** Contig length in bases. */
  int length();

  /**
   * Upper-case ASCII bases of {@code [start, end)} (0-based half-open), clipped to the contig. The returned
   * array is owned by the caller.
   */
  byte[] bases(int start, int end);

  /** The upper-case base at {@code pos}, or {@code 'N'} outside the contig. Implementations should make this cheap. */
  default byte baseAt(int pos) {
    final byte[] b = bases(pos, pos + 1);
    return b.length == 1 ? b[0] : (byte) 'N';
  }

  /** A reference held in memory, for tests and small contigs. */
  static ReferenceSequence of(byte[] bases) {
    final byte[] copy = bases.clone();
    return new ReferenceSequence() {
      @Override
      public int length() {
        return copy.length;
      }

      @Override
      public byte[] bases(int start, int end) {
        final int s = Math.max(0, start);
        final int e = Math.min(copy.length, end);
        return e <= s ? new byte[0] : java.util.Arrays.copyOfRange(copy, s, e);
      }

      @Override
      public byte baseAt(int pos) {
        return pos >= 0 && pos < copy.length ? copy[pos] : (byte) 'N';
      }
    };
  }
}
