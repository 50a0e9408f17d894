package dk.harness.workflow.run;

import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateVerdict;
import dk.harness.workflow.gates.SvCell;
import dk.harness.workflow.gates.SvCounts;
import dk.harness.workflow.gates.SvGateEvaluator;
import dk.harness.workflow.gates.SvMetricsView;
import dk.harness.workflow.history.SvMetricRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a submission's structural-variant part under the criteria file's {@code sv_rules} (per SV type and size
 * bin, on the lower end of the 95% Jeffreys interval, with the regression rule against the previous SV result).
 * A seam so run tests can judge differently; runs use {@link #DEFAULT}.
 */
@FunctionalInterface
public interface SvJudge {
  /**
   * @param criteria the council criteria (its {@code sv_rules})
   * @param current the part's rows of stratum ALL of {@code sv/metrics.json} (size bin {@code *} = all sizes)
   * @param previous the same unit's previous SV result's rows (same sample and SV truth set), or null
   */
  GateVerdict judge(Criteria criteria, List<SvMetricRow> current, List<SvMetricRow> previous);

  /**
   * {@link SvGateEvaluator} on the rows; a criteria file without {@code sv_rules} gives PASS with a note that the
   * part was not judged.
   */
  SvJudge DEFAULT = (criteria, current, previous) -> SvGateEvaluator.evaluate(criteria, view(current),
      previous == null ? null : view(previous));

  /** The gates' view of history rows (one filter per part: the comparison's). */
  static SvMetricsView view(List<SvMetricRow> rows) {
    final Map<SvCell, SvCounts> cells = new HashMap<>();
    for (SvMetricRow r : rows) {
      cells.put(new SvCell(r.type(), r.sizeBin()), new SvCounts(r.tpBase(), r.fn(), r.tpComp(), r.fp()));
    }
    return new SvMetricsView(cells);
  }
}
