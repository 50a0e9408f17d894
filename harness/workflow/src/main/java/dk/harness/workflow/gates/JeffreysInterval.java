package dk.harness.workflow.gates;

/**
 * The Jeffreys interval for a binomial proportion: the equal-tailed quantiles of Beta(x + 1/2, n - x + 1/2),
 * with the lower end set to 0 when x = 0 and the upper end to 1 when x = n (Brown, Cai and DasGupta 2001,
 * "Interval estimation for a binomial proportion", Statist. Sci. 16:101-133). Immutable.
 *
 * @param lower lower end, in [0, 1]
 * @param upper upper end, in [lower, 1]
 */
public record JeffreysInterval(double lower, double upper) {

  /**
   * The interval for {@code successes} out of {@code trials}.
   *
   * @param successes x, 0 <= x <= n
   * @param trials n >= 0; for n = 0 the interval is [0, 1] (nothing is known)
   * @param confidence e.g. 0.95, in (0, 1)
   * @throws IllegalArgumentException on counts or confidence out of range
   */
  public static JeffreysInterval of(long successes, long trials, double confidence) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
