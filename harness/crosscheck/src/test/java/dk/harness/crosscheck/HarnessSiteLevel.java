package dk.harness.crosscheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.ScoreField;
import dk.harness.compare.CompareSettings;
import dk.harness.compare.Comparison;
import dk.harness.compare.MatchMode;
import dk.harness.compare.ProgressSink;
import java.nio.file.Path;

/** Runs {@code harness compare --match site} as a library and reads the {@code site_level} block of metrics.json. */
final class HarnessSiteLevel {
  private HarnessSiteLevel() {
  }

  /**
   * @param truth truth VCF
   * @param query query VCF
   * @param reference reference FASTA
   * @param confident confident BED
   * @param prefix output prefix
   * @return the {@code site_level} node of the written metrics.json
   */
  static JsonNode run(Path truth, Path query, Path reference, Path confident, Path prefix) throws Exception {
    final CompareSettings s = new CompareSettings(truth, query, reference, confident, null, null, null, null, 2,
        ScoreField.QUAL, prefix, MatchMode.SITE);
    Comparison.run(s, "crosscheck", ProgressSink.SILENT);
    final JsonNode site = new ObjectMapper().readTree(Path.of(prefix + ".metrics.json").toFile()).get("site_level");
    if (site == null) {
      throw new AssertionError("metrics.json of " + prefix + " has no site_level block");
    }
    return site;
  }
}
