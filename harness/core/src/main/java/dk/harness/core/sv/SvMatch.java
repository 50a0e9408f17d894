package dk.harness.core.sv;

/**
 * The comparison of one truth call with one query call (Truvari's {@code MatchResult}), and the annotations
 * Truvari writes for it. Built and adjusted only inside the engine; read-only to callers.
 *
 * <p>Ordering ({@link #less}) is Truvari's: by state, then score (absent = 0), then the smaller |start distance|,
 * then the smaller |end distance| (absent distances rank lowest).
 */
public final class SvMatch {
  SvVariant base;
  SvVariant comp;
  boolean state;
  Double score;
  Double seqsim;
  Double sizesim;
  Double ovlpct;
  Integer sizediff;
  Integer stDist;
  Integer edDist;
  Integer gtMatch;
  Genotype baseGt;
  Genotype compGt;
  int baseGtCount;
  int compGtCount;
  Boolean multi;
  /** Row and column in the chunk's matrix, -1 for none; with the chunk number they make Truvari's MatchId. */
  int baseIdx = -1;
  int compIdx = -1;
  int chunk;

  SvMatch(SvVariant base, SvVariant comp) {
    this.base = base;
    this.comp = comp;
  }

  SvMatch copy() {
    final SvMatch m = new SvMatch(base, comp);
    m.state = state;
    m.score = score;
    m.seqsim = seqsim;
    m.sizesim = sizesim;
    m.ovlpct = ovlpct;
    m.sizediff = sizediff;
    m.stDist = stDist;
    m.edDist = edDist;
    m.gtMatch = gtMatch;
    m.baseGt = baseGt;
    m.compGt = compGt;
    m.baseGtCount = baseGtCount;
    m.compGtCount = compGtCount;
    m.multi = multi;
    m.baseIdx = baseIdx;
    m.compIdx = compIdx;
    m.chunk = chunk;
    return m;
  }

  /** Truvari's {@code MatchResult.__lt__}: a sorts strictly before b. */
  static boolean less(SvMatch a, SvMatch b) {
    return compare(a, b) < 0;
  }

  /** Orders like the tuple (state, score or 0, -|stDist| or -inf, -|edDist| or -inf). */
  static int compare(SvMatch a, SvMatch b) {
    if (a.state != b.state) {
      return a.state ? 1 : -1;
    }
    int c = Double.compare(a.score == null ? 0.0 : a.score, b.score == null ? 0.0 : b.score);
    if (c != 0) {
      return c;
    }
    c = Double.compare(negAbs(a.stDist), negAbs(b.stDist));
    if (c != 0) {
      return c;
    }
    return Double.compare(negAbs(a.edDist), negAbs(b.edDist));
  }

  private static double negAbs(Integer v) {
    return v == null ? Double.NEGATIVE_INFINITY : -Math.abs((double) v);
  }

  /** The calls match under the configured thresholds (and, for ac/single, were picked for each other). */
  public boolean state() {
    return state;
  }

  /** Truvari's TruScore: mean of sequence similarity, size similarity and reciprocal overlap, x100; or null. */
  public Double score() {
    return score;
  }

  public Double seqsim() {
    return seqsim;
  }

  public Double sizesim() {
    return sizesim;
  }

  public Double ovlpct() {
    return ovlpct;
  }

  /** Truth size minus query size. */
  public Integer sizediff() {
    return sizediff;
  }

  /** Truth start minus query start. */
  public Integer stDist() {
    return stDist;
  }

  /** Truth end minus query end. */
  public Integer edDist() {
    return edDist;
  }

  /** |truth allele-1 count - query allele-1 count|; 0 is a genotype match; null when genotypes are not compared. */
  public Integer gtMatch() {
    return gtMatch;
  }

  public Genotype baseGt() {
    return baseGt;
  }

  public Genotype compGt() {
    return compGt;
  }

  /** Set when the call would have matched but its partner was taken (Truvari's Multi flag); null when unset. */
  public Boolean multi() {
    return multi;
  }

  /** Truvari's MatchId: {@code chunk.row,chunk.column}, empty sides for an unpaired call. */
  public String matchId() {
    return (baseIdx < 0 ? "" : chunk + "." + baseIdx) + "," + (compIdx < 0 ? "" : chunk + "." + compIdx);
  }
}
