package dk.harness.report;

/**
 * Record counts of one report cell (e.g. SNP / PASS) and the metrics derived from them. Immutable.
 *
 * <p>Totals are consistent by construction: {@code truthTotal == truthTp + truthFn} and
 * {@code queryTotal == queryTp + queryFp + queryUnk}. TOO_COMPLEX and NOT_VARIANT records are in none of them.
 *
 * @param truthTotal confident truth records (TRUTH.TOTAL)
 * @param truthTp confident truth TP (TRUTH.TP; vcfeval TP-baseline)
 * @param truthFn confident truth FN (TRUTH.FN)
 * @param queryTotal query records counted (QUERY.TOTAL)
 * @param queryTp query TP (QUERY.TP; vcfeval TP-call)
 * @param queryFp confident query FP (QUERY.FP)
 * @param queryUnk query records outside confident regions (QUERY.UNK)
 * @param fpGt FP with level AM (FP.gt)
 * @param fpAl FP with level LM (FP.al)
 */
public record Counts(long truthTotal, long truthTp, long truthFn, long queryTotal, long queryTp, long queryFp,
    long queryUnk, long fpGt, long fpAl) {

  public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Element-wise sum. */
  public Counts plus(Counts o) {
    return new Counts(truthTotal + o.truthTotal, truthTp + o.truthTp, truthFn + o.truthFn, queryTotal + o.queryTotal,
        queryTp + o.queryTp, queryFp + o.queryFp, queryUnk + o.queryUnk, fpGt + o.fpGt, fpAl + o.fpAl);
  }

  /** TRUTH.TP / (TRUTH.TP + TRUTH.FN), or {@code null} if the denominator is 0. */
  public Double recall() {
    return ratio(truthTp, truthTp + truthFn);
  }

  /** QUERY.TP / (QUERY.TP + QUERY.FP), or {@code null} if the denominator is 0. */
  public Double precision() {
    return ratio(queryTp, queryTp + queryFp);
  }

  /** QUERY.UNK / QUERY.TOTAL, or {@code null} if there is no query record. */
  public Double fracNa() {
    return ratio(queryUnk, queryTotal);
  }

  /** Harmonic mean of recall and precision, or {@code null} if either is undefined or both are 0. */
  public Double f1() {
    final Double r = recall();
    final Double p = precision();
    if (r == null || p == null || r + p == 0) {
      return null;
    }
    return 2 * r * p / (r + p);
  }

  static Double ratio(long num, long den) {
    return den == 0 ? null : (double) num / den;
  }
}
