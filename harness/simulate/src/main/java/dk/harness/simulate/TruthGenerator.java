package dk.harness.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one sample's truth variants and confident regions block by block. Indels go preferentially into
 * homopolymers and tandem repeats (as most real indels do) and are written left-normalized; every variant gets a
 * footprint covering all its representations, and footprints never overlap, so the alternative representations
 * the units write stay unambiguous. Variants keep clear of confident-region edges so boundary effects do not
 * blur the expected results. Thread-safe (stateless apart from parameters).
 */
final class TruthGenerator {
  /** Variants keep this far from block edges (repeats keep {@link ReferenceGenerator#EDGE}). */
  static final int ZONE_MARGIN = 150;
  /** Mean length of a gap in the confident regions. */
  private static final double MEAN_GAP = 1500;
  private static final int ATTEMPTS = 20;

  private final long seed;
  private final TruthMix mix;

  TruthGenerator(long seed, TruthMix mix) {
    this.seed = seed;
    this.mix = mix;
  }

  /** The truth of {@code sample} in {@code block}; adds what it generated to {@code stats}. */
  TruthBlock generate(String sample, ReferenceBlock block, Counts stats) {
    final List<int[]> confident = confident(Seeds.rng(seed, "confident", sample, block.contig(), block.index()),
        block);
    final SplittableRandom rng = Seeds.rng(seed, "truth", sample, block.contig(), block.index());
    final int zoneStart = block.offset() + ZONE_MARGIN;
    final int zoneEnd = block.end() - ZONE_MARGIN;
    final boolean[] occupied = new boolean[block.length()];
    final List<TruthVariant> variants = new ArrayList<>();
    final TruthBlock result = new TruthBlock(block, confident, variants, occupied, zoneStart, zoneEnd);
    if (zoneEnd - zoneStart < 200) {
      return new TruthBlock(block, confident, List.of(), occupied, zoneStart, zoneEnd);
    }
    final int zoneLength = zoneEnd - zoneStart;
    final List<RepeatElement> repeats = new ArrayList<>();
    for (RepeatElement e : block.elements()) {
      if ((e.kind() == RepeatElement.Kind.HOMOPOLYMER || e.kind() == RepeatElement.Kind.TANDEM_REPEAT)
          && e.start() - 4 >= zoneStart && e.end() + 4 <= zoneEnd) {
        repeats.add(e);
      }
    }
    final Sites sites = new Sites(rng, block, zoneStart, zoneEnd);
    final int indels = Draw.poisson(rng, zoneLength * mix.snvRate() * mix.indelPerSnv());
    for (int i = 0; i < indels; i++) {
      place(result, variants, occupied, () -> indel(sites, repeats));
    }
    final int snvs = Draw.poisson(rng, zoneLength * mix.snvRate());
    for (int i = 0; i < snvs; i++) {
      place(result, variants, occupied, () -> substitution(sites));
    }
    variants.sort(Comparator.comparingInt(TruthVariant::pos));
    for (TruthVariant v : variants) {
      count(v, result, stats);
    }
    return new TruthBlock(block, confident, variants, occupied, zoneStart, zoneEnd);
  }

  private interface Candidate {
    TruthVariant next();
  }

  private static void place(TruthBlock truth, List<TruthVariant> variants, boolean[] occupied, Candidate make) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      final TruthVariant v = make.next();
      if (v != null && truth.free(occupied, v.footprintStart(), v.footprintEnd())
          && truth.clearOfEdges(v.footprintStart(), v.footprintEnd(), 10)) {
        TruthBlock.mark(occupied, truth.block().offset(), v.footprintStart(), v.footprintEnd());
        variants.add(v);
        return;
      }
    }
  }

  private static void count(TruthVariant v, TruthBlock truth, Counts stats) {
    final String type = v.kind().indel() ? "indel" : "snv";
    stats.add(type);
    stats.add("kind_" + v.kind().name().toLowerCase(java.util.Locale.ROOT));
    stats.add("genotype_" + v.genotype().name().toLowerCase(java.util.Locale.ROOT));
    stats.add("context_" + v.context().name().toLowerCase(java.util.Locale.ROOT));
    if (v.kind().indel() && v.absIndelLength() > 15) {
      stats.add("indel_longer_than_15");
    }
    if (truth.inConfident(v.allelic().pos(), v.allelic().end())) {
      stats.add(type + "_confident");
    }
  }

  /** Confident intervals: the block minus randomly placed gaps, about (1 - confidentFraction) of it. */
  private List<int[]> confident(SplittableRandom rng, ReferenceBlock block) {
    final int n = block.length();
    final int gapCount = Draw.poisson(rng, n * (1 - mix.confidentFraction()) / MEAN_GAP);
    final List<int[]> gaps = new ArrayList<>();
    for (int i = 0; i < gapCount; i++) {
      final int start = block.offset() + rng.nextInt(n);
      final int len = Math.min(Draw.exponential(rng, MEAN_GAP), n / 4);
      gaps.add(new int[] {start, Math.min(block.end(), start + len)});
    }
    gaps.sort(Comparator.comparingInt(g -> g[0]));
    final List<int[]> out = new ArrayList<>();
    int pos = block.offset();
    for (int[] g : gaps) {
      if (g[0] > pos) {
        out.add(new int[] {pos, g[0]});
      }
      pos = Math.max(pos, g[1]);
    }
    if (pos < block.end()) {
      out.add(new int[] {pos, block.end()});
    }
    return out;
  }

  private Genotype genotype(SplittableRandom rng, double multiAllelic) {
    if (rng.nextDouble() < multiAllelic) {
      return Genotype.HET_ALT;
    }
    return rng.nextDouble() < mix.hetPerHom() / (1 + mix.hetPerHom()) ? Genotype.HET : Genotype.HOM;
  }

  private TruthVariant indel(Sites s, List<RepeatElement> repeats) {
    final SplittableRandom rng = s.rng;
    final boolean longTail = rng.nextDouble() < mix.longIndelFraction();
    final int len = longTail ? Draw.between(rng, 16, mix.maxIndelLength()) : Draw.geometric(rng, 0.55, 15);
    final boolean deletion = rng.nextDouble() < 0.52;
    if (rng.nextDouble() < mix.complexFraction()) {
      return complex(s, Math.min(len, 10), deletion, genotype(rng, 0));
    }
    if (!repeats.isEmpty() && rng.nextDouble() < mix.repeatIndelFraction()) {
      final RepeatElement e = repeats.get(rng.nextInt(repeats.size()));
      if (e.kind() == RepeatElement.Kind.HOMOPOLYMER && !longTail) {
        return homopolymerIndel(s, e, deletion, genotype(rng, 3 * mix.multiAllelicFraction()));
      }
      if (e.kind() == RepeatElement.Kind.TANDEM_REPEAT) {
        return tandemRepeatIndel(s, e, len, longTail, deletion, genotype(rng, 0));
      }
    }
    return plainIndel(s, len, deletion, genotype(rng, 0));
  }

  private static TruthVariant homopolymerIndel(Sites s, RepeatElement e, boolean deletion, Genotype gt) {
    final ReferenceBlock b = s.block;
    final int start = e.start();
    final int end = e.end();
    final char base = (char) b.base(start);
    final int[] run = {start, end};
    final int fs = start - 3;
    final int fe = end + 3;
    if (gt == Genotype.HET_ALT) {
      final Allelic left = new Allelic(start - 1, b.text(start - 1, start + 1),
          List.of(b.text(start - 1, start), b.text(start - 1, start + 1) + base));
      final Allelic right = new Allelic(end - 2, b.text(end - 2, end),
          List.of(b.text(end - 2, end - 1), b.text(end - 2, end) + base));
      return new TruthVariant(left, gt, TruthVariant.Kind.DELETION, TruthVariant.Context.HOMOPOLYMER, right,
          List.of(), run, -1, fs, fe);
    }
    final int k = Draw.geometric(s.rng, 0.7, 4);
    if (deletion && k <= e.length() - 2) {
      final Allelic left = new Allelic(start - 1, b.text(start - 1, start + k), b.text(start - 1, start));
      final Allelic right = new Allelic(end - k - 1, b.text(end - k - 1, end), b.text(end - k - 1, end - k));
      return new TruthVariant(left, gt, TruthVariant.Kind.DELETION, TruthVariant.Context.HOMOPOLYMER, right,
          List.of(), run, -k, fs, fe);
    }
    final String ins = String.valueOf(base).repeat(k);
    final Allelic left = new Allelic(start - 1, b.text(start - 1, start), b.text(start - 1, start) + ins);
    final Allelic right = new Allelic(end - 1, b.text(end - 1, end), b.text(end - 1, end) + ins);
    return new TruthVariant(left, gt, TruthVariant.Kind.INSERTION, TruthVariant.Context.HOMOPOLYMER, right,
        List.of(), run, k, fs, fe);
  }

  private static TruthVariant tandemRepeatIndel(Sites s, RepeatElement e, int len, boolean longTail,
      boolean deletion, Genotype gt) {
    final int k = e.unitLength();
    final int copies = longTail ? (len + k - 1) / k : Math.max(1, Math.round((float) len / k));
    final int size = copies * k;
    if (deletion && size <= e.length() - k) {
      return shiftable(s, e.start(), size, null, gt, TruthVariant.Context.TANDEM_REPEAT);
    }
    return shiftable(s, e.start(), size, s.block.text(e.start(), e.start() + size), gt,
        TruthVariant.Context.TANDEM_REPEAT);
  }

  private static TruthVariant plainIndel(Sites s, int len, boolean deletion, Genotype gt) {
    final int p = Draw.between(s.rng, s.zoneStart + 5, s.zoneEnd - len - 5);
    if (deletion) {
      return shiftable(s, p, len, null, gt, TruthVariant.Context.NONE);
    }
    final StringBuilder seq = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      seq.append((char) Draw.base(s.rng, ReferenceGenerator.GC));
    }
    return shiftable(s, p, len, seq.toString(), gt, TruthVariant.Context.NONE);
  }

  /** A deletion of [p, p+len) ({@code inserted} null) or an insertion of {@code inserted} before p. */
  private static TruthVariant shiftable(Sites s, int p, int len, String inserted, Genotype gt,
      TruthVariant.Context context) {
    final Allelic left;
    final Allelic right;
    if (inserted == null) {
      left = Normalizer.deletion(s.block, p, len, true, s.zoneStart, s.zoneEnd);
      right = Normalizer.deletion(s.block, p, len, false, s.zoneStart, s.zoneEnd);
    } else {
      left = Normalizer.insertion(s.block, p, inserted, true, s.zoneStart, s.zoneEnd);
      right = Normalizer.insertion(s.block, p, inserted, false, s.zoneStart, s.zoneEnd);
    }
    final TruthVariant.Kind kind = inserted == null ? TruthVariant.Kind.DELETION : TruthVariant.Kind.INSERTION;
    return new TruthVariant(left, gt, kind, context, right.equals(left) ? null : right, List.of(), null,
        inserted == null ? -len : len, left.pos() - 2, right.end() + 2);
  }

  /**
   * A length-changing substitution built as SNP + adjacent indel sharing no base, so it decomposes into
   * non-overlapping records: deletion {@code R0 R1 D.. -> X R1}, insertion {@code R0 R1 -> X R1 I..}.
   */
  private static TruthVariant complex(Sites s, int n, boolean deletion, Genotype gt) {
    final ReferenceBlock b = s.block;
    final int p = Draw.between(s.rng, s.zoneStart + 5, s.zoneEnd - n - 8);
    final String r0 = b.text(p, p + 1);
    final String r1 = b.text(p + 1, p + 2);
    final String x = String.valueOf((char) Draw.substitute(s.rng, b.base(p)));
    final Allelic snp = new Allelic(p, r0, x);
    if (deletion) {
      if (b.base(p + 1 + n) == b.base(p + 1)) {
        return null;
      }
      final Allelic whole = new Allelic(p, b.text(p, p + 2 + n), x + r1);
      final Allelic del = new Allelic(p + 1, b.text(p + 1, p + 2 + n), r1);
      return new TruthVariant(whole, gt, TruthVariant.Kind.COMPLEX, TruthVariant.Context.NONE, null,
          List.of(snp, del), null, -n, p - 2, p + 2 + n + 2);
    }
    final StringBuilder ins = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      ins.append((char) Draw.base(s.rng, ReferenceGenerator.GC));
    }
    if (ins.charAt(n - 1) == r1.charAt(0)) {
      ins.setCharAt(n - 1, (char) Draw.otherThan(s.rng, (byte) r1.charAt(0), (byte) r1.charAt(0)));
    }
    final Allelic whole = new Allelic(p, r0 + r1, x + r1 + ins);
    final Allelic insertion = new Allelic(p + 1, r1, r1 + ins);
    return new TruthVariant(whole, gt, TruthVariant.Kind.COMPLEX, TruthVariant.Context.NONE, null,
        List.of(snp, insertion), null, n, p - 2, p + 4);
  }

  private TruthVariant substitution(Sites s) {
    final SplittableRandom rng = s.rng;
    final ReferenceBlock b = s.block;
    if (rng.nextDouble() < mix.mnpFraction()) {
      final int k = Draw.between(rng, 2, 3);
      final int p = Draw.between(rng, s.zoneStart + 3, s.zoneEnd - k - 3);
      final StringBuilder alt = new StringBuilder(k);
      final List<Allelic> parts = new ArrayList<>(k);
      for (int i = 0; i < k; i++) {
        final char a = (char) Draw.substitute(rng, b.base(p + i));
        alt.append(a);
        parts.add(new Allelic(p + i, b.text(p + i, p + i + 1), String.valueOf(a)));
      }
      return new TruthVariant(new Allelic(p, b.text(p, p + k), alt.toString()), genotype(rng, 0),
          TruthVariant.Kind.MNP, TruthVariant.Context.NONE, null, parts, null, 0, p - 2, p + k + 2);
    }
    final int p = Draw.between(rng, s.zoneStart + 2, s.zoneEnd - 3);
    final Genotype gt = genotype(rng, mix.multiAllelicFraction());
    final byte ref = b.base(p);
    final byte alt1 = Draw.substitute(rng, ref);
    final List<String> alts = gt == Genotype.HET_ALT
        ? List.of(String.valueOf((char) alt1), String.valueOf((char) Draw.otherThan(rng, ref, alt1)))
        : List.of(String.valueOf((char) alt1));
    return new TruthVariant(new Allelic(p, String.valueOf((char) ref), alts), gt, TruthVariant.Kind.SNV,
        TruthVariant.Context.NONE, null, List.of(), null, 0, p - 1, p + 2);
  }

  /** What the site builders share for one block. */
  private static final class Sites {
    final SplittableRandom rng;
    final ReferenceBlock block;
    final int zoneStart;
    final int zoneEnd;

    Sites(SplittableRandom rng, ReferenceBlock block, int zoneStart, int zoneEnd) {
      this.rng = rng;
      this.block = block;
      this.zoneStart = zoneStart;
      this.zoneEnd = zoneEnd;
    }
  }
}
