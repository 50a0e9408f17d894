package dk.harness.core.sv;

import java.util.List;

/**
 * Everything one SV comparison produced. Immutable.
 *
 * @param outcomes one per counted call, in Truvari's emission order (chunk by chunk)
 * @param summary Truvari's summary figures over {@code outcomes}
 * @param exclusions calls that took no part, by side and reason
 * @param typedFromAlleles truth and query calls ([0] truth, [1] query) whose empty SVTYPE was replaced by the type
 *     of their alleles
 * @param sizedFromAlleles likewise for an empty SVLEN
 */
public record SvResult(List<SvOutcome> outcomes, SvSummary summary, SvExclusions exclusions, int[] typedFromAlleles,
    int[] sizedFromAlleles) {
  public SvResult {
    outcomes = List.copyOf(outcomes);
    typedFromAlleles = typedFromAlleles.clone();
    sizedFromAlleles = sizedFromAlleles.clone();
  }

  @Override
  public int[] typedFromAlleles() {
    return typedFromAlleles.clone();
  }

  @Override
  public int[] sizedFromAlleles() {
    return sizedFromAlleles.clone();
  }
}
