package dk.harness.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns one sample's truth in one block into a unit's calls, following the unit's {@link ErrorProfile}, and
 * counts every injected difference by kind. Errors draw their scores from the profile's "bad" distribution, so
 * ranking by QUAL/GQ separates them from correct calls on average (meaningful ROC curves). Stateless apart from
 * parameters; thread-safe.
 */
final class UnitCaller {
  /** Hard variants (indels in repeats) score a little lower even when called correctly. */
  private static final double REPEAT_INDEL_PENALTY = 8;

  private final long seed;
  private final UnitProfile unit;
  private final ErrorProfile profile;

  UnitCaller(long seed, UnitProfile unit) {
    this.seed = seed;
    this.unit = unit;
    this.profile = ErrorProfile.of(unit);
  }

  /**
   * The unit's calls for {@code truth}, sorted by position.
   *
   * @param injected receives one count per injected difference, by kind
   * @param injectedConfident the same for differences inside the confident regions
   */
  List<CallRecord> call(String sample, TruthBlock truth, Counts injected, Counts injectedConfident) {
    final ReferenceBlock block = truth.block();
    final SplittableRandom rng = Seeds.rng(seed, "unit", unit.unitName(), sample, block.contig(), block.index());
    final Emitter out = new Emitter(rng, truth, injected, injectedConfident);
    for (TruthVariant v : truth.variants()) {
      callTruth(rng, block, v, out);
    }
    if (truth.zoneEnd() - truth.zoneStart() >= 200) {
      addFalsePositives(rng, truth, out);
    }
    out.records.sort(Comparator.comparingInt(CallRecord::pos));
    return out.records;
  }

  private void callTruth(SplittableRandom rng, ReferenceBlock block, TruthVariant v, Emitter out) {
    final boolean indel = v.kind().indel();
    final boolean longIndel = indel && v.absIndelLength() > 15;
    final double fn = longIndel ? profile.fnLongIndel() : indel ? profile.fnIndel() : profile.fnSnv();
    final int start = v.allelic().pos();
    final int end = v.allelic().end();
    if (rng.nextDouble() < fn) {
      out.event(longIndel ? "fn_long_indel" : indel ? "fn_indel" : "fn_snv", start, end);
      return;
    }
    if (v.homopolymer() != null && v.genotype() != Genotype.HET_ALT && rng.nextDouble() < profile.hpLengthError()) {
      final Allelic wrong = wrongHomopolymerLength(rng, block, v);
      if (wrong != null) {
        out.event("hp_length_error", start, end);
        out.emit(List.of(wrong), v.genotype().text(), true, start, end);
        return;
      }
    }
    String gt = v.genotype().text();
    final boolean gtError = rng.nextDouble() < profile.gtError();
    if (gtError) {
      gt = v.genotype() == Genotype.HET ? "1/1" : v.genotype() == Genotype.HOM ? "0/1" : "1/1";
      out.event("gt_error", start, end);
    }
    List<Allelic> records = List.of(v.allelic());
    if (profile.alternativeRepresentation()) {
      if (v.rightShifted() != null) {
        records = List.of(v.rightShifted());
        out.event("shifted_indel", start, end);
      } else if (!v.parts().isEmpty()) {
        records = v.parts();
        out.event(v.kind() == TruthVariant.Kind.MNP ? "split_mnp" : "decomposed_complex", start, end);
      }
    }
    final double penalty = indel && v.context() != TruthVariant.Context.NONE ? REPEAT_INDEL_PENALTY : 0;
    out.emit(records, gt, gtError, penalty, start, end);
  }

  /** The homopolymer indel called one base too long or too short (left-normalized like the truth). */
  private static Allelic wrongHomopolymerLength(SplittableRandom rng, ReferenceBlock block, TruthVariant v) {
    final int s = v.homopolymer()[0];
    final int e = v.homopolymer()[1];
    int d = v.indelLength() + (rng.nextBoolean() ? 1 : -1);
    if (d == 0) {
      d = 2 * v.indelLength();
    }
    if (d < 0 && -d > e - s - 2) {
      return null;
    }
    final String anchor = block.text(s - 1, s);
    if (d < 0) {
      return new Allelic(s - 1, block.text(s - 1, s - d), anchor);
    }
    return new Allelic(s - 1, anchor, anchor + String.valueOf((char) block.base(s)).repeat(d));
  }

  private void addFalsePositives(SplittableRandom rng, TruthBlock truth, Emitter out) {
    final ReferenceBlock block = truth.block();
    final boolean[] occupied = truth.occupied().clone();
    final double mb = (truth.zoneEnd() - truth.zoneStart()) / 1e6;
    final int snvs = Draw.poisson(rng, mb * profile.fpSnvPerMb());
    for (int i = 0; i < snvs; i++) {
      falseSnv(rng, truth, occupied, Draw.between(rng, truth.zoneStart() + 1, truth.zoneEnd() - 2), "fp_snv", out);
    }
    final int indels = Draw.poisson(rng, mb * profile.fpIndelPerMb());
    for (int i = 0; i < indels; i++) {
      final int p = Draw.between(rng, truth.zoneStart() + 5, truth.zoneEnd() - 10);
      final int len = Draw.between(rng, 1, 2);
      final Allelic left = Normalizer.deletion(block, p, len, true, truth.zoneStart(), truth.zoneEnd());
      final Allelic right = Normalizer.deletion(block, p, len, false, truth.zoneStart(), truth.zoneEnd());
      falseRecord(rng, truth, occupied, left, left.pos() - 2, right.end() + 2, "fp_indel", out);
    }
    final List<RepeatElement> homopolymers = new ArrayList<>();
    final List<RepeatElement> lowComplexity = new ArrayList<>();
    for (RepeatElement e : block.elements()) {
      if (e.start() - 4 < truth.zoneStart() || e.end() + 4 > truth.zoneEnd()) {
        continue;
      }
      if (e.kind() == RepeatElement.Kind.HOMOPOLYMER && e.length() >= 8) {
        homopolymers.add(e);
      }
      if (e.lowComplexity()) {
        lowComplexity.add(e);
      }
    }
    final int hpIndels = homopolymers.isEmpty() ? 0 : Draw.poisson(rng, mb * profile.fpHomopolymerIndelPerMb());
    for (int i = 0; i < hpIndels; i++) {
      final RepeatElement e = homopolymers.get(rng.nextInt(homopolymers.size()));
      final String anchor = block.text(e.start() - 1, e.start());
      final Allelic call = rng.nextBoolean()
          ? new Allelic(e.start() - 1, block.text(e.start() - 1, e.start() + 1), anchor)
          : new Allelic(e.start() - 1, anchor, anchor + (char) block.base(e.start()));
      falseRecord(rng, truth, occupied, call, e.start() - 3, e.end() + 3, "fp_homopolymer_indel", out);
    }
    final int lowCx = lowComplexity.isEmpty() ? 0 : Draw.poisson(rng, mb * profile.fpLowComplexitySnvPerMb());
    for (int i = 0; i < lowCx; i++) {
      final RepeatElement e = lowComplexity.get(rng.nextInt(lowComplexity.size()));
      falseSnv(rng, truth, occupied, Draw.between(rng, e.start() - 2, e.end() + 1), "fp_low_complexity_snv", out);
    }
  }

  private void falseSnv(SplittableRandom rng, TruthBlock truth, boolean[] occupied, int p, String kind,
      Emitter out) {
    final ReferenceBlock block = truth.block();
    final Allelic call = new Allelic(p, block.text(p, p + 1),
        String.valueOf((char) Draw.substitute(rng, block.base(p))));
    falseRecord(rng, truth, occupied, call, p - 1, p + 2, kind, out);
  }

  private void falseRecord(SplittableRandom rng, TruthBlock truth, boolean[] occupied, Allelic call,
      int footprintStart, int footprintEnd, String kind, Emitter out) {
    final String gt = rng.nextDouble() < 0.8 ? "0/1" : "1/1";
    if (!truth.free(occupied, footprintStart, footprintEnd)) {
      return;
    }
    TruthBlock.mark(occupied, truth.block().offset(), footprintStart, footprintEnd);
    out.event(kind, call.pos(), call.end());
    out.emit(List.of(call), gt, true, call.pos(), call.end());
  }

  /** Collects records and counts, and turns scores into QUAL/GQ/DP/FILTER/FT. */
  private final class Emitter {
    final SplittableRandom rng;
    final TruthBlock truth;
    final Counts injected;
    final Counts injectedConfident;
    final List<CallRecord> records = new ArrayList<>();

    Emitter(SplittableRandom rng, TruthBlock truth, Counts injected, Counts injectedConfident) {
      this.rng = rng;
      this.truth = truth;
      this.injected = injected;
      this.injectedConfident = injectedConfident;
    }

    void event(String kind, int start, int end) {
      injected.add(kind);
      if (truth.inConfident(start, end)) {
        injectedConfident.add(kind);
      }
    }

    void emit(List<Allelic> alleles, String gt, boolean error, int start, int end) {
      emit(alleles, gt, error, 0, start, end);
    }

    /** Writes {@code alleles} as calls sharing one score; counts the event as filtered when it is. */
    void emit(List<Allelic> alleles, String gt, boolean error, double penalty, int start, int end) {
      final ErrorProfile.Score model = error ? profile.bad() : profile.good();
      final double score = Math.max(1, model.mean() - penalty + model.sd() * Draw.gaussian(rng));
      final double tenths = Math.round(score * 10) / 10.0;
      final int dp = (int) Math.max(3, Math.round(error ? 22 + 8 * Draw.gaussian(rng) : 35 + 6 * Draw.gaussian(rng)));
      final double qual;
      final int gq;
      final String filter;
      final String ft;
      final boolean flagged;
      switch (profile.filtering()) {
        case FT_LOW_GQ -> {
          gq = (int) Math.min(99, Math.round(score));
          qual = Double.NaN;
          flagged = gq < ErrorProfile.FILTER_THRESHOLD;
          filter = ".";
          ft = flagged ? "LowGQ" : "PASS";
        }
        case FILTER_LOW_QUAL -> {
          gq = (int) Math.min(99, Math.round(score * 0.8 + 3));
          qual = tenths;
          flagged = qual < ErrorProfile.FILTER_THRESHOLD;
          filter = flagged ? "LowQual" : "PASS";
          ft = null;
        }
        default -> {
          gq = (int) Math.min(99, Math.round(score * 0.8 + 3));
          qual = tenths;
          flagged = false;
          filter = "PASS";
          ft = null;
        }
      }
      if (flagged) {
        event(error ? "filtered_error_call" : "filtered_correct_call", start, end);
      }
      for (Allelic a : alleles) {
        records.add(new CallRecord(a, gt, qual, gq, dp, filter, ft));
      }
    }
  }
}
