package dk.harness.simulate;

import java.util.SplittableRandom;

/** Random draws the generators share. Stateless; the caller owns the generator. */
final class Draw {
  private static final byte[] AT = {'A', 'T'};
  private static final byte[] CG = {'C', 'G'};
  private static final byte[] ACGT = {'A', 'C', 'G', 'T'};

  private Draw() {
  }

  /** A base with GC probability {@code gc}. */
  static byte base(SplittableRandom rng, double gc) {
    return rng.nextDouble() < gc ? CG[rng.nextInt(2)] : AT[rng.nextInt(2)];
  }

  /** One of A, C, G, T uniformly. */
  static byte anyBase(SplittableRandom rng) {
    return ACGT[rng.nextInt(4)];
  }

  /** A base other than {@code ref}; a transition with probability 2/3, so Ti/Tv is about 2 as in human SNVs. */
  static byte substitute(SplittableRandom rng, byte ref) {
    final byte transition = switch (ref) {
      case 'A' -> 'G';
      case 'G' -> 'A';
      case 'C' -> 'T';
      default -> 'C';
    };
    if (rng.nextInt(3) < 2) {
      return transition;
    }
    byte b;
    do {
      b = anyBase(rng);
    } while (b == ref || b == transition);
    return b;
  }

  /** A base other than {@code a} and {@code b}. */
  static byte otherThan(SplittableRandom rng, byte a, byte b) {
    byte c;
    do {
      c = anyBase(rng);
    } while (c == a || c == b);
    return c;
  }

  /** Poisson-distributed count with the given mean (normal approximation above 200). */
  static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 200) {
      return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian(rng)));
    }
    final double limit = StrictMath.exp(-mean);
    int k = 0;
    double p = rng.nextDouble();
    while (p > limit) {
      k++;
      p *= rng.nextDouble();
    }
    return k;
  }

  /** 1 + the number of failures before a success with probability {@code p}, at most {@code max}. */
  static int geometric(SplittableRandom rng, double p, int max) {
    int n = 1;
    while (n < max && rng.nextDouble() >= p) {
      n++;
    }
    return n;
  }

  /** Exponentially distributed with the given mean, at least 1. */
  static int exponential(SplittableRandom rng, double mean) {
    return (int) Math.max(1, Math.round(-mean * StrictMath.log(1 - rng.nextDouble())));
  }

  /** Standard normal (Box-Muller; one value per call keeps the stream simple and deterministic). */
  static double gaussian(SplittableRandom rng) {
    final double u = 1 - rng.nextDouble();
    final double v = rng.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }

  /** Uniform integer in [lo, hi] inclusive. */
  static int between(SplittableRandom rng, int lo, int hi) {
    return lo + rng.nextInt(hi - lo + 1);
  }
}
