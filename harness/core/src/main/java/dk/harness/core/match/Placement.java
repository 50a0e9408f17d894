package dk.harness.core.match;

/**
 * A variant with a chosen allele per haplotype (one phasing of its genotype). Immutable.
 */
final class Placement {
  final ReplayVariant variant;
  /** Index of the variant in its side's sorted list (the search's variant index). */
  final int index;
  final int[] alleleIds;

  Placement(ReplayVariant variant, int index, int... alleleIds) {
    this.variant = variant;
    this.index = index;
    this.alleleIds = alleleIds;
  }

  /** The allele on haplotype {@code h}, or {@code null} if it plays nothing there. */
  ReplayAllele allele(int h) {
    return variant.allele(alleleIds[h]);
  }

  /** The allele index on the first haplotype: the last-resort tie-break between equivalent paths. */
  int firstAlleleId() {
    return alleleIds[0];
  }
}
