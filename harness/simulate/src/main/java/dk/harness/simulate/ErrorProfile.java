package dk.harness.simulate;

/**
 * The error rates and score model of one unit. Rates are per truth variant (FN, genotype, homopolymer length)
 * or per megabase (false positives).
 *
 * @param fnSnv probability a truth SNV/MNP is not called
 * @param fnIndel probability a truth indel of at most 15 bp is not called
 * @param fnLongIndel probability a truth indel longer than 15 bp is not called
 * @param gtError probability a called variant gets the wrong zygosity
 * @param hpLengthError probability an indel in a homopolymer is called with the wrong length
 * @param fpSnvPerMb false-positive SNVs per Mb anywhere
 * @param fpIndelPerMb false-positive 1-2 bp deletions per Mb anywhere
 * @param fpHomopolymerIndelPerMb false-positive 1 bp indels per Mb in homopolymers of 8 bp or more
 * @param fpLowComplexitySnvPerMb false-positive SNVs per Mb in and next to low-complexity sequence
 * @param alternativeRepresentation write indels right-shifted, MNPs as SNPs and complex alleles decomposed
 * @param good score of correct calls (QUAL, or GQ for {@link Filtering#FT_LOW_GQ})
 * @param bad score of wrong calls
 * @param filtering how low-scoring calls are flagged
 */
record ErrorProfile(double fnSnv, double fnIndel, double fnLongIndel, double gtError, double hpLengthError,
    double fpSnvPerMb, double fpIndelPerMb, double fpHomopolymerIndelPerMb, double fpLowComplexitySnvPerMb,
    boolean alternativeRepresentation, Score good, Score bad, Filtering filtering) {

  /** Calls scoring below this are flagged (FILTER LowQual or FT LowGQ). */
  static final double FILTER_THRESHOLD = 20;

  /** A normal score distribution, floored at 1. */
  record Score(double mean, double sd) {
  }

  /** How a unit flags low-confidence calls. */
  enum Filtering {
    /** Everything PASS. */
    NONE,
    /** FILTER=LowQual when QUAL is below the threshold. */
    FILTER_LOW_QUAL,
    /** QUAL '.', FILTER '.', FORMAT/FT=LowGQ when GQ is below the threshold. */
    FT_LOW_GQ
  }

  /** The profile of a unit; see docs/simulate.md for why each is realistic. */
  static ErrorProfile of(UnitProfile unit) {
    return switch (unit) {
      case NORTH -> new ErrorProfile(0.004, 0.015, 0.03, 0.003, 0.005, 6, 2, 1, 2, false,
          new Score(60, 15), new Score(28, 12), Filtering.NONE);
      case CENTRAL -> new ErrorProfile(0.008, 0.025, 0.7, 0.005, 0.3, 8, 2, 12, 4, false,
          new Score(45, 14), new Score(24, 12), Filtering.NONE);
      case SOUTH -> new ErrorProfile(0.006, 0.02, 0.05, 0.06, 0.01, 30, 6, 2, 6, false,
          new Score(50, 14), new Score(17, 9), Filtering.FILTER_LOW_QUAL);
      case CAPITAL -> new ErrorProfile(0, 0, 0, 0, 0, 0, 0, 0, 0, true,
          new Score(55, 15), new Score(25, 10), Filtering.NONE);
      case ZEALAND -> new ErrorProfile(0.01, 0.035, 0.08, 0.01, 0.03, 15, 4, 2, 250, false,
          new Score(62, 18), new Score(16, 10), Filtering.FT_LOW_GQ);
    };
  }
}
