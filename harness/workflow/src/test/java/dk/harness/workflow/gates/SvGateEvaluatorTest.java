package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SV gates on tiny hand-made results: thresholds, missing cells, separation from small variants, regression. */
class SvGateEvaluatorTest {
  private static final RegressionRule REGRESSION = new RegressionRule(List.of(Metric.RECALL, Metric.PRECISION), 0.02);
  /** 80 of 100: Jeffreys 95% [0.7137204271726825, 0.8692095845813153] (scipy.stats.beta.ppf, see JeffreysIntervalTest). */
  private static final double LOWER_80_OF_100 = 0.7137204271726825;

  private static Criteria criteria(SvGateRule... rules) {
    return new Criteria("sv-test", "2026-12-07", "jeffreys-95", List.of(), REGRESSION, List.of(rules));
  }

  private static SvGateRule rule(String type, String bin, Metric m, double fail, double warn) {
    return new SvGateRule(type, bin, m, fail, warn, SvGateRule.requiredByDefault(type, bin));
  }

  /** A result with the given cells, each as {type, sizeBin} -> counts. */
  private static SvMetricsView view(Object... cellsAndCounts) {
    final Map<SvCell, SvCounts> m = new HashMap<>();
    for (int i = 0; i < cellsAndCounts.length; i += 2) {
      final String[] k = ((String) cellsAndCounts[i]).split(" ");
      m.put(new SvCell(k[0], k[1]), (SvCounts) cellsAndCounts[i + 1]);
    }
    return new SvMetricsView(m);
  }

  /** Recall 80 of 100 (TP-base 80, FN 20); precision 80 of 100 too unless stated. */
  private static SvCounts eightyOfHundred() {
    return new SvCounts(80, 20, 80, 20);
  }

  /**
   * The lower bound 0.71372 of recall 80 of 100 against thresholds just above (+1e-6) and just below (-1e-6) it,
   * and equal to it (0): "below" is strict, so a bound equal to a threshold clears it. Offsets from the bound.
   */
  @ParameterizedTest(name = "fail_below bound{0}, warn_below bound{1} -> {2}")
  @CsvSource({
      "+1e-6, +0.09, FAIL",        // fail threshold just above the bound
      "-1e-6, +0.09, WARN",        // fail just below, warn above
      "0, +0.09, WARN",            // fail equal to the bound: not below it
      "-0.01, +1e-6, WARN",        // warn just above the bound
      "-0.01, -1e-6, PASS",        // warn just below the bound
      "-0.01, 0, PASS",            // warn equal to the bound
      "-0.3137, -0.1637, PASS"})   // the council's 0.40 / 0.55
  void recallIsJudgedOnTheJeffreysLowerBound(double failOffset, double warnOffset, GateStatus expected) {
    final double lower = JeffreysInterval.of(80, 100, 0.95).lower();
    assertEquals(LOWER_80_OF_100, lower, 1e-9, "premise: scipy's bound");
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.RECALL, lower + failOffset,
        lower + warnOffset)), view("ALL *", eightyOfHundred()), null);
    assertEquals(expected, v.status(), v.reasons().toString());
    if (expected == GateStatus.PASS) {
      assertEquals(List.of(), v.reasons());
    } else {
      final String r = v.reasons().get(0);
      assertTrue(r.startsWith("SV ALL recall lower bound 0.7137"), r);
      assertTrue(r.contains(expected == GateStatus.FAIL ? "< fail threshold" : "< warn threshold"), r);
      assertTrue(r.contains("(recall 0.8000, 95% Jeffreys interval [0.7137, 0.8692], TP-base 80 of 100)"), r);
    }
  }

  @Test
  void recallCountsTruthAndPrecisionCountsCalls() {
    // Truvari's TP-base and TP-comp differ when one call matches several truth records (pick multi) and so on.
    final SvCounts c = new SvCounts(90, 10, 23, 22);
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("DEL", "*", Metric.RECALL, 0.75, 0.8),
        rule("DEL", "*", Metric.PRECISION, 0.3, 0.6)), view("ALL *", c, "DEL *", c), null);
    assertEquals(GateStatus.WARN, v.status(), v.reasons().toString());
    assertEquals(1, v.reasons().size(), v.reasons().toString());
    final JeffreysInterval p = JeffreysInterval.of(23, 45, 0.95);
    assertEquals(0.36819606019031725, p.lower(), 1e-9, "scipy");
    final String r = v.reasons().get(0);
    assertTrue(r.startsWith("SV DEL precision lower bound " + GateEvaluator.fmt(p.lower()) + " < warn threshold 0.6"),
        r);
    assertTrue(r.endsWith("TP-comp 23 of 45)"), r);
  }

  @Test
  void f1BoundsAreF1OfTheBounds() {
    final SvCounts c = new SvCounts(90, 10, 23, 22);
    final JeffreysInterval r = JeffreysInterval.of(90, 100, 0.95);
    final JeffreysInterval p = JeffreysInterval.of(23, 45, 0.95);
    final double lower = 2 * r.lower() * p.lower() / (r.lower() + p.lower());
    final double upper = 2 * r.upper() * p.upper() / (r.upper() + p.upper());
    final double point = 2 * 0.9 * (23 / 45.0) / (0.9 + 23 / 45.0);
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.F1, lower + 1e-6, 0.9)),
        view("ALL *", c), null);
    assertEquals(GateStatus.FAIL, v.status());
    assertTrue(v.reasons().get(0).contains("(f1 " + GateEvaluator.fmt(point) + ", 95% Jeffreys interval ["
        + GateEvaluator.fmt(lower) + ", " + GateEvaluator.fmt(upper) + "], from recall TP-base 90 of 100 and "
        + "precision TP-comp 23 of 45)"), v.reasons().get(0));
    assertEquals(GateStatus.WARN, SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.F1, lower - 1e-6, 0.9)),
        view("ALL *", c), null).status());
  }

  @Test
  void aMissingRequiredCellFails() {
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.RECALL, 0.4, 0.5)),
        view("DEL *", eightyOfHundred()), null);
    assertEquals(new GateVerdict(GateStatus.FAIL, List.of("SV ALL recall cannot be judged: the result has no SV ALL "
        + "calls in truth or query (required rule)")), v);
  }

  @Test
  void aRequiredRuleWithoutCallsFails() {
    // the truth has SVs, the submission none: precision is undefined, and the whole result's rule is required
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.PRECISION, 0.4, 0.5)),
        view("ALL *", new SvCounts(0, 177, 0, 0)), null);
    assertEquals(GateStatus.FAIL, v.status());
    assertEquals(List.of("SV ALL precision cannot be judged: no calls judged (TP-comp + FP = 0) (required rule)"),
        v.reasons());
  }

  @Test
  void aMissingOptionalCellIsNotedNotJudged() {
    final SvGateRule dup = rule("DUP", "*", Metric.RECALL, 0.9, 0.95);
    final SvGateRule bigDel = rule("DEL", "5000-50000", Metric.RECALL, 0.9, 0.95);
    assertEquals(false, dup.required());
    assertEquals(false, bigDel.required());
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("ALL", "*", Metric.RECALL, 0.4, 0.5), dup, bigDel),
        view("ALL *", eightyOfHundred(), "DEL *", eightyOfHundred(), "DEL 5000-50000", new SvCounts(0, 0, 0, 3)),
        null);
    assertEquals(new GateVerdict(GateStatus.PASS, List.of(
        "not judged (optional rule): SV DUP recall: the result has no SV DUP calls in truth or query",
        "not judged (optional rule): SV DEL 5000-50000 bp recall: no truth SVs (TP-base + FN = 0)")), v);
  }

  @Test
  void aSizeBinRuleReadsItsBin() {
    final GateVerdict v = SvGateEvaluator.evaluate(criteria(rule("INS", "300-999", Metric.RECALL, 0.5, 0.6)),
        view("ALL *", new SvCounts(100, 0, 100, 0), "INS *", new SvCounts(100, 0, 100, 0),
            "INS 300-999", new SvCounts(1, 111, 1, 0)), null);
    assertEquals(GateStatus.FAIL, v.status());
    assertTrue(v.reasons().get(0).startsWith("SV INS 300-999 bp recall lower bound 0.0010 < fail threshold 0.5"),
        v.reasons().get(0));
  }

  @Test
  void smallVariantRulesDoNotApplyToSvPartsNorSvRulesToSmallParts() {
    final GateRule snp = new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.RECALL, 0.99, 0.995, true);
    final SvGateRule sv = rule("ALL", "*", Metric.RECALL, 0.99, 0.995);
    final Criteria both = new Criteria("t", "2026-12-07", "jeffreys-95", List.of(snp), null, List.of(sv));
    // a perfect small result with no SV cells at all: the SV rule would FAIL it if it applied
    final Map<CellKey, Counts> small = new HashMap<>();
    small.put(new CellKey(VariantType.SNP, FilterKind.PASS, "*"), new Counts(5000, 5000, 0, 5000, 5000, 0, 0, 0, 0));
    assertEquals(new GateVerdict(GateStatus.PASS, List.of()), GateEvaluator.evaluate(both, new ResultCounts(small),
        null));
    // a perfect SV result: the SNP rule (no SNP cell here) would FAIL it if it applied
    assertEquals(new GateVerdict(GateStatus.PASS, List.of()), SvGateEvaluator.evaluate(both,
        view("ALL *", new SvCounts(5000, 0, 5000, 0)), null));
    // the same SV result failing its own rule
    assertEquals(GateStatus.FAIL, SvGateEvaluator.evaluate(both, view("ALL *", eightyOfHundred()), null).status());
  }

  @Test
  void criteriaWithoutSvRulesLeaveTheSvPartUnjudged() {
    final GateRule snp = new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.RECALL, 0.99, 0.995, true);
    final Criteria old = new Criteria("1.0.0", "2026-12-01", "jeffreys-95", List.of(snp), REGRESSION);
    assertEquals(new GateVerdict(GateStatus.PASS, List.of("not judged: criteria 1.0.0 have no sv_rules for "
        + "structural variants")), SvGateEvaluator.evaluate(old, view("ALL *", new SvCounts(0, 10, 0, 10)),
        view("ALL *", new SvCounts(10, 0, 10, 0))));
  }

  @Test
  void aDropBeyondTheIntervalFails() {
    final Criteria c = criteria(rule("ALL", "*", Metric.RECALL, 0.3, 0.4));
    // previous 95 of 100 [0.8970.., 0.9807..], now 80 of 100 [0.7137.., 0.8692..]: the intervals do not overlap
    final GateVerdict v = SvGateEvaluator.evaluate(c, view("ALL *", new SvCounts(80, 20, 95, 5)),
        view("ALL *", new SvCounts(95, 5, 95, 5)));
    assertEquals(GateStatus.FAIL, v.status());
    assertEquals(1, v.reasons().size(), v.reasons().toString());
    assertTrue(v.reasons().get(0).startsWith("SV ALL recall regressed beyond the interval: now 0.8000 [0.7137, "
        + "0.8692], previous result 0.9500 [0.89"), v.reasons().get(0));
    // the first submission has nothing to regress from
    assertEquals(GateStatus.PASS, SvGateEvaluator.evaluate(c, view("ALL *", new SvCounts(80, 20, 95, 5)), null)
        .status());
  }

  @Test
  void aDropWithinTheIntervalButAboveWarnDropWarns() {
    final Criteria c = criteria(rule("ALL", "*", Metric.PRECISION, 0.3, 0.4));
    // precision 85 of 100 -> 80 of 100: a drop of 0.05 > warn_drop 0.02, intervals overlap
    final GateVerdict v = SvGateEvaluator.evaluate(c, view("ALL *", eightyOfHundred()),
        view("ALL *", new SvCounts(80, 20, 85, 15)));
    assertEquals(GateStatus.WARN, v.status());
    assertEquals(List.of("SV ALL precision dropped by 0.0500 (0.8500 -> 0.8000), more than the warn_drop 0.02 "
        + "(intervals overlap: now [0.7137, 0.8692], previous [" + GateEvaluator.fmt(JeffreysInterval.of(85, 100,
        0.95).lower()) + ", " + GateEvaluator.fmt(JeffreysInterval.of(85, 100, 0.95).upper()) + "])"), v.reasons());
    // a drop of 0.01 is within warn_drop; an improvement is not reported
    assertEquals(GateStatus.PASS, SvGateEvaluator.evaluate(c, view("ALL *", eightyOfHundred()),
        view("ALL *", new SvCounts(80, 20, 81, 19))).status());
    assertEquals(GateStatus.PASS, SvGateEvaluator.evaluate(c, view("ALL *", new SvCounts(80, 20, 99, 1)),
        view("ALL *", eightyOfHundred())).status());
  }

  @Test
  void regressionLooksOnlyAtCellsNamedBySvRulesAndPresentOnBothSides() {
    final Criteria c = criteria(rule("ALL", "*", Metric.RECALL, 0.3, 0.4), rule("INS", "*", Metric.RECALL, 0.0, 0.0));
    // DEL collapsed but no rule names DEL; INS is absent from the previous result
    final GateVerdict v = SvGateEvaluator.evaluate(c,
        view("ALL *", eightyOfHundred(), "DEL *", new SvCounts(1, 99, 1, 99), "INS *", new SvCounts(1, 99, 1, 0)),
        view("ALL *", eightyOfHundred(), "DEL *", new SvCounts(99, 1, 99, 1)));
    assertEquals(new GateVerdict(GateStatus.PASS, List.of()), v);
    // and a cell named by a rule regresses on every metric of the regression rule
    final GateVerdict w = SvGateEvaluator.evaluate(c,
        view("ALL *", eightyOfHundred(), "INS *", new SvCounts(1, 99, 1, 99)),
        view("ALL *", eightyOfHundred(), "INS *", new SvCounts(99, 1, 99, 1)));
    assertEquals(GateStatus.FAIL, w.status());
    assertEquals(2, w.reasons().size(), w.reasons().toString());
    assertTrue(w.reasons().get(0).startsWith("SV INS recall regressed beyond the interval"), w.reasons().get(0));
    assertTrue(w.reasons().get(1).startsWith("SV INS precision regressed beyond the interval"), w.reasons().get(1));
  }
}
