package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example specs validate and bind; broken specs fail with problems that name the offending field. */
class PipelineSpecTest {
  private static final SpecValidator VALIDATOR = new SpecValidator();

  static Path examples() throws IOException {
    return Files2.repoRoot().resolve("pipelines-spec/examples");
  }

  static Path example(String unit) throws IOException {
    return examples().resolve("unit-" + unit + ".yaml");
  }

  @Test
  void everyExampleValidatesAndIsMarkedAsExample() throws IOException {
    final List<Path> files;
    try (Stream<Path> s = Files.list(examples())) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertEquals(5, files.size(), files.toString());
    for (Path f : files) {
      assertEquals(List.of(), VALIDATOR.validate(f), f.toString());
      final PipelineSpec spec = PipelineSpec.load(f);
      assertTrue(spec.example(), f + " must be marked example: true");
      assertTrue(spec.unit().contains("(fictional)"), spec.unit());
      assertTrue(Files.readString(f).startsWith("# EXAMPLE ONLY."), f.toString());
      assertFalse(spec.steps(PipelineSpec.StepKind.ALIGNER).isEmpty());
      assertFalse(spec.steps(PipelineSpec.StepKind.CALLER).isEmpty());
    }
  }

  @Test
  void northBindsEveryDomain() throws IOException {
    final PipelineSpec s = PipelineSpec.load(example("north"));
    assertEquals("north-germline-wgs", s.name());
    assertEquals("3.2.0", s.version());
    assertEquals(Build.GRCH38, s.build());
    assertEquals(5, s.steps().size());
    final PipelineSpec.Step align = s.steps().get(0);
    assertEquals(PipelineSpec.StepKind.ALIGNER, align.kind());
    assertEquals("BWA-MEM2", align.tool().name());
    assertEquals("2.2.1", align.tool().version());
    assertEquals("bwa-mem2", align.tool().biotoolsId());
    assertTrue(align.container().isPlaceholder());
    assertEquals("quay.io/biocontainers/bwa-mem2:2.2.1--he513fc3_0@" + PipelineSpec.Container.PLACEHOLDER_DIGEST,
        align.container().pinned());
    assertEquals("HaplotypeCaller", s.steps(PipelineSpec.StepKind.CALLER).get(0).description().split(" ")[0]);
    assertEquals(new PipelineSpec.Parameter(1, "-K", "100000000"), s.parameters().get(0));
    assertEquals("24.04.4", s.environment().get("NXF_VER"));
    assertEquals("ILLUMINA", s.sequencing().platform());
    assertEquals(30, s.sequencing().targetCoverage());
    assertEquals("md5", s.reference().checksumAlgorithm());
    assertNull(PipelineSpec.load(example("central")).steps().get(0).container(), "DRAGEN runs without container");
  }

  /** Writes a modified copy of the north example and validates it. */
  private static List<SpecProblem> problemsAfter(String name, String from, String to) throws IOException {
    final String text = Files.readString(example("north"));
    assertTrue(text.contains(from), "test setup: '" + from + "' not in the example");
    final Path f = Files2.scratch("spec-" + name).resolve("spec.yaml");
    Files.writeString(f, text.replace(from, to));
    return VALIDATOR.validate(f);
  }

  private static void assertProblem(List<SpecProblem> problems, String path, String messagePart) {
    assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(messagePart)),
        "expected a problem at " + path + " mentioning '" + messagePart + "', got " + problems);
  }

  @Test
  void missingToolVersionNamesTheField() throws IOException {
    final List<SpecProblem> p = problemsAfter("noversion", "BWA-MEM2, version: \"2.2.1\", ", "BWA-MEM2, ");
    assertProblem(p, "$.description_domain.pipeline_steps[0].tool.version", "version");
  }

  @Test
  void badDigestIsRefused() throws IOException {
    final List<SpecProblem> p = problemsAfter("baddigest",
        "bwa-mem2:2.2.1--he513fc3_0, digest: \"sha256:0000", "bwa-mem2:2.2.1--he513fc3_0, digest: \"sha256:xyz0");
    assertProblem(p, "$.description_domain.pipeline_steps[0].container.digest", "");
  }

  @Test
  void wrongBuildIsRefused() throws IOException {
    final List<SpecProblem> p = problemsAfter("hg38", "build: GRCh38", "build: hg38");
    assertProblem(p, "$.io_domain.reference.build", "");
  }

  @Test
  void placeholdersAreOnlyForExamples() throws IOException {
    final List<SpecProblem> p = problemsAfter("notexample", "example: true", "example: false");
    assertProblem(p, "$.description_domain.pipeline_steps[0].container.digest", "only accepted in example specs");
    assertProblem(p, "$.io_domain.reference.checksum.value", "only accepted in example specs");
  }

  @Test
  void unquotedNumericVersionIsExplained() throws IOException {
    final List<SpecProblem> p = problemsAfter("float", "version: \"1.21\"", "version: 1.21");
    assertProblem(p, "$.description_domain.pipeline_steps[4].tool.version", "quote the value");
  }

  @Test
  void latestIsNotAVersion() throws IOException {
    final List<SpecProblem> p = problemsAfter("latest", "GATK, version: \"4.6.1.0\", uri: \"https://github.com/"
        + "broadinstitute/gatk\"}\n      container: {image: docker.io/broadinstitute/gatk:4.6.1.0, digest: \"sha256:"
        + "0000000000000000000000000000000000000000000000000000000000000000\"}\n    - step_number: 3",
        "GATK, version: latest}\n    - step_number: 3");
    assertProblem(p, "$.description_domain.pipeline_steps[1].tool.version", "");
  }

  @Test
  void semanticRules() throws IOException {
    assertProblem(problemsAfter("stepnum", "step_number: 3", "step_number: 7"),
        "$.description_domain.pipeline_steps[2].step_number", "expected 3");
    assertProblem(problemsAfter("paramstep", "{step: 5, param: \"-m\"", "{step: 9, param: \"-m\""),
        "$.parametric_domain[2].step", "step 9 does not exist");
    assertProblem(problemsAfter("nocaller", "kind: caller", "kind: other"), "$.description_domain.pipeline_steps",
        "'caller'");
  }

  @Test
  void unknownFieldAndMissingDomain() throws IOException {
    assertProblem(problemsAfter("unknown", "  script_driver: nextflow", "  script_driver: nextflow\n  scheduler: slurm"),
        "$.execution_domain.scheduler", "unknown field");
    assertProblem(problemsAfter("nodomain", "extension_domain:", "extension_domainx:"), "$.extension_domain",
        "required field 'extension_domain'");
  }

  @Test
  void loadRefusesAnInvalidSpecWithOneLineNamingTheFirstProblem() throws IOException {
    problemsAfter("load", "build: GRCh38", "build: hg38");
    final Path f = Files2.repoRoot().resolve("harness/catalog/target/test-work/spec-load/spec.yaml");
    final SpecException e = assertThrows(SpecException.class, () -> PipelineSpec.load(f));
    assertTrue(e.getMessage().startsWith(f + ": invalid pipeline spec: $.io_domain.reference.build"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertEquals(e.problems(), VALIDATOR.validate(f));
  }

  @Test
  void jsonSpecsAreAccepted() throws IOException {
    final Path json = Files2.scratch("spec-json").resolve("north.json");
    Files.writeString(json, new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(Yaml.readTree(example("north"))));
    assertEquals(PipelineSpec.load(example("north")).steps(), PipelineSpec.load(json).steps());
  }
}
