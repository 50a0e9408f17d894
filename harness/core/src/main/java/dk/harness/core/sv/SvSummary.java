package dk.harness.core.sv;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Truvari's {@code summary.json} figures (its StatsBox), with the same meanings: TP-base / FN over truth calls,
 * TP-comp / FP over query calls, genotype agreement of matched pairs, and the genotype matrix. precision, recall
 * and f1 are null where Truvari writes null (no truth or no query calls; f1 when precision + recall is 0). The
 * genotype matrix keeps the order in which genotype pairs are first met, as Truvari's dict does.
 * Immutable.
 */
public record SvSummary(int tpBase, int tpComp, int fp, int fn, Double precision, Double recall, Double f1,
    int baseCnt, int compCnt, int tpCompTpGt, int tpCompFpGt, int tpBaseTpGt, int tpBaseFpGt, Double gtConcordance,
    Map<String, Map<String, Integer>> gtMatrix) {

  public SvSummary {
    final Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    gtMatrix.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    gtMatrix = Collections.unmodifiableMap(copy);
  }

  /** Counts the verdicts. A TP's genotypes agree when {@link SvMatch#gtMatch()} is 0. */
  public static SvSummary of(List<SvOutcome> outcomes) {
    int tpBase = 0;
    int fn = 0;
    int tpComp = 0;
    int fp = 0;
    int tpBaseTpGt = 0;
    int tpCompTpGt = 0;
    final Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
    for (SvOutcome o : outcomes) {
      final boolean gtOk = o.match().gtMatch() != null && o.match().gtMatch() == 0;
      if (o.truthSide()) {
        if (o.verdict() == SvOutcome.Verdict.TP) {
          tpBase++;
          tpBaseTpGt += gtOk ? 1 : 0;
          matrix.computeIfAbsent(str(o.match().baseGt()), k -> new LinkedHashMap<>())
              .merge(str(o.match().compGt()), 1, Integer::sum);
        } else {
          fn++;
        }
      } else if (o.verdict() == SvOutcome.Verdict.TP) {
        tpComp++;
        tpCompTpGt += gtOk ? 1 : 0;
      } else {
        fp++;
      }
    }
    return of(tpBase, tpComp, fp, fn, tpCompTpGt, tpComp - tpCompTpGt, tpBaseTpGt, tpBase - tpBaseTpGt, matrix);
  }

  /** From counts, computing the ratios as Truvari does. */
  public static SvSummary of(int tpBase, int tpComp, int fp, int fn, int tpCompTpGt, int tpCompFpGt, int tpBaseTpGt,
      int tpBaseFpGt, Map<String, Map<String, Integer>> gtMatrix) {
    final int baseCnt = tpBase + fn;
    final int compCnt = tpComp + fp;
    Double precision = null;
    Double recall = null;
    Double f1 = null;
    if (baseCnt != 0 && compCnt != 0) {
      precision = tpComp / (double) compCnt;
      recall = tpBase / (double) baseCnt;
      final double denom = recall + precision;
      f1 = denom != 0 ? 2 * ((recall * precision) / denom) : null;
    }
    final Double conc = tpCompTpGt + tpCompFpGt != 0 ? (double) tpCompTpGt / (tpCompTpGt + tpCompFpGt) : null;
    return new SvSummary(tpBase, tpComp, fp, fn, precision, recall, f1, baseCnt, compCnt, tpCompTpGt, tpCompFpGt,
        tpBaseTpGt, tpBaseFpGt, conc, gtMatrix);
  }

  private static String str(Genotype g) {
    return g == null ? "None" : g.pythonTuple();
  }
}
