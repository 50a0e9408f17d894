package dk.harness.council;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A committed run folder as read by {@link RunReader}: provenance and every submission's results. Immutable.
 *
 * @param runDir the run folder
 * @param run run-level provenance
 * @param submissions the submissions, sorted by unit, then sample
 */
public record RunData(Path runDir, RunInfo run, List<SubmissionResult> submissions) {
  public RunData {
    submissions = List.copyOf(submissions);
  }

  /** The submissions that were compared (verdict not ERROR), in order. */
  public List<SubmissionResult> compared() {
    final List<SubmissionResult> out = new ArrayList<>();
    for (SubmissionResult s : submissions) {
      if (s.counts() != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The distinct samples, sorted. */
  public List<String> samples() {
    final TreeSet<String> s = new TreeSet<>();
    submissions.forEach(r -> s.add(r.info().sample()));
    return List.copyOf(s);
  }

  /** Whether labels need the sample (a unit appears with several samples). */
  public boolean multiSample() {
    return samples().size() > 1;
  }
}
