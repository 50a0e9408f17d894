package dk.harness.core.sv;

import java.util.Locale;
import java.util.Objects;

/**
 * Compares one truth call with one query call, Truvari 5.4's {@code VariantRecord.match}: two non-breakends by
 * type, distance, size, overlap and sequence ({@code var_match}); two breakends by position, mate and orientation
 * ({@code bnd_match}); a breakend with a DEL/DUP/INV by splitting the latter into breakends ({@code cpx_match}).
 * All coordinates 0-based half-open unless stated. Stateless apart from the configuration.
 */
final class MatchScorer {
  private final SvConfig config;
  private final boolean compareGenotypes;

  /**
   * @param compareGenotypes false when either file has no sample column (Truvari then skips genotypes)
   */
  MatchScorer(SvConfig config, boolean compareGenotypes) {
    this.config = Objects.requireNonNull(config);
    this.compareGenotypes = compareGenotypes;
  }

  SvMatch match(SvVariant base, SvVariant comp) {
    final boolean bb = base.isBreakend();
    final boolean cb = comp.isBreakend();
    if (!bb && !cb) {
      return variantMatch(base, comp);
    }
    if (bb && cb) {
      final SvMatch m = breakendMatch(Breakend.of(base), Breakend.of(comp));
      m.base = base;
      m.comp = comp;
      return m;
    }
    if (config.decompose()) {
      return complexMatch(base, comp);
    }
    return new SvMatch(base, comp);
  }

  /** Two calls that are not breakends. Every check runs (no short-circuit), so the annotations are complete. */
  SvMatch variantMatch(SvVariant base, SvVariant comp) {
    final SvMatch m = new SvMatch(base, comp);
    m.state = true;
    if (!config.typeignore() && !sameType(base.type(), comp.type())) {
      m.state = false;
    }
    final int bs = base.start();
    final int be = base.end();
    final int cs = comp.start();
    final int ce = comp.end();
    if (!overlaps((long) bs - config.refdist(), (long) be + config.refdist(), cs, ce)) {
      m.state = false;
    }
    m.sizesim = sizeSimilarity(base.size(), comp.size());
    m.sizediff = base.size() - comp.size();
    if (m.sizesim < config.pctsize()) {
      m.state = false;
    }
    if (compareGenotypes) {
      compareGenotypes(base.record().genotype(), comp.record().genotype(), m);
    }
    m.ovlpct = reciprocalOverlap(base, comp);
    if (m.ovlpct < config.pctovl()) {
      m.state = false;
    }
    if (config.pctseq() > 0 && base.isResolved() && comp.isResolved()) {
      m.seqsim = sequenceSimilarity(base, comp);
      if (m.seqsim < config.pctseq()) {
        m.state = false;
      }
    } else {
      m.seqsim = 0.0;
    }
    m.stDist = bs - cs;
    m.edDist = be - ce;
    m.score = (m.seqsim + m.sizesim + m.ovlpct) / 3.0 * 100;
    return m;
  }

  /** A breakend against a DEL/DUP/INV (either side): the best of its pieces, the last of equals as Truvari sorts. */
  SvMatch complexMatch(SvVariant base, SvVariant comp) {
    SvMatch best = null;
    if (base.isBreakend()) {
      final Breakend b = Breakend.of(base);
      for (Breakend piece : Breakend.decompose(comp)) {
        best = laterMax(best, breakendMatch(b, piece));
      }
    } else {
      final Breakend c = Breakend.of(comp);
      for (Breakend piece : Breakend.decompose(base)) {
        best = laterMax(best, breakendMatch(piece, c));
      }
    }
    final SvMatch m = best == null ? new SvMatch(base, comp) : best;
    m.base = base;
    m.comp = comp;
    return m;
  }

  /** The last maximum of a stable ascending sort: a later element wins unless it sorts strictly before. */
  private static SvMatch laterMax(SvMatch current, SvMatch next) {
    return current == null || !SvMatch.less(next, current) ? next : current;
  }

  /** Two breakends (1-based positions, as Truvari compares them). */
  SvMatch breakendMatch(Breakend b, Breakend c) {
    final SvMatch m = new SvMatch(null, null);
    if (!b.contig().equals(c.contig())) {
      return m;
    }
    m.stDist = b.pos() - c.pos();
    // Truvari widens both positions by CI*[1] (its index picks the second value for CIPOS as for CIEND).
    if (!overlaps((long) b.pos() - config.bnddist() - b.ciposHigh(), (long) b.pos() + config.bnddist() + b.ciposHigh(),
        (long) c.pos() - config.bnddist() - c.ciposHigh(), (long) c.pos() + config.bnddist() + c.ciposHigh())) {
      return m;
    }
    final String bm = b.mateContig();
    final String cm = c.mateContig();
    if (bm == null || cm == null || !bm.equals(cm)) {
      return m;
    }
    final long bp = b.matePos();
    final long cp = c.matePos();
    m.edDist = (int) (bp - cp);
    if (!overlaps(bp - config.bnddist() - b.ciendHigh(), bp + config.bnddist() + b.ciendHigh(),
        cp - config.bnddist() - c.ciendHigh(), cp + config.bnddist() + c.ciendHigh())) {
      return m;
    }
    final String bo = b.orientation();
    if (bo == null || !bo.equals(c.orientation())) {
      return m;
    }
    if (compareGenotypes) {
      compareGenotypes(b.genotype(), c.genotype(), m);
    }
    if (config.bnddist() > 0) {
      final double v = (1 - ((Math.abs(m.stDist) + Math.abs(m.edDist)) / 2.0) / (config.bnddist() * 2)) * 100;
      m.score = v > 0 ? v : 0.0;
    } else {
      m.score = 0.0;
    }
    m.state = true;
    return m;
  }

  boolean sameType(SvType a, SvType b) {
    if (config.dupToIns()) {
      a = a == SvType.DUP ? SvType.INS : a;
      b = b == SvType.DUP ? SvType.INS : b;
    }
    return a == b;
  }

  /** min/max of the sizes; a zero size counts as 1 unless both are zero (then 1.0). */
  static double sizeSimilarity(int a, int b) {
    if (a == 0 || b == 0) {
      if (a == b) {
        return 1.0;
      }
      a = Math.max(a, 1);
      b = Math.max(b, 1);
    }
    return Math.min(a, b) / (double) Math.max(a, b);
  }

  /**
   * Overlap over the longer span; an insertion's span is widened by size/2 on each side first, so that two
   * insertions near each other overlap.
   */
  static double reciprocalOverlap(SvVariant a, SvVariant b) {
    final long[] x = inflated(a);
    final long[] y = inflated(b);
    final long s = Math.max(x[0], y[0]);
    final long e = Math.min(x[1], y[1]);
    if (s < e) {
      return (double) (e - s) / Math.max(x[1] - x[0], y[1] - y[0]);
    }
    return 0.0;
  }

  private static long[] inflated(SvVariant v) {
    long s = v.start();
    long e = v.end();
    if (v.type() == SvType.INS) {
      s -= v.size() / 2;
      e += v.size() / 2;
    }
    return new long[] {s, e};
  }

  /** Truvari's {@code VariantRecord.seqsim}: deleted or inserted bases compared, rolled when the calls are shifted. */
  double sequenceSimilarity(SvVariant a, SvVariant b) {
    if (a.ref().equals(b.ref()) && a.alt().equals(b.alt())) {
      return 1.0;
    }
    if (a.type() == SvType.INV && b.type() == SvType.INV) {
      return SequenceSimilarity.seqsim(a.alt(), b.alt());
    }
    final String as = a.type() == SvType.DEL ? a.ref() : a.alt();
    final String bs = b.type() == SvType.DEL ? b.ref() : b.alt();
    final int st = a.start() - b.start();
    final int ed = a.end() - b.end();
    if (config.noRoll() || st == 0 || ed == 0) {
      return SequenceSimilarity.seqsim(as, bs);
    }
    return SequenceSimilarity.best(as.toUpperCase(Locale.ROOT), bs.toUpperCase(Locale.ROOT), st);
  }

  private static void compareGenotypes(Genotype b, Genotype c, SvMatch m) {
    if (b != null) {
      m.baseGt = b;
      m.baseGtCount = b.altOneCount();
    }
    if (c != null) {
      m.compGt = c;
      m.compGtCount = c.altOneCount();
    }
    m.gtMatch = Math.abs(m.baseGtCount - m.compGtCount);
  }

  /** Half-open ranges share a base. */
  static boolean overlaps(long s1, long e1, long s2, long e2) {
    return Math.max(s1, s2) < Math.min(e1, e2);
  }
}
