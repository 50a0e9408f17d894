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
 * @param submissions the small-variant parts of the submissions, sorted by unit, then sample
 * @param svParts the structural-variant parts, sorted by unit, then sample (empty for a run without SVs)
 */
public record RunData(Path runDir, RunInfo run, List<SubmissionResult> submissions, List<SvPart> svParts) {
  public RunData {
    submissions = List.copyOf(submissions);
    svParts = List.copyOf(svParts);
  }

  /** A run without SV parts. */
  public RunData(Path runDir, RunInfo run, List<SubmissionResult> submissions) {
    this(runDir, run, submissions, List.of());
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

  /** The distinct samples of the small-variant parts, sorted. */
  public List<String> samples() {
    final TreeSet<String> s = new TreeSet<>();
    submissions.forEach(r -> s.add(r.info().sample()));
    return List.copyOf(s);
  }

  /** The distinct samples of the SV parts, sorted. */
  public List<String> svSamples() {
    final TreeSet<String> s = new TreeSet<>();
    svParts.forEach(r -> s.add(r.info().sample()));
    return List.copyOf(s);
  }

  /** Whether labels need the sample (a unit appears with several samples). */
  public boolean multiSample() {
    return samples().size() > 1;
  }
}
