package dk.harness.core;

/**
 * Copies allele bases for {@link Variant}. Single-base alleles (most of a VCF) share one array per base instead
 * of a copy per record, which keeps a genome's worth of records about a fifth lighter. The shared arrays are as
 * immutable as every array a {@link Variant} hands out: callers must not write to them.
 */
final class AlleleBases {
  private static final byte[][] SINGLE = new byte[128][];

  static {
    for (byte b : "ACGTNacgtn".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
      SINGLE[b] = new byte[] {b};
    }
  }

  private AlleleBases() {
  }

  /** A copy of {@code bases}, or the shared array holding the same single base. */
  static byte[] copyOf(byte[] bases) {
    if (bases.length == 1 && bases[0] >= 0 && SINGLE[bases[0]] != null) {
      return SINGLE[bases[0]];
    }
    return bases.clone();
  }
}
