package dk.harness.core;

/** How closely a record matched, the GA4GH BK field. */
public enum MatchLevel {
  /** Genotype match: identical diploid haplotypes (BK=gm). */
  GM("gm"),
  /** Allele match: identical haplotypes once ploidy is squashed, i.e. a genotype error (BK=am). */
  AM("am"),
  /** Local match: an unmatched record within the local-match window of a record on the other side (BK=lm). */
  LM("lm"),
  /** No match of any kind (BK missing). */
  NONE(".");

  private final String code;

  MatchLevel(String code) {
    this.code = code;
  }

  /** The GA4GH BK code. */
  public String code() {
    return code;
  }
}
