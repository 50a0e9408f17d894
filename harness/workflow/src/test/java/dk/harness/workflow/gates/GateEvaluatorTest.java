package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {
  private static final RegressionRule REGRESSION = new RegressionRule(List.of(Metric.RECALL, Metric.PRECISION), 0.003);

  /** Counts with the given recall (tp of tp+fn) and precision (tp of tp+fp); query TP = truth TP. */
  private static Counts counts(long tp, long fn, long fp) {
    return new Counts(tp + fn, tp, fn, tp + fp, tp, fp, 0, 0, 0);
  }

  private static Criteria criteria(GateRule... rules) {
    return new Criteria("test", "2026-01-01", "jeffreys-95", List.of(rules), REGRESSION);
  }

  private static GateRule snpRecall(double fail, double warn) {
    return new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.RECALL, fail, warn, true);
  }

  private static MetricsView view(Counts snpPass) {
    final Map<CellKey, Counts> m = new HashMap<>();
    m.put(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), snpPass);
    return new ResultCounts(m);
  }

  @Test
  void passWhenTheLowerBoundClearsBothThresholds() {
    // 44982 of 45087: lower bound 0.99719 (scipy), above 0.995
    final GateVerdict v = GateEvaluator.evaluate(criteria(snpRecall(0.99, 0.995)), view(counts(44982, 105, 0)), null);
    assertEquals(new GateVerdict(GateStatus.PASS, List.of()), v);
  }

  @Test
  void warnBetweenTheThresholds() {
    // 995 of 1000: point 0.995 but the lower bound is about 0.9894, below warn 0.99 is not... use warn 0.992
    final GateVerdict v = GateEvaluator.evaluate(criteria(snpRecall(0.98, 0.992)), view(counts(995, 5, 0)), null);
    assertEquals(GateStatus.WARN, v.status());
    assertEquals(1, v.reasons().size());
    final String r = v.reasons().get(0);
    assertTrue(r.startsWith("SNP PASS recall lower bound 0.98"), r);
    assertTrue(r.contains("< warn threshold 0.992 (recall 0.9950, 95% Jeffreys interval [0.98"), r);
    assertTrue(r.contains("TRUTH.TP 995 of 1000"), r);
  }

  @Test
  void failJudgedOnTheLowerBoundNotThePointEstimate() {
    // point estimate 0.995 clears 0.99, but 199 of 200 cannot show it: lower bound ~0.9775
    final GateVerdict v = GateEvaluator.evaluate(criteria(snpRecall(0.99, 0.995)), view(counts(199, 1, 0)), null);
    assertEquals(GateStatus.FAIL, v.status());
    final String r = v.reasons().get(0);
    final JeffreysInterval ji = JeffreysInterval.of(199, 200, 0.95);
    assertTrue(ji.lower() < 0.99 && 199 / 200.0 > 0.99, "test premise");
    assertTrue(r.startsWith("SNP PASS recall lower bound " + GateEvaluator.fmt(ji.lower()) + " < fail threshold 0.99"),
        r);
  }

  @Test
  void precisionAndF1UseTheirOwnCounts() {
    final GateRule prec = new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.PRECISION, 0.99, 0.995, true);
    final GateRule f1 = new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.F1, 0.99, 0.995, true);
    // recall perfect, precision 900 of 1000
    final GateVerdict v = GateEvaluator.evaluate(criteria(snpRecall(0.99, 0.995), prec, f1),
        view(counts(900, 0, 100)), null);
    assertEquals(GateStatus.FAIL, v.status());
    assertEquals(2, v.reasons().size(), v.reasons().toString());
    assertTrue(v.reasons().get(0).startsWith("SNP PASS precision lower bound"), v.reasons().get(0));
    assertTrue(v.reasons().get(0).contains("QUERY.TP 900 of 1000"), v.reasons().get(0));
    final JeffreysInterval r = JeffreysInterval.of(900, 900, 0.95);
    final JeffreysInterval p = JeffreysInterval.of(900, 1000, 0.95);
    final double f1Lower = 2 * r.lower() * p.lower() / (r.lower() + p.lower());
    assertTrue(v.reasons().get(1).startsWith("SNP PASS f1 lower bound " + GateEvaluator.fmt(f1Lower)),
        v.reasons().get(1));
  }

  @Test
  void f1LowerBoundIsConservative() {
    final Estimate e = Estimate.of(Metric.F1, counts(9500, 500, 300), 0.95);
    final double point = 2 * 0.95 * (9500 / 9800.0) / (0.95 + 9500 / 9800.0);
    assertEquals(point, e.point(), 1e-12);
    assertTrue(e.lower() < point && point < e.upper(), e.toString());
    // no lower than the smaller of the two lower bounds, no higher than the larger upper bound
    final JeffreysInterval r = JeffreysInterval.of(9500, 10000, 0.95);
    final JeffreysInterval p = JeffreysInterval.of(9500, 9800, 0.95);
    assertTrue(e.lower() >= Math.min(r.lower(), p.lower()) && e.upper() <= Math.max(r.upper(), p.upper()));
  }

  @Test
  void missingRequiredCellFailsAndOptionalIsOnlyNoted() {
    final GateRule stratum = new GateRule(VariantType.SNP, FilterKind.PASS, "HARD", Metric.RECALL, 0.9, 0.95, false);
    final GateRule indel = new GateRule(VariantType.INDEL, FilterKind.PASS, "*", Metric.RECALL, 0.9, 0.95, true);
    final GateVerdict onlyOptional = GateEvaluator.evaluate(criteria(snpRecall(0.9, 0.95), stratum),
        view(counts(1000, 0, 0)), null);
    assertEquals(GateStatus.PASS, onlyOptional.status());
    assertEquals(List.of("not judged (optional rule): SNP PASS recall in HARD: the result has no counts for SNP PASS "
        + "in stratum 'HARD'"), onlyOptional.reasons());

    final GateVerdict required = GateEvaluator.evaluate(criteria(indel), view(counts(1000, 0, 0)), null);
    assertEquals(GateStatus.FAIL, required.status());
    assertEquals(List.of("INDEL PASS recall cannot be judged: the result has no counts for INDEL PASS (required rule)"),
        required.reasons());

    final GateVerdict empty = GateEvaluator.evaluate(criteria(snpRecall(0.9, 0.95)), view(counts(0, 0, 5)), null);
    assertEquals(GateStatus.FAIL, empty.status());
    assertTrue(empty.reasons().get(0).contains("no truth records"), empty.reasons().toString());
  }

  @Test
  void regressionBeyondTheIntervalFails() {
    final Criteria c = criteria(snpRecall(0.9, 0.9));
    final MetricsView before = view(counts(9950, 50, 0)); // 0.995 [0.9935, 0.9962]
    final MetricsView now = view(counts(9900, 100, 0)); // 0.990 [0.9880, 0.9918]
    final GateVerdict v = GateEvaluator.evaluate(c, now, before);
    assertEquals(GateStatus.FAIL, v.status());
    assertEquals(1, v.reasons().size(), v.reasons().toString());
    assertTrue(v.reasons().get(0).startsWith("SNP PASS recall regressed beyond the interval: now 0.9900 [0.98"),
        v.reasons().get(0));
    assertTrue(v.reasons().get(0).contains("previous result 0.9950 [0.99"), v.reasons().get(0));
    // the same result judged alone passes: the failure is the regression
    assertEquals(GateStatus.PASS, GateEvaluator.evaluate(c, now, null).status());
  }

  @Test
  void dropWithinTheIntervalButOverWarnDropWarns() {
    final Criteria c = criteria(snpRecall(0.5, 0.5));
    final MetricsView before = view(counts(995, 5, 0)); // 0.995
    final MetricsView now = view(counts(990, 10, 0)); // 0.990: drop 0.005 > 0.003, intervals overlap at n=1000
    assertTrue(JeffreysInterval.of(990, 1000, 0.95).upper() >= JeffreysInterval.of(995, 1000, 0.95).lower(),
        "test premise: intervals overlap");
    final GateVerdict v = GateEvaluator.evaluate(c, now, before);
    assertEquals(GateStatus.WARN, v.status());
    assertTrue(v.reasons().get(0).startsWith("SNP PASS recall dropped by 0.0050 (0.9950 -> 0.9900), more than the "
        + "warn_drop 0.003"), v.reasons().get(0));
  }

  @Test
  void smallDropOrImprovementIsNoRegression() {
    final Criteria c = criteria(snpRecall(0.5, 0.5));
    assertEquals(GateStatus.PASS, GateEvaluator.evaluate(c, view(counts(994, 6, 0)), view(counts(995, 5, 0))).status());
    assertEquals(GateStatus.PASS, GateEvaluator.evaluate(c, view(counts(999, 1, 0)), view(counts(900, 100, 0)))
        .status());
  }

  @Test
  void worstOutcomeWinsAndReasonsFollowRuleOrder() {
    final GateRule indel = new GateRule(VariantType.INDEL, FilterKind.PASS, "*", Metric.RECALL, 0.95, 0.97, true);
    final Map<CellKey, Counts> m = new HashMap<>();
    m.put(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), counts(995, 5, 0));
    m.put(new CellKey(VariantType.INDEL, FilterKind.PASS, "*"), counts(900, 100, 0));
    final GateVerdict v = GateEvaluator.evaluate(criteria(snpRecall(0.98, 0.992), indel), new ResultCounts(m), null);
    assertEquals(GateStatus.FAIL, v.status());
    assertEquals(2, v.reasons().size());
    assertTrue(v.reasons().get(0).contains("warn threshold"));
    assertTrue(v.reasons().get(1).startsWith("INDEL PASS recall lower bound"));
  }

  @Test
  void councilCriteriaOnRealHg002Chr21Counts() {
    // hap.py PASS rows of the HG002 chr21 (GRCh37) runs in ../shared/data/hg002-chr21-pseudoref/README.md
    final Criteria c = Criteria.load(Paths.repoRoot().resolve("gates/council-criteria.yaml"));
    final Map<CellKey, Counts> hc = new HashMap<>();
    hc.put(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), new Counts(45087, 44982, 105, 63869, 45000, 227,
        18642, 25, 9));
    hc.put(new CellKey(VariantType.INDEL, FilterKind.PASS, "*"), new Counts(7827, 7641, 186, 14351, 7875, 91, 6385,
        24, 55));
    final GateVerdict v = GateEvaluator.evaluate(c, new ResultCounts(hc), null);
    // SNP precision 45000 of 45227 = 0.9950 cannot show 0.995 with 95% confidence (lower bound 0.9943): WARN
    assertEquals(GateStatus.WARN, v.status(), v.reasons().toString());
    assertEquals("SNP PASS precision lower bound 0.9943 < warn threshold 0.995 (precision 0.9950, 95% Jeffreys "
        + "interval [0.9943, 0.9956], QUERY.TP 45000 of 45227)", v.reasons().get(0));
    // the GRCh38 strata rules are optional and noted as not judged
    assertEquals(9, v.reasons().size());
    assertTrue(v.reasons().stream().skip(1).allMatch(r -> r.startsWith("not judged (optional rule)")),
        v.reasons().toString());

    final Map<CellKey, Counts> bcf = new HashMap<>(hc);
    bcf.put(new CellKey(VariantType.INDEL, FilterKind.PASS, "*"), new Counts(7827, 7411, 416, 13522, 7750, 316,
        5456, 213, 86));
    final GateVerdict b = GateEvaluator.evaluate(c, new ResultCounts(bcf), new ResultCounts(hc));
    assertEquals(GateStatus.FAIL, b.status());
    assertTrue(b.reasons().stream().anyMatch(r -> r.startsWith("INDEL PASS recall lower bound 0.94")), b.reasons()
        .toString());
    assertTrue(b.reasons().stream().anyMatch(r -> r.startsWith("INDEL PASS recall regressed beyond the interval")),
        b.reasons().toString());
  }
}
