package dk.harness.simulate;

import dk.harness.simulate.SvAllele.SvKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns one sample's SV truth on one contig into a unit's SV calls, following the unit's {@link SvErrorProfile},
 * and counts every injected difference by kind ({@code sv_missed}, {@code sv_far_shift}, {@code sv_size_beyond},
 * {@code sv_dup_as_dup}, {@code sv_near_shift}, {@code sv_size_within}, {@code sv_symbolic}, {@code sv_gt_error},
 * {@code sv_false}). The benchmark counts hold only what Truvari's defaults count: truth SVs of 50..50000 bp inside
 * the benchmark BED, and false calls inside it. Stateless apart from parameters; thread-safe.
 */
final class SvCaller {
  /** Margin kept by false calls from truth SVs and each other (as truth SVs keep from each other). */
  private static final int FALSE_GAP = SvTruthGenerator.GAP;
  private static final int ATTEMPTS = 20;

  private final long seed;
  private final UnitProfile unit;
  private final SvErrorProfile profile;

  SvCaller(long seed, UnitProfile unit) {
    this.seed = seed;
    this.unit = unit;
    this.profile = SvErrorProfile.of(unit);
  }

  /** One call: the allele as written, its genotype, a quality, and whether it is flagged IMPRECISE. */
  record SvCall(SvAllele allele, Genotype genotype, double qual, boolean imprecise) {
  }

  /** The unit's calls on one contig, sorted by position. */
  List<SvCall> call(String sample, ReferenceWindow ref, SvTruthGenerator.Contig truth, Counts injected,
      Counts injectedBenchmark) {
    final SplittableRandom rng = Seeds.rng(seed, "sv-unit", unit.unitName(), sample, ref.contig());
    final List<SvCall> calls = new ArrayList<>();
    for (SvTruth t : truth.truths()) {
      final Events events = new Events(injected, t.counted() ? injectedBenchmark : null);
      final SvCall c = callOne(rng, t, events);
      if (c != null) {
        calls.add(c);
      }
    }
    addFalseCalls(Seeds.rng(seed, "sv-false", unit.unitName(), sample, ref.contig()), ref, truth, calls, injected,
        injectedBenchmark);
    calls.sort(Comparator.comparingInt(c -> c.allele().anchor()));
    return calls;
  }

  /** Counts an event genome-wide and, when the SV counts, in the benchmark. */
  private record Events(Counts all, Counts benchmark) {
    void add(String kind) {
      all.add(kind);
      if (benchmark != null) {
        benchmark.add(kind);
      }
    }
  }

  private SvCall callOne(SplittableRandom rng, SvTruth t, Events events) {
    final SvAllele a = t.allele();
    final int len = a.length();
    final double u = rng.nextDouble();
    final double v = rng.nextDouble();
    final double w = rng.nextDouble();
    final double x = rng.nextDouble();
    if (len > SvTruth.SIZEMAX) {
      // Beyond Truvari's sizemax nothing is compared; the unit just reports what it saw.
      return new SvCall(a, t.genotype(), score(rng, true), false);
    }
    final double miss = a.kind() == SvKind.DEL ? profile.missDel()
        : a.kind() == SvKind.INS ? profile.missIns() : profile.missOther();
    double bound = miss;
    if (u < bound) {
      events.add("sv_missed");
      return null;
    }
    SvAllele called = a;
    boolean wrong = false;
    boolean near = false;
    boolean sizeWithin = false;
    if (u < (bound += profile.farShift())) {
      if (len < SvErrorProfile.FAR_SHIFT_MAX_SIZE) {
        events.add("sv_far_shift");
        called = a.withStart(a.start() + farShift(rng, t));
        wrong = true;
      } else {
        near = true;
      }
    } else if (u < (bound += profile.sizeBeyond())) {
      events.add("sv_size_beyond");
      called = resized(rng, t, false);
      wrong = true;
    } else if (t.tandem() && u < bound + profile.dupAsDup()) {
      events.add("sv_dup_as_dup");
      called = new SvAllele(SvKind.DUP, a.start(), len, null, true);
      wrong = true;
    } else if (v < profile.nearShift()) {
      near = true;
    } else if (v < profile.nearShift() + profile.sizeWithin()) {
      sizeWithin = true;
    }
    if (near) {
      events.add("sv_near_shift");
      final int max = Math.max(1, Math.min(450, len / 5));
      called = a.withStart(a.start() + (rng.nextBoolean() ? 1 : -1) * Draw.between(rng, 1, max));
    } else if (sizeWithin) {
      events.add("sv_size_within");
      called = resized(rng, t, true);
    }
    if (!called.symbolic() && len >= profile.symbolicMinSize() && w < profile.symbolic()) {
      events.add("sv_symbolic");
      called = new SvAllele(called.kind(), called.start(), called.length(), null, true);
    }
    Genotype gt = t.genotype();
    if (!wrong && x < profile.gtError()) {
      events.add("sv_gt_error");
      gt = gt == Genotype.HET ? Genotype.HOM : Genotype.HET;
    }
    // Symbolic calls with shifted breakpoints are what short-read callers flag IMPRECISE.
    return new SvCall(called, gt, score(rng, !wrong), near && called.symbolic());
  }

  /** Beyond refdist: past the SV's own span (a far-shifted call must not overlap its truth within 500 bp). */
  private static int farShift(SplittableRandom rng, SvTruth t) {
    final int span = t.footprintEnd() - t.footprintStart();
    return (rng.nextBoolean() ? 1 : -1) * (span + 600 + rng.nextInt(901));
  }

  /**
   * The allele with its size off by a factor within ({@code within}) or beyond Truvari's pctsize 0.7. Only SVs
   * under 1 kb grow (a larger one growing could reach the next SV); nothing shrinks below 50 bp (Truvari would
   * drop the call instead of counting it).
   */
  private static SvAllele resized(SplittableRandom rng, SvTruth t, boolean within) {
    final SvAllele a = t.allele();
    final int len = a.length();
    final boolean canGrow = len < SvErrorProfile.FAR_SHIFT_MAX_SIZE;
    int newLen;
    while (true) {
      final boolean grow = canGrow && (rng.nextBoolean() || shrunk(len, within ? 0.75 : 0.35) < SvTruth.SIZEMIN);
      final double f = within ? (grow ? 1.1 + 0.2 * rng.nextDouble() : 0.75 + 0.15 * rng.nextDouble())
          : (grow ? 1.6 + 0.9 * rng.nextDouble() : 0.35 + 0.25 * rng.nextDouble());
      newLen = (int) Math.round(len * f);
      final double sim = Math.min(len, newLen) / (double) Math.max(len, newLen);
      if (newLen >= SvTruth.SIZEMIN && newLen != len && (within ? sim >= 0.72 : sim <= 0.68)) {
        break;
      }
    }
    if (a.kind() != SvKind.INS || a.symbolic()) {
      return new SvAllele(a.kind(), a.start(), newLen, null, a.symbolic());
    }
    final String seq;
    if (newLen < len) {
      seq = a.inserted().substring(0, newLen);
    } else if (t.tandem()) {
      // An over-long duplication call reads on into the sequence after the duplicated copy.
      seq = a.inserted() + t.following().substring(0, newLen - len);
    } else {
      seq = a.inserted() + SvTruthGenerator.randomBases(rng, newLen - len);
    }
    return new SvAllele(a.kind(), a.start(), newLen, seq, false);
  }

  private static int shrunk(int len, double factor) {
    return (int) Math.round(len * factor);
  }

  /** False SVs: small deletions and insertions, away from every truth SV, each other and benchmark edges. */
  private void addFalseCalls(SplittableRandom rng, ReferenceWindow ref, SvTruthGenerator.Contig truth,
      List<SvCall> calls, Counts injected, Counts injectedBenchmark) {
    final int n = Draw.poisson(rng, ref.length() / 1e6 * profile.falsePerMb());
    final List<int[]> taken = new ArrayList<>();
    for (SvTruth t : truth.truths()) {
      taken.add(new int[] {t.footprintStart(), t.footprintEnd()});
    }
    for (int i = 0; i < n; i++) {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        final boolean deletion = rng.nextDouble() < 0.6;
        final double b = rng.nextDouble();
        final int len = b < 0.45 ? Draw.between(rng, 50, 99) : b < 0.8 ? Draw.between(rng, 100, 299)
            : Draw.between(rng, 300, 999);
        final int hi = ref.length() - SvTruthGenerator.MARGIN - len - 1;
        final int lo = SvTruthGenerator.MARGIN + 2;
        if (hi <= lo) {
          return;
        }
        final int start = Draw.between(rng, lo, hi);
        final String seq = deletion ? null : SvTruthGenerator.randomBases(rng, len);
        final boolean symbolic = len >= profile.symbolicMinSize() && rng.nextDouble() < profile.symbolic();
        final SvAllele a = deletion ? new SvAllele(SvKind.DEL, start, len, null, symbolic)
            : new SvAllele(SvKind.INS, start, len, symbolic ? null : seq, symbolic);
        final int side = SvTruthGenerator.side(truth.benchmark(), a.anchor() - SvTruthGenerator.MARGIN,
            a.spanEnd() + SvTruthGenerator.MARGIN);
        if (side < 0 || !clear(taken, a.anchor() - FALSE_GAP, a.spanEnd() + FALSE_GAP)) {
          continue;
        }
        taken.add(new int[] {a.anchor(), a.spanEnd()});
        injected.add("sv_false");
        if (side == 1) {
          injectedBenchmark.add("sv_false");
        }
        calls.add(new SvCall(a, rng.nextDouble() < 0.7 ? Genotype.HET : Genotype.HOM, score(rng, false), false));
        break;
      }
    }
  }

  private static boolean clear(List<int[]> taken, int from, int to) {
    for (int[] t : taken) {
      if (t[0] < to && from < t[1]) {
        return false;
      }
    }
    return true;
  }

  /** QUAL: correct calls score higher than wrong ones on average, with overlap (meaningful ranking). */
  private static double score(SplittableRandom rng, boolean correct) {
    final double s = correct ? 45 + 12 * Draw.gaussian(rng) : 18 + 9 * Draw.gaussian(rng);
    return Math.max(1, Math.round(s * 10) / 10.0);
  }
}
