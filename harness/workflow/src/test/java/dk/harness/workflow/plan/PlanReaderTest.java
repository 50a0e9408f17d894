package dk.harness.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.io.ScoreField;
import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanReaderTest {
  private static final String VALID = String.join("\n",
      "plan_version: 1",
      "threads: 3",
      "truth_sets:",
      "  - id: hg001-chr20",
      "    version: nist-3.2",
      "    sample: HG001",
      "    vcf: truth/t.vcf.gz",
      "    confident: truth/t.bed",
      "    reference: /abs/ref.fa",
      "submissions:",
      "  - unit: north",
      "    sample: HG001",
      "    pipeline: {name: gatk4-hc, version: 4.1.0}",
      "    truth_set: hg001-chr20",
      "    vcf: units/north.vcf.gz",
      "  - unit: zealand",
      "    sample: HG001",
      "    pipeline: {name: dv, version: 1.1.0}",
      "    truth_set: hg001-chr20",
      "    vcf: units/zealand.vcf.gz",
      "    roc: gq",
      "");

  private static Path write(String name, String text) throws IOException {
    final Path dir = TestFiles.scratch("plan-" + name);
    final Path p = dir.resolve("plan.yaml");
    Files.writeString(p, text);
    return p;
  }

  private static InputException error(String name, String text) throws IOException {
    final Path p = write(name, text);
    final InputException e = assertThrows(InputException.class, () -> new PlanReader(2).read(p));
    assertEquals(p, e.file(), e.getMessage());
    return e;
  }

  @Test
  void readsAValidPlanResolvingPathsAgainstItsFolder() throws IOException {
    final Path p = write("valid", VALID);
    final Plan plan = new PlanReader(2).read(p);
    final Path dir = p.getParent();
    assertEquals(1, plan.planVersion());
    assertNull(plan.runId());
    assertEquals(3, plan.threads());
    assertEquals(dir.resolve("results"), plan.resultsDir());
    assertEquals(dir.resolve("gates/council-criteria.yaml"), plan.gates());
    assertEquals(64, plan.sha256().length());
    final PlanTruthSet t = plan.truthSets().get(0);
    assertEquals(dir.resolve("truth/t.vcf.gz"), t.vcf());
    assertEquals(Path.of("/abs/ref.fa"), t.reference());
    assertNull(t.stratification());
    assertEquals(4, t.line());
    assertEquals(2, plan.submissions().size());
    final PlanSubmission z = plan.submissions().get(1);
    assertEquals("zealand/HG001", z.key());
    assertEquals("dv", z.pipelineName());
    assertEquals("1.1.0", z.pipelineVersion());
    assertEquals(ScoreField.GQ, z.roc());
    assertEquals(ScoreField.QUAL, plan.submissions().get(0).roc());
    assertEquals(dir.resolve("units/zealand.vcf.gz"), z.vcf());
    assertEquals(16, z.line());
  }

  @Test
  void threadsDefaultToTheReadersDefault() throws IOException {
    final Plan plan = new PlanReader(5).read(write("threads", VALID.replace("threads: 3\n", "")));
    assertEquals(5, plan.threads());
  }

  @Test
  void missingFieldNamesLineAndField() throws IOException {
    final InputException e = error("missing", VALID.replace("    truth_set: hg001-chr20\n    vcf: units/zealand.vcf.gz\n",
        "    vcf: units/zealand.vcf.gz\n"));
    assertEquals(16, e.line());
    assertTrue(e.problem().startsWith("submissions[1]: 'truth_set' is missing"), e.problem());
  }

  @Test
  void unknownKeyNamesItsLine() throws IOException {
    final InputException e = error("unknown-key", VALID.replace("    roc: gq", "    roc: gq\n    colour: blue"));
    assertEquals(22, e.line());
    assertTrue(e.problem().contains("submissions[1].colour: unknown key 'colour'"), e.problem());
  }

  @Test
  void undefinedTruthSetIsRefused() throws IOException {
    final InputException e = error("undefined-truth", VALID.replace("    truth_set: hg001-chr20\n    vcf: units/north",
        "    truth_set: hg002\n    vcf: units/north"));
    assertEquals(14, e.line());
    assertTrue(e.problem().contains("submissions[0].truth_set: truth set 'hg002' is not defined"), e.problem());
  }

  @Test
  void sameUnitAndSampleTwiceIsRefused() throws IOException {
    final InputException e = error("duplicate", VALID.replace("unit: zealand", "unit: north"));
    assertEquals(16, e.line());
    assertTrue(e.problem().contains("submits sample 'HG001' twice"), e.problem());
  }

  @Test
  void sampleMustMatchTheTruthSet() throws IOException {
    final InputException e = error("sample", VALID.replace("  - unit: zealand\n    sample: HG001",
        "  - unit: zealand\n    sample: HG002"));
    assertEquals(17, e.line());
    assertTrue(e.problem().contains("which is for HG001"), e.problem());
  }

  @Test
  void badValuesAreRefused() throws IOException {
    assertTrue(error("run-id", "run_id: ../evil\n" + VALID).problem().contains("run_id"));
    assertTrue(error("version", VALID.replace("plan_version: 1", "plan_version: 2")).problem()
        .contains("plan_version 2 is not supported"));
    assertTrue(error("threads0", VALID.replace("threads: 3", "threads: 0")).problem().contains("at least 1"));
    assertTrue(error("roc", VALID.replace("roc: gq", "roc: DP")).problem().contains("roc 'DP' is not QUAL or GQ"));
    assertTrue(error("unit-name", VALID.replace("unit: north", "unit: north/east")).problem()
        .contains("not usable as a folder name"));
    assertTrue(error("no-pipeline", VALID.replace("    pipeline: {name: dv, version: 1.1.0}\n", "")).problem()
        .contains("either pipeline_spec"));
    assertTrue(error("empty", "plan_version: 1\ntruth_sets: []\nsubmissions: []\n").problem()
        .contains("truth_sets: must be a non-empty list"));
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() throws IOException {
    final InputException e = error("syntax", VALID.replace("    version: nist-3.2", "    version: [nist"));
    assertTrue(e.line() >= 5, "line " + e.line());
    assertTrue(e.problem().startsWith("not valid YAML"), e.problem());
  }

  @Test
  void pipelineSpecGivesNameAndVersionAndIsValidated() throws IOException {
    final Path example = TestFiles.repoRoot().resolve("pipelines-spec/examples/unit-north.yaml");
    final String withSpec = VALID.replace("    pipeline: {name: gatk4-hc, version: 4.1.0}",
        "    pipeline_spec: specs/north.yaml");
    final Path p = write("spec", withSpec);
    Files.createDirectories(p.resolveSibling("specs"));
    Files.copy(example, p.resolveSibling("specs/north.yaml"));
    final PlanSubmission north = new PlanReader(1).read(p).submissions().get(0);
    assertEquals("north-germline-wgs", north.pipelineName());
    assertEquals("3.2.0", north.pipelineVersion());
    assertEquals(Files.readString(example), north.specText());
    assertEquals(dk.harness.report.Sha256.of(example), north.specSha256());

    // The spec's build must be the truth set's.
    final Path p37 = write("spec-build", withSpec.replace("    sample: HG001\n    vcf: truth",
        "    sample: HG001\n    build: GRCh37\n    vcf: truth"));
    Files.createDirectories(p37.resolveSibling("specs"));
    Files.copy(example, p37.resolveSibling("specs/north.yaml"));
    final InputException build = assertThrows(InputException.class, () -> new PlanReader(1).read(p37));
    assertTrue(build.problem().contains("calls on GRCh38 but truth set 'hg001-chr20' is on GRCh37"), build.problem());

    // An invalid spec names the plan line and the spec's problem.
    final Path bad = write("spec-bad", withSpec);
    Files.createDirectories(bad.resolveSibling("specs"));
    Files.writeString(bad.resolveSibling("specs/north.yaml"), Files.readString(example)
        .replace("spec_format: harness-pipeline-spec/1", "spec_format: nonsense"));
    final InputException e = assertThrows(InputException.class, () -> new PlanReader(1).read(bad));
    assertEquals(13, e.line(), e.getMessage());
    assertTrue(e.problem().startsWith("submissions[0].pipeline_spec: "), e.problem());
  }

  @Test
  void missingPlanFile() {
    final InputException e = assertThrows(InputException.class,
        () -> new PlanReader(1).read(Path.of("target/no-such-plan.yaml")));
    assertTrue(e.problem().contains("does not exist"));
  }
}
