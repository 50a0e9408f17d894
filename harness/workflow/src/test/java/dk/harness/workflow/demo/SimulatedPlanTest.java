package dk.harness.workflow.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.testdata.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulated demo plan, read as YAML (not through PlanReader, so the format of the SV contract is checked on its
 * own): a structural-variant truth set and, for every unit, an SV part next to the small-variant part, all naming
 * files the cohort has.
 */
class SimulatedPlanTest {
  @Test
  void planDeclaresTheSvTruthSetAndEachUnitsSvSubmission() throws Exception {
    final Path dir = TestFiles.scratch("simulated-plan").resolve("demo-cohort");
    new CohortSimulator(SimulationConfig.defaults().withSeed(5)
        .withContigs(SimulationConfig.contigs(2, 120_000))).generate(dir);
    final Path plan = SimulatedPlan.write(dir, 5, 2);
    final JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(plan.toFile());

    final JsonNode truthSets = root.get("truth_sets");
    assertEquals(2, truthSets.size(), truthSets.toString());
    final JsonNode small = truthSets.get(0);
    final JsonNode sv = truthSets.get(1);
    assertEquals("demo-hg002", small.get("id").asText());
    assertTrue(small.get("kind") == null, "the small-variant truth set keeps the default kind");
    assertEquals("demo-hg002-sv", sv.get("id").asText());
    assertEquals("structural-variant", sv.get("kind").asText());
    assertEquals("HG002", sv.get("sample").asText());
    for (String key : List.of("vcf", "confident", "reference")) {
      assertTrue(Files.isRegularFile(dir.resolve(sv.get(key).asText())), key + ": " + sv.get(key));
    }
    assertTrue(Files.isRegularFile(dir.resolve(sv.get("vcf").asText() + ".tbi")));
    assertTrue(sv.get("vcf").asText().contains("_sv_truth"), sv.toString());

    final JsonNode submissions = root.get("submissions");
    assertEquals(List.of("north", "central", "south", "capital", "zealand"),
        List.of(0, 1, 2, 3, 4).stream().map(i -> submissions.get(i).get("unit").asText()).toList());
    for (JsonNode s : submissions) {
      assertEquals("demo-hg002", s.get("truth_set").asText());
      assertEquals("units/" + s.get("unit").asText() + "/HG002.vcf.gz", s.get("vcf").asText());
      assertEquals("demo-hg002-sv", s.get("sv_truth_set").asText());
      final Path svVcf = dir.resolve(s.get("sv_vcf").asText());
      assertEquals(dir.resolve("units/" + s.get("unit").asText() + "/HG002_sv.vcf.gz"), svVcf);
      assertTrue(Files.isRegularFile(svVcf) && Files.isRegularFile(Path.of(svVcf + ".tbi")), svVcf.toString());
    }
  }
}
