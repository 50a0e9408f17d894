package dk.harness.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The VCF dialect corpus ({@code ../shared/data/vcf-dialects}): one {@link Case} per folder of {@code cases/},
 * with the answers bcftools and vcfeval gave on it, read from its {@code expected.json}.
 */
final class DialectCorpus {
  static final String FOLDER = "vcf-dialects/cases";

  private DialectCorpus() {
  }

  /**
   * One case.
   *
   * @param name folder name
   * @param dir the folder
   * @param calls the VCF
   * @param reference the reference FASTA
   * @param sample the sample vcfeval compared ({@code --sample}), or null for the only one
   * @param bcftoolsAccepts whether {@code bcftools view} exited 0
   * @param self vcfeval's self-comparison: PASS-only and all-records counts, or null where it refused the file
   * @param selfError vcfeval's refusal message, or null
   * @param normalizedCounts vcfeval's counts against the {@code bcftools norm -m -any} form (PASS-only,
   *     all-records), or null where there are none (norm failed or vcfeval refused)
   * @param normalizeCommand the recorded {@code bcftools norm} command, or null
   * @param reheaderFirst whether the normalisation needed {@code ##contig} lines added first
   */
  record Case(String name, Path dir, Path calls, Path reference, String sample, boolean bcftoolsAccepts,
      VcfevalCounts[] self, String selfError, VcfevalCounts[] normalizedCounts, String normalizeCommand,
      boolean reheaderFirst) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every case, sorted by name. */
  static List<Case> all(Path casesDir) {
    final ObjectMapper json = new ObjectMapper();
    final List<Case> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(casesDir)) {
      for (Path dir : dirs.sorted().toList()) {
        if (Files.isRegularFile(dir.resolve("expected.json"))) {
          out.add(read(json, dir));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Case read(ObjectMapper json, Path dir) throws IOException {
    final JsonNode e = json.readTree(dir.resolve("expected.json").toFile());
    final JsonNode self = e.path("vcfeval_self");
    final JsonNode norm = e.path("vcfeval_vs_normalized");
    final String sample = self.path("sample").isTextual() ? self.path("sample").asText() : null;
    final String selfError = self.path("pass_only").path("error").isTextual()
        ? self.path("pass_only").path("error").asText() : null;
    final VcfevalCounts[] selfCounts = selfError == null
        ? new VcfevalCounts[] {counts(self.path("pass_only")), counts(self.path("all_records"))} : null;
    final VcfevalCounts[] normCounts = norm.path("pass_only").isArray()
        ? new VcfevalCounts[] {counts(norm.path("pass_only")), counts(norm.path("all_records"))} : null;
    final JsonNode cmd = e.path("commands").path("normalize");
    return new Case(dir.getFileName().toString(), dir, dir.resolve(e.path("calls_file").asText()),
        dir.resolve(e.path("reference").path("file").asText()), sample,
        e.path("bcftools_view").path("exit").asInt() == 0,
        selfCounts, selfError, normCounts, cmd.isTextual() ? cmd.asText() : null,
        norm.path("normalization_fallback").isObject());
  }

  private static VcfevalCounts counts(JsonNode a) {
    return new VcfevalCounts(a.get(0).asLong(), a.get(1).asLong(), a.get(2).asLong(), a.get(3).asLong());
  }
}
