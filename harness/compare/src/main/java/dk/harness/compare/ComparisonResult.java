package dk.harness.compare;

import dk.harness.report.RunInfo;
import dk.harness.report.SiteLevelTally;
import dk.harness.report.Tally;
import java.nio.file.Path;
import java.util.List;

/**
 * What a finished {@link Comparison} produced. The tally is final and must not be fed further.
 *
 * @param tally counts per filter and type (confident regions applied), too-complex regions
 * @param runInfo the provenance written to metrics.json (inputs with sha256, samples, parameters)
 * @param outputs the files written, at their final paths, in the order they were moved into place
 * @param match which decisions {@code tally} and the hap.py-style outputs hold
 * @param siteLevel site-level counts, genotype concordance table and representation gap (metrics.json
 *     {@code site_level}); final, must not be fed further
 */
public record ComparisonResult(Tally tally, RunInfo runInfo, List<Path> outputs, MatchMode match,
    SiteLevelTally siteLevel) {
  public ComparisonResult {
    outputs = List.copyOf(outputs);
  }
}
