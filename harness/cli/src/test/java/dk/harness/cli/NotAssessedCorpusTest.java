package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On the vcf-dialects corpus, the records the harness sets aside as not assessed for a reason vcfeval logs (ploidy
 * above two, an allele over the length bound) are exactly as many as vcfeval 3.12.1 skipped when comparing the file
 * with itself ({@code expected.json}: {@code vcfeval_self.details.all_records.skipped_baseline} and
 * {@code skipped_calls}; all records, since harness's block describes the ALL comparison).
 */
class NotAssessedCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path cases() {
    return TestData.shared().resolve("vcf-dialects/cases");
  }

  private static Path first(Path dir, String... names) {
    for (String n : names) {
      if (Files.exists(dir.resolve(n))) {
        return dir.resolve(n);
      }
    }
    throw new AssertionError("none of " + List.of(names) + " in " + dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"giab-hg002-q100-v1.0-smallvar-chr20-part", "gatk4-haplotypecaller-ploidy-regions",
      "mutect2-mito-filtered-grch38", "gatk-genotypegvcfs-mito-3samples"})
  void skippedRecordsAreThoseVcfevalSkipped(String name) throws IOException {
    final Path dir = cases().resolve(name);
    final JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    final JsonNode skipped = expected.at("/vcfeval_self/details/all_records");
    final String sample = expected.get("samples").get(0).asText();
    final Path vcf = first(dir, "calls.vcf.gz", "calls.vcf");
    final Path out = TestData.scratch("not-assessed-corpus-" + name);
    final TestData.Run run = TestData.run("compare", "--truth", vcf.toString(), "--query", vcf.toString(),
        "--truth-sample", sample, "--query-sample", sample, "--reference",
        first(dir, "reference.fa.gz", "reference.fa").toString(), "--output", out.resolve("run").toString(),
        "--quiet");
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = JSON.readTree(out.resolve("run.metrics.json").toFile());
    for (String side : List.of("truth", "query")) {
      final JsonNode k = m.at("/not_assessed/" + side + "/kinds");
      final long setAside = k.at("/ploidy_above_two/total").asLong() + k.at("/allele_too_long/total").asLong();
      assertEquals(skipped.get(side.equals("truth") ? "skipped_baseline" : "skipped_calls").asLong(), setAside,
          name + " " + side + ": " + k);
      final JsonNode s = m.at("/not_assessed/" + side);
      assertEquals(s.get("records").asLong(), s.get("assessed").asLong() + s.get("not_variant").asLong()
          + s.get("not_assessed").asLong(), name + " " + side);
    }
    assertTrue(expected.get("record_count").asLong() >= m.at("/not_assessed/truth/records").asLong(), name);
  }
}
