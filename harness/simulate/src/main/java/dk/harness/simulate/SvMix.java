package dk.harness.simulate;

/**
 * The composition of the simulated structural-variant (SV) truth set, kept apart from the small-variant truth:
 * its own random streams and files, so switching SVs on or off changes no small-variant byte. Defaults
 * ({@link #giabLike()}) follow the GIAB HG002 SV benchmarks in spirit: deletions and insertions about equally common,
 * a share of the insertions tandem duplications, a few symbolic duplications and inversions, sizes mostly below
 * 1 kb with a tail to 50 kb and a rare one beyond, het:hom about 1.5, and a benchmark BED of about 90% of the genome.
 *
 * @param svPerMb truth SVs per megabase (before the few dropped for lying across a benchmark-region edge), in
 *     [0, 150]; 0 switches SVs off (no SV files, no SV entries in {@code cohort.json})
 * @param insertionFraction fraction of novel-sequence insertions, in [0, 1]
 * @param tandemDupFraction fraction of tandem duplications written as insertions of the duplicated sequence
 * @param symbolicDupFraction fraction of tandem duplications written as symbolic {@code <DUP>}
 * @param inversionFraction fraction of symbolic {@code <INV>}; deletions take the rest, so the four fractions
 *     must sum to at most 1
 * @param hetFraction fraction genotyped 0/1 (the rest 1/1), in [0, 1]
 * @param over50kbFraction fraction of deletions/duplications larger than 50 kb (above Truvari's default sizemax),
 *     in [0, 0.05]
 * @param benchmarkFraction target fraction of the genome covered by the SV benchmark BED, in [0.5, 1]
 */
public record SvMix(double svPerMb, double insertionFraction, double tandemDupFraction, double symbolicDupFraction,
    double inversionFraction, double hetFraction, double over50kbFraction, double benchmarkFraction) {

  public SvMix {
    check("svPerMb", svPerMb, 0, 150);
    check("insertionFraction", insertionFraction, 0, 1);
    check("tandemDupFraction", tandemDupFraction, 0, 1);
    check("symbolicDupFraction", symbolicDupFraction, 0, 1);
    check("inversionFraction", inversionFraction, 0, 1);
    check("hetFraction", hetFraction, 0, 1);
    check("over50kbFraction", over50kbFraction, 0, 0.05);
    check("benchmarkFraction", benchmarkFraction, 0.5, 1);
    if (insertionFraction + tandemDupFraction + symbolicDupFraction + inversionFraction > 1 + 1e-9) {
      throw new IllegalArgumentException("insertion, tandem duplication, symbolic duplication and inversion "
          + "fractions must sum to at most 1");
    }
  }

  /** The GIAB-like defaults described above: 60 SVs per Mb (dense, so a 4-Mb demo has a few hundred). */
  public static SvMix giabLike() {
    return new SvMix(60, 0.32, 0.12, 0.06, 0.04, 0.6, 0.01, 0.9);
  }

  /** No SVs at all: the cohort is exactly what it was before SVs were simulated. */
  public static SvMix none() {
    return new SvMix(0, 0.32, 0.12, 0.06, 0.04, 0.6, 0.01, 0.9);
  }

  /** Whether SVs are simulated. */
  public boolean enabled() {
    return svPerMb > 0;
  }

  private static void check(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] (got " + value + ")");
    }
  }
}
