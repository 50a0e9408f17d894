package dk.harness.simulate;

/**
 * Builds anchored indel records on a reference block, shifted left (VCF normalization) or right as far as the
 * sequence allows within [lo, hi). Stateless.
 */
final class Normalizer {
  private Normalizer() {
  }

  /** Deletion of contig [start, start+len): the record shifted {@code left} or right, anchor base included. */
  static Allelic deletion(ReferenceBlock block, int start, int len, boolean left, int lo, int hi) {
    int i = start;
    if (left) {
      while (i - 2 >= lo && block.base(i - 1) == block.base(i + len - 1)) {
        i--;
      }
    } else {
      while (i + len < hi && block.base(i + len) == block.base(i)) {
        i++;
      }
    }
    return new Allelic(i - 1, block.text(i - 1, i + len), block.text(i - 1, i));
  }

  /** Insertion of {@code seq} before contig position {@code before}: the record shifted {@code left} or right. */
  static Allelic insertion(ReferenceBlock block, int before, String seq, boolean left, int lo, int hi) {
    int i = before;
    final StringBuilder s = new StringBuilder(seq);
    if (left) {
      while (i - 2 >= lo && block.base(i - 1) == s.charAt(s.length() - 1)) {
        s.insert(0, s.charAt(s.length() - 1));
        s.setLength(s.length() - 1);
        i--;
      }
    } else {
      while (i < hi && block.base(i) == s.charAt(0)) {
        s.append(s.charAt(0));
        s.deleteCharAt(0);
        i++;
      }
    }
    final String anchor = block.text(i - 1, i);
    return new Allelic(i - 1, anchor, anchor + s);
  }
}
