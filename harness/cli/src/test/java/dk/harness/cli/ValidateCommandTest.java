package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code harness validate} end to end on the NA12878 chr20 data. */
class ValidateCommandTest {

  private static TestData.Run validate(String... more) {
    final List<String> a = new java.util.ArrayList<>(List.of("validate", "--truth", TestData.truthVcf().toString(),
        "--reference", TestData.reference().toString()));
    a.addAll(List.of(more));
    return TestData.run(a.toArray(String[]::new));
  }

  @Test
  void cleanSubmissionExitsZero() {
    final TestData.Run r = validate("--vcf", TestData.gatk4Query().toString(), "--sample", "HG001");
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    assertTrue(r.stdout().lines().allMatch(l -> l.startsWith("INFO ")), r.stdout());
    assertTrue(r.stdout().contains("INFO SHA256 " + TestData.gatk4Query() + ": sha256 "), r.stdout());
    assertTrue(r.stderr().contains("no errors, 0 warning(s)"), r.stderr());
  }

  @Test
  void errorsExitTwoWithOneFindingPerLine() {
    final TestData.Run r = validate("--vcf", TestData.gatk4QueryB37Names().toString());
    assertEquals(2, r.exitCode(), r.stdout() + r.stderr());
    final List<String> errors = r.stdout().lines().filter(l -> l.startsWith("ERROR ")).toList();
    assertEquals(1, errors.size(), r.stdout());
    assertTrue(errors.get(0).startsWith("ERROR CONTIG_RENAME " + TestData.gatk4QueryB37Names() + ": contig names "
        + "differ from the reference"), errors.get(0));
    assertTrue(errors.get(0).contains("20 -> chr20"), errors.get(0));
    assertTrue(errors.get(0).contains("(fix: rename the contigs (1 in the map): printf '20 chr20\\n' > rename.txt "
        + "&& bcftools annotate --rename-chrs rename.txt"), errors.get(0));
    assertEquals(List.of(Main.ERROR_PREFIX + "the submission " + TestData.gatk4QueryB37Names()
        + " is refused: ERROR CONTIG_RENAME (see the ERROR lines above)"), r.stderrLines());
  }

  @Test
  void jsonReport() throws IOException {
    final TestData.Run r = validate("--vcf", TestData.gatk4QueryB37Names().toString(), "--format", "json");
    assertEquals(2, r.exitCode());
    final JsonNode j = new ObjectMapper().readTree(r.stdout());
    assertEquals("harness.intake/1", j.get("schema").asText());
    assertTrue(j.get("errors").asBoolean());
    assertEquals(252, j.get("records").asLong());
    assertEquals(Sha256.of(TestData.gatk4QueryB37Names()), j.get("sha256").asText());
    assertTrue(j.get("findings").findValuesAsText("code").contains("CONTIG_RENAME"));
  }

  @Test
  void submissionFileWithRelativePaths() throws IOException {
    final Path dir = TestData.scratch("validate-yaml");
    final Path vcf = Files.copy(TestData.gatk4Query(), dir.resolve("calls.vcf.gz"));
    Files.copy(Path.of(TestData.gatk4Query() + ".tbi"), dir.resolve("calls.vcf.gz.tbi"));
    final Path yaml = dir.resolve("submission.yaml");
    Files.writeString(yaml, "unit: unitA\nsample: HG002\ntruth_set: NA12878_chr20\nvcf: calls.vcf.gz\n");
    final TestData.Run r = validate(yaml.toString());
    // the file says HG002, the column is NA12878: the column cannot be found by that name
    assertEquals(2, r.exitCode(), r.stdout());
    assertTrue(r.stdout().contains("ERROR SAMPLE_MISSING " + vcf), r.stdout());

    Files.writeString(yaml, "unit: unitA\nsample: HG001\ntruth_set: NA12878_chr20\nvcf: calls.vcf.gz\n");
    final TestData.Run ok = validate(yaml.toString());
    assertEquals(0, ok.exitCode(), ok.stdout() + ok.stderr());
    assertTrue(ok.stdout().contains("INFO INDEX_SHA256 " + dir.resolve("calls.vcf.gz.tbi")), ok.stdout());

    Files.writeString(yaml, "vcf: calls.vcf.gz\nsampel: HG001\n");
    final TestData.Run typo = validate(yaml.toString());
    assertEquals(2, typo.exitCode());
    assertTrue(typo.stderr().startsWith(Main.ERROR_PREFIX + yaml + ": unknown key 'sampel'"), typo.stderr());
  }

  @Test
  void exactlyOneOfSubmissionFileAndVcf() {
    final TestData.Run none = validate();
    assertEquals(2, none.exitCode());
    assertTrue(none.stderr().contains("give either a SUBMISSION.yaml or --vcf"), none.stderr());
    final TestData.Run both = validate("x.yaml", "--vcf", "y.vcf");
    assertEquals(2, both.exitCode());
  }

  @Test
  void submittedFilesAreUnchangedByValidateAndCompare() throws IOException {
    final Path dir = TestData.scratch("validate-readonly");
    final Path vcf = Files.copy(TestData.gatk4Query(), dir.resolve("calls.vcf.gz"));
    final Path tbi = Files.copy(Path.of(TestData.gatk4Query() + ".tbi"), dir.resolve("calls.vcf.gz.tbi"));
    final FileTime t = FileTime.fromMillis(1_700_000_000_000L);
    Files.setLastModifiedTime(vcf, t);
    Files.setLastModifiedTime(tbi, t);
    final String sha = Sha256.of(vcf);
    final String tbiSha = Sha256.of(tbi);

    assertEquals(0, validate("--vcf", vcf.toString()).exitCode());
    final TestData.Run c = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        vcf.toString(), "--reference", TestData.reference().toString(), "--confident", TestData.truthBed().toString(),
        "--output", dir.resolve("out/run").toString(), "--threads", "1", "--quiet");
    assertEquals(0, c.exitCode(), c.stderr());

    assertEquals(sha, Sha256.of(vcf));
    assertEquals(tbiSha, Sha256.of(tbi));
    assertEquals(t, Files.getLastModifiedTime(vcf));
    assertEquals(t, Files.getLastModifiedTime(tbi));
    // the run recorded the submitted file's sha256
    final JsonNode m = new ObjectMapper().readTree(dir.resolve("out/run.metrics.json").toFile());
    assertFalse(m.findValuesAsText("sha256").isEmpty());
    assertTrue(m.findValuesAsText("sha256").contains(sha), m.toString());
  }
}
