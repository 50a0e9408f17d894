package dk.harness.workflow.gates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies the {@code sv_rules:} of a {@link Criteria} to one SV part of a submission. Stateless; thread-safe.
 *
 * <p>The rules and reasons work as for small variants ({@link GateEvaluator}, docs/gates.md): each rule is judged
 * on the lower end of the 95% Jeffreys interval of its metric, with recall = TP-base of truth total (TP-base +
 * FN) and precision = TP-comp of query total (TP-comp + FP); F1 and its bounds as for small variants. A rule whose
 * cell is missing or whose metric is undefined FAILs when required and is only noted otherwise. With a previous
 * result, every (type, size bin) named by an SV rule is checked on the criteria's regression rule. The small-variant
 * {@code rules:} are not applied here.
 */
public final class SvGateEvaluator {
  private SvGateEvaluator() {
  }

  /**
   * Judges one SV part.
   *
   * @param criteria the council criteria; only its {@code sv_rules:} and {@code regression:} are used. Without SV
   *     rules the verdict is PASS with one reason saying the SV part was not judged.
   * @param current the SV result judged, e.g. {@code SvMetricsView.fromMetricsJson(<part>/sv/metrics.json)}
   * @param previous the same unit's previous SV result for the same sample and SV truth set, or null for a first
   *     submission (then no regression check)
   * @return PASS, WARN or FAIL with the reasons, as {@link GateEvaluator} returns them for small variants
   */
  public static GateVerdict evaluate(Criteria criteria, SvMetricsView current, SvMetricsView previous) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(current, "current");
    final List<String> reasons = new ArrayList<>();
    if (criteria.svRules().isEmpty()) {
      reasons.add("not judged: criteria " + criteria.criteriaVersion() + " have no sv_rules for structural "
          + "variants");
      return new GateVerdict(GateStatus.PASS, reasons);
    }
    final double conf = criteria.confidence();
    final String ci = GateEvaluator.intervalName(conf);
    GateStatus status = GateStatus.PASS;
    for (SvGateRule rule : criteria.svRules()) {
      final SvCounts c = current.counts(rule.type(), rule.sizeBin());
      final Estimate e = c == null ? null : estimate(rule.metric(), c, conf);
      final String why = e != null ? null : c == null ? "the result has no " + rule.cell() + " calls in truth or "
          + "query" : undefinedBecause(rule.metric());
      status = status.worst(GateEvaluator.judge(rule.label(), rule.metric(), rule.failBelow(), rule.warnBelow(),
          rule.required(), e, why, ci, reasons));
    }
    if (previous != null && criteria.regression() != null) {
      final RegressionRule reg = criteria.regression();
      final Set<SvCell> cells = new LinkedHashSet<>();
      criteria.svRules().forEach(r -> cells.add(r.cell()));
      for (SvCell cell : cells) {
        final SvCounts now = current.counts(cell.type(), cell.sizeBin());
        final SvCounts before = previous.counts(cell.type(), cell.sizeBin());
        if (now == null || before == null) {
          continue; // a missing current cell is already judged by the threshold rules
        }
        for (Metric m : reg.metrics()) {
          final Estimate a = estimate(m, now, conf);
          final Estimate b = estimate(m, before, conf);
          if (a != null && b != null) {
            status = status.worst(GateEvaluator.regressed(cell + " " + GateEvaluator.metricName(m), a, b,
                reg.warnDrop(), reasons));
          }
        }
      }
    }
    return new GateVerdict(status, reasons);
  }

  private static Estimate estimate(Metric m, SvCounts c, double conf) {
    return Estimate.of(m, c.tpBase(), c.truthTotal(), "TP-base", c.tpComp(), c.queryTotal(), "TP-comp", conf);
  }

  private static String undefinedBecause(Metric m) {
    return switch (m) {
      case RECALL -> "no truth SVs (TP-base + FN = 0)";
      case PRECISION -> "no calls judged (TP-comp + FP = 0)";
      case F1 -> "recall or precision has no records";
    };
  }
}
