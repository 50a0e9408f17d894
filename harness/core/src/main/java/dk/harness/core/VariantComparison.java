package dk.harness.core;

import dk.harness.core.match.ContigMatcher;
import java.util.List;

/**
 * The comparison engine: decides TP/FP/FN for the truth and query records of one contig by haplotype replay,
 * the way RTG vcfeval does, with GA4GH match levels (gm, am, lm).
 *
 * <p>Pure: no I/O and no shared state; one instance may serve many contigs from many threads. Confident
 * regions, filters and stratification are applied by the caller on the returned decisions.
 */
public final class VariantComparison {
  private final ComparisonConfig config;
  private final ContigMatcher matcher;

  public VariantComparison(ComparisonConfig config) {
    this.config = config;
    this.matcher = new ContigMatcher(config);
  }

  public ComparisonConfig config() {
    return config;
  }

  /**
   * Compares one contig.
   *
   * @param contig contig name (for messages and the result)
   * @param reference the contig's bases
   * @param truth truth records sorted by start, ids unique
   * @param query query records sorted by start, ids unique
   * @return one decision per record, in input order
   * @throws IllegalArgumentException if a list is not sorted by start
   */
  public ContigResult compare(String contig, ReferenceSequence reference, List<Variant> truth, List<Variant> query) {
    return matcher.compare(contig, reference, truth, query);
  }
}
