package dk.harness.simulate;

import dk.harness.simulate.SvAllele.SvKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one sample's SV truth and SV benchmark regions on one contig. SVs keep {@link #GAP} bases apart and
 * {@link #MARGIN} bases clear of benchmark-region edges (each lies well inside or well outside the BED), so every
 * call a unit writes for an SV, shifted or resized, identifies that SV alone and stays on its side of the BED.
 * Stateless apart from parameters; thread-safe.
 */
final class SvTruthGenerator {
  /** Minimum distance between two truth SVs' footprints: far beyond refdist plus the largest injected shift. */
  static final int GAP = 4000;
  /** Distance from benchmark-region edges and contig ends. */
  static final int MARGIN = 3000;
  /** Deletions up to this size are written sequence-resolved (REF holds the deleted bases), larger ones symbolic. */
  static final int RESOLVED_DEL_MAX = 10_000;
  /** Insertions are at most this long (long-read truth sets hold few longer ones). */
  static final int INS_MAX = 10_000;
  private static final double MEAN_BENCHMARK_GAP = 10_000;
  /** Mean SV footprint, to turn {@link SvMix#svPerMb()} into a spacing. */
  private static final double MEAN_FOOTPRINT = 1_300;
  /** Size bins (Truvari/GIAB): lower bounds and the share of SVs in each; the last is 5 kb to 50 kb. */
  private static final int[] BIN_LOW = {50, 100, 300, 1000, 5000, SvTruth.SIZEMAX};
  private static final double[] BIN_SHARE = {0.34, 0.30, 0.18, 0.12, 0.06};

  private final long seed;
  private final SvMix mix;

  SvTruthGenerator(long seed, SvMix mix) {
    this.seed = seed;
    this.mix = mix;
  }

  /** One sample's SV truth on one contig. */
  record Contig(List<int[]> benchmark, List<SvTruth> truths) {
  }

  Contig generate(String sample, ReferenceWindow ref) {
    final List<int[]> benchmark = benchmark(Seeds.rng(seed, "sv-benchmark", sample, ref.contig()), ref.length());
    final SplittableRandom rng = Seeds.rng(seed, "sv-truth", sample, ref.contig());
    final List<SvTruth> truths = new ArrayList<>();
    final double meanSpacing = Math.max(500, 1e6 / mix.svPerMb() - GAP - MEAN_FOOTPRINT);
    int pos = MARGIN + 1 + Draw.exponential(rng, meanSpacing);
    while (pos + MARGIN < ref.length()) {
      final SvTruth t = draw(rng, ref, pos);
      if (t == null) {
        pos += GAP;
        continue;
      }
      final int side = side(benchmark, t.footprintStart() - MARGIN, t.footprintEnd() + MARGIN);
      if (side >= 0) {
        truths.add(new SvTruth(t.allele(), t.genotype(), t.simType(), side == 1, t.following()));
      }
      pos = t.footprintEnd() + GAP + Draw.exponential(rng, meanSpacing);
    }
    return new Contig(benchmark, truths);
  }

  /** An SV at {@code pos}, or null when it does not fit before the contig end. */
  private SvTruth draw(SplittableRandom rng, ReferenceWindow ref, int pos) {
    final double u = rng.nextDouble();
    final Genotype gt = rng.nextDouble() < mix.hetFraction() ? Genotype.HET : Genotype.HOM;
    final double ins = mix.insertionFraction();
    final double tandem = ins + mix.tandemDupFraction();
    final double dup = tandem + mix.symbolicDupFraction();
    final double inv = dup + mix.inversionFraction();
    final String simType;
    final SvKind kind;
    int size;
    if (u < ins) {
      simType = "INSERTION";
      kind = SvKind.INS;
      size = Math.min(size(rng, false), INS_MAX);
    } else if (u < tandem) {
      simType = "TANDEM_DUPLICATION";
      kind = SvKind.INS;
      size = Math.min(size(rng, false), INS_MAX);
    } else if (u < dup) {
      simType = "DUPLICATION";
      kind = SvKind.DUP;
      size = size(rng, true);
    } else if (u < inv) {
      simType = "INVERSION";
      kind = SvKind.INV;
      // Inversions below a few hundred bases are rare in real call sets.
      size = Math.max(size(rng, false), 300 + rng.nextInt(700));
    } else {
      simType = "DELETION";
      kind = SvKind.DEL;
      size = size(rng, true);
    }
    final int footprintEnd = pos + (kind == SvKind.INS && !simType.equals("TANDEM_DUPLICATION") ? 0 : size);
    if (footprintEnd + MARGIN >= ref.length()) {
      return null;
    }
    final SvAllele allele = switch (simType) {
      case "INSERTION" -> new SvAllele(kind, pos, size, randomBases(rng, size), false);
      case "TANDEM_DUPLICATION" -> new SvAllele(kind, pos, size, ref.text(pos, pos + size), false);
      case "DELETION" -> new SvAllele(kind, pos, size, null, size > RESOLVED_DEL_MAX);
      default -> new SvAllele(kind, pos, size, null, true);
    };
    final String following = simType.equals("TANDEM_DUPLICATION") && size < SvErrorProfile.FAR_SHIFT_MAX_SIZE
        ? ref.text(pos + size, pos + 3 * size) : "";
    return new SvTruth(allele, gt, simType, false, following);
  }

  /** A size from the bins, log-uniform within a bin; deletions and duplications occasionally beyond 50 kb. */
  private int size(SplittableRandom rng, boolean mayExceed50kb) {
    if (mayExceed50kb && rng.nextDouble() < mix.over50kbFraction()) {
      return logUniform(rng, SvTruth.SIZEMAX + 1, 4 * SvTruth.SIZEMAX);
    }
    double u = rng.nextDouble();
    int bin = 0;
    while (bin < BIN_SHARE.length - 1 && u >= BIN_SHARE[bin]) {
      u -= BIN_SHARE[bin];
      bin++;
    }
    return logUniform(rng, BIN_LOW[bin], BIN_LOW[bin + 1] - 1);
  }

  private static int logUniform(SplittableRandom rng, int lo, int hi) {
    final double x = StrictMath.exp(StrictMath.log(lo) + rng.nextDouble() * (StrictMath.log(hi + 1.0)
        - StrictMath.log(lo)));
    return Math.min(hi, Math.max(lo, (int) x));
  }

  static String randomBases(SplittableRandom rng, int n) {
    final StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) Draw.base(rng, ReferenceGenerator.GC));
    }
    return sb.toString();
  }

  /** The benchmark BED of a contig: the contig minus random gaps, about {@link SvMix#benchmarkFraction()} of it. */
  private List<int[]> benchmark(SplittableRandom rng, int length) {
    final int gapCount = Draw.poisson(rng, length * (1 - mix.benchmarkFraction()) / MEAN_BENCHMARK_GAP);
    final List<int[]> gaps = new ArrayList<>();
    for (int i = 0; i < gapCount; i++) {
      final int start = rng.nextInt(length);
      final int len = Math.min(Draw.exponential(rng, MEAN_BENCHMARK_GAP), Math.max(1, length / 4));
      gaps.add(new int[] {start, (int) Math.min(length, (long) start + len)});
    }
    gaps.sort(Comparator.comparingInt(g -> g[0]));
    final List<int[]> out = new ArrayList<>();
    int pos = 0;
    for (int[] g : gaps) {
      if (g[0] > pos) {
        out.add(new int[] {pos, g[0]});
      }
      pos = Math.max(pos, g[1]);
    }
    if (pos < length) {
      out.add(new int[] {pos, length});
    }
    return out;
  }

  /**
   * Where [from, to) lies: 1 inside one benchmark interval, 0 outside all of them, -1 across an edge (or beyond
   * the contig start).
   */
  static int side(List<int[]> benchmark, int from, int to) {
    if (from < 0) {
      return -1;
    }
    for (int[] b : benchmark) {
      if (b[0] <= from && to <= b[1]) {
        return 1;
      }
      if (b[0] < to && from < b[1]) {
        return -1;
      }
    }
    return 0;
  }
}
