package dk.harness.core.match;

/** Lengths of shared prefixes and suffixes of two base arrays, each kept clear of the other end's trimmed part. */
final class SharedBases {
  private SharedBases() {
  }

  /** Longest common prefix of {@code a} and {@code b}, not reaching into the last {@code rightOffset} bases of either. */
  static int prefix(int rightOffset, byte[] a, byte[] b) {
    int n = 0;
    while (n < a.length - rightOffset && n < b.length - rightOffset && a[n] == b[n]) {
      n++;
    }
    return n;
  }

  /** Longest common suffix of {@code a} and {@code b}, not reaching into the first {@code leftOffset} bases of either. */
  static int suffix(int leftOffset, byte[] a, byte[] b) {
    int n = 0;
    while (n + leftOffset < a.length && n + leftOffset < b.length && a[a.length - n - 1] == b[b.length - n - 1]) {
      n++;
    }
    return n;
  }
}
