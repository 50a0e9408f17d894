package dk.harness.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates reference blocks: a random background with human-like GC content, into which homopolymers, short
 * tandem repeats, GC-rich stretches and a few segmental near-duplications are inserted at about the density
 * they have in the human genome. Each block depends only on (seed, contig, block index). Stateless apart from
 * its parameters; thread-safe.
 */
final class ReferenceGenerator {
  /** Bases per block; the unit of streaming. */
  static final int BLOCK_SIZE = 50_000;
  /** No repeat is inserted this close to a block edge, so repeats never straddle blocks. */
  static final int EDGE = 100;
  /** Background GC fraction (human genome about 41%). */
  static final double GC = 0.41;
  private static final double MEAN_GAP = 330;
  /** A/T homopolymers are far more common than C/G ones in human DNA. */
  private static final double HOMOPOLYMER_AT = 0.85;

  private final long seed;

  ReferenceGenerator(long seed) {
    this.seed = seed;
  }

  /** Number of blocks of a contig of {@code length} bases. */
  static int blockCount(int length) {
    return (int) (((long) length + BLOCK_SIZE - 1) / BLOCK_SIZE);
  }

  /** Block {@code index} of contig {@code contig} of {@code contigLength} bases. */
  ReferenceBlock block(String contig, int contigLength, int index) {
    final int offset = index * BLOCK_SIZE;
    final int n = Math.min(BLOCK_SIZE, contigLength - offset);
    final SplittableRandom rng = Seeds.rng(seed, "reference", contig, index);
    final byte[] bases = new byte[n];
    for (int i = 0; i < n; i++) {
      bases[i] = Draw.base(rng, GC);
    }
    final List<int[]> placed = new ArrayList<>();
    int pos = EDGE + Draw.exponential(rng, MEAN_GAP);
    while (true) {
      final double kind = rng.nextDouble();
      final int len;
      final int code;
      if (kind < 0.47) {
        len = insertHomopolymer(rng, bases, pos, n);
        code = 1;
      } else if (kind < 0.94) {
        len = insertTandemRepeat(rng, bases, pos, n);
        code = 2;
      } else if (kind < 0.975) {
        len = insertGcRich(rng, bases, pos, n);
        code = 3;
      } else {
        len = insertDuplication(rng, bases, pos, n);
        code = 4;
      }
      if (len < 0) {
        break;
      }
      if (len > 0) {
        placed.add(new int[] {code, pos, pos + len});
      }
      pos += Math.max(len, 1) + Draw.exponential(rng, MEAN_GAP);
    }
    final List<RepeatElement> elements = new ArrayList<>(placed.size());
    for (int[] p : placed) {
      elements.add(element(bases, offset, p[0], p[1], p[2]));
    }
    return new ReferenceBlock(contig, index, offset, bases, elements);
  }

  /** Returns the length written, 0 if skipped, -1 if the block is full. */
  private static int insertHomopolymer(SplittableRandom rng, byte[] bases, int pos, int n) {
    final int len = 5 + Draw.geometric(rng, 0.22, 26);
    if (pos + len > n - EDGE) {
      return -1;
    }
    final byte b = rng.nextDouble() < HOMOPOLYMER_AT ? (rng.nextInt(2) == 0 ? (byte) 'A' : (byte) 'T')
        : (rng.nextInt(2) == 0 ? (byte) 'C' : (byte) 'G');
    for (int i = 0; i < len; i++) {
      bases[pos + i] = b;
    }
    return len;
  }

  private static int insertTandemRepeat(SplittableRandom rng, byte[] bases, int pos, int n) {
    final double u = rng.nextDouble();
    final int k = u < 0.6 ? 2 : u < 0.85 ? 3 : 4;
    final byte[] unit = new byte[k];
    do {
      for (int i = 0; i < k; i++) {
        unit[i] = Draw.base(rng, GC);
      }
    } while (homopolymer(unit));
    final int len = Math.max(2 * k, 9 + Draw.geometric(rng, 0.07, 50));
    if (pos + len > n - EDGE) {
      return -1;
    }
    for (int i = 0; i < len; i++) {
      bases[pos + i] = unit[i % k];
    }
    return len;
  }

  private static int insertGcRich(SplittableRandom rng, byte[] bases, int pos, int n) {
    final int len = Draw.between(rng, 150, 600);
    if (pos + len > n - EDGE) {
      return -1;
    }
    for (int i = 0; i < len; i++) {
      bases[pos + i] = Draw.base(rng, 0.78);
    }
    return len;
  }

  /** A near-copy (2% substitutions) of an earlier stretch of the block, like a recent segmental duplication. */
  private static int insertDuplication(SplittableRandom rng, byte[] bases, int pos, int n) {
    final int len = Draw.between(rng, 200, 500);
    if (pos + len > n - EDGE) {
      return -1;
    }
    if (pos - len - EDGE < EDGE) {
      return 0;
    }
    final int from = Draw.between(rng, EDGE, pos - len - EDGE);
    for (int i = 0; i < len; i++) {
      final byte b = bases[from + i];
      bases[pos + i] = rng.nextDouble() < 0.02 ? Draw.substitute(rng, b) : b;
    }
    return len;
  }

  private static boolean homopolymer(byte[] unit) {
    for (byte b : unit) {
      if (b != unit[0]) {
        return false;
      }
    }
    return true;
  }

  /** The element in contig coordinates, widened to the maximal run for homopolymers and tandem repeats. */
  private static RepeatElement element(byte[] bases, int offset, int code, int start, int end) {
    switch (code) {
      case 1 -> {
        int s = start;
        int e = end;
        while (s > 1 && bases[s - 1] == bases[start]) {
          s--;
        }
        while (e < bases.length - 1 && bases[e] == bases[start]) {
          e++;
        }
        return new RepeatElement(RepeatElement.Kind.HOMOPOLYMER, offset + s, offset + e, 1);
      }
      case 2 -> {
        final int k = period(bases, start, end);
        int s = start;
        int e = end;
        while (s > 1 && bases[s - 1] == bases[s - 1 + k]) {
          s--;
        }
        while (e < bases.length - 1 && bases[e] == bases[e - k]) {
          e++;
        }
        return new RepeatElement(RepeatElement.Kind.TANDEM_REPEAT, offset + s, offset + e, k);
      }
      case 3 -> {
        return new RepeatElement(RepeatElement.Kind.GC_RICH, offset + start, offset + end, 0);
      }
      default -> {
        return new RepeatElement(RepeatElement.Kind.DUPLICATION, offset + start, offset + end, 0);
      }
    }
  }

  /** Smallest period of an inserted tandem repeat (a drawn unit like ATAT has period 2). */
  private static int period(byte[] bases, int start, int end) {
    for (int k = 1; k <= 4; k++) {
      boolean ok = true;
      for (int i = start + k; i < end && ok; i++) {
        ok = bases[i] == bases[i - k];
      }
      if (ok) {
        return k;
      }
    }
    return 4;
  }
}
