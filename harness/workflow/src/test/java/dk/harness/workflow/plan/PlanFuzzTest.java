package dk.harness.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes plan reading ({@link PlanReader#read}): a YAML plan is read or refused with an {@link InputException}
 * naming a file (the plan; a catalogue it points at names itself), never any other exception. A valid pipeline spec ({@code spec.yaml}, the repository's example) lies beside the plan so inputs can
 * reach spec loading.
 */
class PlanFuzzTest {
  private static final Path DIR = folder();
  private static final Path PLAN = DIR.resolve("plan.yaml");

  static Stream<Arguments> plan() {
    return Stream.of(
        seed("""
            plan_version: 1
            run_id: 20261207-nightly
            threads: 2
            truth_sets:
              - id: hg001-chr20
                version: nist-3.2
                sample: HG001
                build: GRCh38
                vcf: truth/t.vcf.gz
                confident: truth/t.bed
                reference: /abs/ref.fa
                stratification: strata/v3.tsv
            submissions:
              - unit: north
                sample: HG001
                pipeline: {name: gatk4-hc, version: 4.1.0}
                truth_set: hg001-chr20
                vcf: units/north.vcf.gz
                roc: gq
              - unit: zealand
                sample: HG001
                pipeline_spec: spec.yaml
                truth_set: hg001-chr20
                vcf: units/zealand.vcf.gz
                index: units/zealand.vcf.gz.tbi
                target: units/exome.bed
            """),
        seed("""
            # flow style and anchors
            plan_version: 1
            results_dir: ../results
            gates: ../gates/council-criteria.yaml
            truth_sets: [{id: &t ts1, version: "1", vcf: t.vcf, reference: r.fa}]
            submissions:
              - {unit: u1, sample: S, pipeline: {name: p, version: "1"}, truth_set: *t, vcf: q.vcf}
            """),
        seed("""
            plan_version: 1
            catalogue: truth-sets/catalogue.yaml
            truth_set_cache: cache
            truth_sets:
              - id: hg002-grch38
                catalogue_id: giab-hg002-v4.2.1-grch38
                reference: ref.fa
            submissions:
              - unit: south
                sample: HG002
                pipeline: {name: p, version: v}
                truth_set: hg002-grch38
                vcf: s.vcf.gz
            """));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "plan.dict")
  @FuzzTest
  void plan(byte[] data) {
    write(PLAN, data);
    try {
      final Plan plan = new PlanReader(2).read(PLAN);
      assertTrue(!plan.truthSets().isEmpty() && !plan.submissions().isEmpty(), "a plan without work was accepted");
    } catch (InputException e) {
      assertTrue(e.file() != null && e.getMessage().startsWith(e.file().toString())
          && e.getMessage().indexOf('\n') < 0, e.getMessage());
    }
  }

  private static Path folder() {
    try {
      final Path dir = Files.createDirectories(Paths.get("target", "fuzz-work", "plan").toAbsolutePath());
      Files.copy(TestFiles.repoRoot().resolve("pipelines-spec/examples/unit-zealand.yaml"), dir.resolve("spec.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }
}
