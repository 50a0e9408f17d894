package dk.harness.workflow.gates;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The Jeffreys interval for a binomial proportion: the equal-tailed quantiles of Beta(x + 1/2, n - x + 1/2),
 * with the lower end set to 0 when x = 0 and the upper end to 1 when x = n (Brown, Cai and DasGupta 2001,
 * "Interval estimation for a binomial proportion", Statist. Sci. 16:101-133). Immutable.
 *
 * @param lower lower end, in [0, 1]
 * @param upper upper end, in [lower, 1]
 */
public record JeffreysInterval(double lower, double upper) {
  /** Accuracy asked of the Beta quantile solver; far below the 4 decimals the gates report. */
  private static final double SOLVER_ACCURACY = 1e-14;

  public JeffreysInterval {
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw new IllegalArgumentException("need 0 <= lower <= upper <= 1, got [" + lower + ", " + upper + "]");
    }
  }

  /**
   * The interval for {@code successes} out of {@code trials}.
   *
   * @param successes x, 0 <= x <= n
   * @param trials n >= 0; for n = 0 the interval is [0, 1] (nothing is known)
   * @param confidence e.g. 0.95, in (0, 1)
   * @throws IllegalArgumentException on counts or confidence out of range
   */
  public static JeffreysInterval of(long successes, long trials, double confidence) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    if (trials == 0) {
      return new JeffreysInterval(0, 1);
    }
    final double tail = (1 - confidence) / 2;
    // No random generator is needed for quantiles; pass null so none is created.
    final BetaDistribution beta = new BetaDistribution(null, successes + 0.5, trials - successes + 0.5,
        SOLVER_ACCURACY);
    final double lower = successes == 0 ? 0 : beta.inverseCumulativeProbability(tail);
    final double upper = successes == trials ? 1 : beta.inverseCumulativeProbability(1 - tail);
    return new JeffreysInterval(clamp(lower), Math.max(clamp(lower), clamp(upper)));
  }

  private static double clamp(double p) {
    return Math.min(1, Math.max(0, p));
  }
}
