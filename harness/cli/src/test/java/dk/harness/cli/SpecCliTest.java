package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code harness spec validate|bco} on the committed examples and on a broken copy. */
class SpecCliTest {

  private static Path example(String unit) {
    return repoRoot().resolve("pipelines-spec/examples/unit-" + unit + ".yaml");
  }

  /** The folder whose pom.xml lists the modules (module poms only name it as parent). */
  private static Path repoRoot() {
    for (Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
      try {
        if (Files.isRegularFile(d.resolve("pom.xml")) && Files.readString(d.resolve("pom.xml")).contains("<modules>")) {
          return d;
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no repository root above " + System.getProperty("user.dir"));
  }

  @Test
  void validExampleValidates() {
    final TestData.Run run = TestData.run("spec", "validate", example("south").toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("valid example spec of Example Genomics Unit South (fictional)"), run.stdout());
    assertEquals("", run.stderr());
  }

  @Test
  void invalidSpecListsProblemsAndExitsWith2() throws IOException {
    final Path dir = TestData.scratch("cli-spec-bad");
    final Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(example("north")).replace("build: GRCh38", "build: hg38")
        .replace("BWA-MEM2, version: \"2.2.1\", ", "BWA-MEM2, "));
    final TestData.Run run = TestData.run("spec", "validate", bad.toString());
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stdout().contains("$.io_domain.reference.build: "), run.stdout());
    assertTrue(run.stdout().contains("$.description_domain.pipeline_steps[0].tool.version: required field"),
        run.stdout());
    final List<String> err = run.stderrLines();
    assertEquals(1, err.size(), run.stderr());
    assertTrue(err.get(0).startsWith(Main.ERROR_PREFIX + bad) && err.get(0).contains("and 1 more"), err.get(0));

    final TestData.Run bco = TestData.run("spec", "bco", bad.toString());
    assertEquals(2, bco.exitCode());
    assertEquals(1, bco.stderrLines().size(), bco.stderr());
    assertEquals("", bco.stdout());
  }

  @Test
  void bcoToStdoutAndToFileAreIdentical() throws IOException {
    final TestData.Run run = TestData.run("spec", "bco", example("capital").toString());
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode bco = new ObjectMapper().readTree(run.stdout());
    assertEquals("https://w3id.org/ieee/ieee-2791-schema/2791object.json", bco.get("spec_version").asText());
    assertEquals("GRCh37", bco.at("/extension_domain/0/harness_pipeline_spec/reference/build").asText());

    final Path out = TestData.scratch("cli-spec-bco").resolve("sub/capital.bco.json");
    final TestData.Run toFile = TestData.run("spec", "bco", example("capital").toString(), "--out", out.toString(),
        "--object-id", "https://example.org/bco/capital/1");
    assertEquals(0, toFile.exitCode(), toFile.stderr());
    final JsonNode written = new ObjectMapper().readTree(out.toFile());
    assertEquals("https://example.org/bco/capital/1", written.get("object_id").asText());
    assertEquals(bco.get("etag"), written.get("etag"), "the object id does not enter the etag");
    try (var s = Files.list(out.getParent())) {
      assertEquals(List.of(out), s.toList(), "no temporary file left");
    }
  }
}
