package dk.harness.workflow.run;

import dk.harness.report.RunInfo;
import java.util.List;
import java.util.Map;

/**
 * What run.json records about a truth set a run read. Immutable.
 *
 * @param digests file role ({@code truth}, {@code reference}, {@code confident}, {@code stratification}) to path
 *     and sha256, in that order; absent files map to null
 * @param strata stratum names in TSV order
 * @param records truth records
 * @param loadSeconds time the load took (provenance, differs between runs)
 */
public record TruthSetSummary(Map<String, RunInfo.InputFile> digests, List<String> strata, long records,
    double loadSeconds) {
  public TruthSetSummary {
    digests = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(digests));
    strata = List.copyOf(strata);
  }
}
