package dk.harness.core;

/**
 * Everything that steers a comparison. Immutable; pass one instance to every contig.
 *
 * @param maxPaths bound on concurrently open search paths in a region before it is declared too complex
 * @param maxIterations bound on search steps since the last sync point before a region is too complex
 * @param localMatchWindow distance in bases for GA4GH local matches (BK=lm); negative disables them
 * @param maxAlleleLength records with a REF or ALT longer than this are not searched (reported as too complex)
 * @param threads worker threads for independent groups within a contig (1 = run in the calling thread)
 * @param refOverlap vcfeval's {@code --ref-overlap}: trim bases an ALT shares with REF and let the REF side of a call
 *     play nothing, so calls that overlap only on reference bases can both be placed (off by default, as in vcfeval)
 */
public record ComparisonConfig(int maxPaths, int maxIterations, int localMatchWindow, int maxAlleleLength, int threads,
    boolean refOverlap) {

  public ComparisonConfig(int maxPaths, int maxIterations, int localMatchWindow, int maxAlleleLength, int threads) {
    this(maxPaths, maxIterations, localMatchWindow, maxAlleleLength, threads, false);
  }

  /** vcfeval's defaults: 50,000 paths, 10,000,000 iterations, loose-match distance 30, alleles up to 1,000 bp. */
  public static ComparisonConfig defaults() {
    return new ComparisonConfig(50_000, 10_000_000, 30, 1_000, 1);
  }

  public ComparisonConfig {
    if (maxPaths < 1 || maxIterations < 1 || threads < 1) {
      throw new IllegalArgumentException("maxPaths, maxIterations and threads must be positive");
    }
  }

  public ComparisonConfig withThreads(int n) {
    return new ComparisonConfig(maxPaths, maxIterations, localMatchWindow, maxAlleleLength, n, refOverlap);
  }

  public ComparisonConfig withRefOverlap(boolean on) {
    return new ComparisonConfig(maxPaths, maxIterations, localMatchWindow, maxAlleleLength, threads, on);
  }
}
