package dk.harness.simulate;

/**
 * One simulated contig.
 *
 * @param name contig name as written to the FASTA, VCFs and BEDs (e.g. {@code chr1}); no whitespace
 * @param length length in bases, at least {@link #MIN_LENGTH}
 */
public record ContigSpec(String name, int length) {
  /** Shortest contig allowed: one generation block must fit repeats and variants with their margins. */
  public static final int MIN_LENGTH = 10_000;

  public ContigSpec {
    if (name == null || name.isEmpty() || !name.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException("contig name must be non-empty letters, digits, '_', '.', '-' (got '"
          + name + "')");
    }
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException("contig length must be at least " + MIN_LENGTH + " (got " + length + ")");
    }
  }
}
