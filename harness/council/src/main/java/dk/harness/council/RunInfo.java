package dk.harness.council;

import java.util.List;
import java.util.Map;

/**
 * The run-level provenance of {@code run.json}. Immutable.
 *
 * @param runId the run id
 * @param harnessVersion the harness version that ran it
 * @param startedAt start time, ISO-8601 UTC (provenance)
 * @param finishedAt end time, or null
 * @param exitCode the run's exit code
 * @param host host facts (name, cores, memory, Java, OS) as text, in recorded order
 * @param plan the plan file (role {@code plan})
 * @param planContent the plan's text, or null
 * @param criteria the criteria file (role {@code criteria})
 * @param criteriaVersion the criteria version, or null
 * @param criteriaEffectiveDate the criteria's effective date, or null
 * @param parameters run parameters as text, in recorded order
 * @param truthSets the truth sets, in plan order
 */
public record RunInfo(String runId, String harnessVersion, String startedAt, String finishedAt, int exitCode,
    Map<String, String> host, FileRef plan, String planContent, FileRef criteria, String criteriaVersion,
    String criteriaEffectiveDate, Map<String, String> parameters, List<TruthSetInfo> truthSets) {
  public RunInfo {
    host = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(host));
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    truthSets = List.copyOf(truthSets);
  }

  /** The truth set with this id, or null. */
  public TruthSetInfo truthSet(String id) {
    for (TruthSetInfo t : truthSets) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    return null;
  }
}
