package dk.harness.workflow.run;

import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateStatus;
import dk.harness.workflow.gates.GateVerdict;
import dk.harness.workflow.history.SvMetricRow;
import java.util.List;

/**
 * Judges a submission's structural-variant part under the criteria file's {@code sv_rules} (issue 12: per SV type
 * and size bin, on the lower end of the 95% Jeffreys interval, with the regression rule against the previous SV
 * result). The runner calls {@link #DEFAULT}; the gate evaluator of the SV gates is wired in there.
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
   * Until the criteria file has {@code sv_rules}: PASS with a note, so an SV part never fails on rules nobody
   * wrote, and the verdict says that it was not judged.
   */
  SvJudge NO_SV_RULES = (criteria, current, previous) -> new GateVerdict(GateStatus.PASS, List.of(
      "not judged: the criteria file has no sv_rules for structural variants"));

  /** What runs use. */
  SvJudge DEFAULT = NO_SV_RULES;
}
