package dk.harness.simulate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from the master seed and a label (e.g. {@code truth/HG002/chr1/17}), so
 * each block of each output can be generated on its own and in any order with the same result. Stateless.
 */
final class Seeds {
  private Seeds() {
  }

  /** A fresh generator for the stream named by {@code parts} under {@code seed}. */
  static SplittableRandom rng(long seed, Object... parts) {
    long h = 0xcbf29ce484222325L;
    for (Object part : parts) {
      for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
        h = (h ^ (b & 0xff)) * 0x100000001b3L;
      }
      // A separator byte keeps ("ab","c") and ("a","bc") apart.
      h = (h ^ 0x1f) * 0x100000001b3L;
    }
    return new SplittableRandom(mix(seed ^ mix(h)));
  }

  /** The SplitMix64 finalizer: spreads every input bit over the whole output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
