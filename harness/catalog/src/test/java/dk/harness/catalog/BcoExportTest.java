package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** IEEE 2791 export: required structure, mapping of the spec fields, etag rule, determinism. */
class BcoExportTest {

  private static PipelineSpec north() throws IOException {
    return PipelineSpec.load(PipelineSpecTest.example("north"));
  }

  private static void assertHas(JsonNode n, String where, String... fields) {
    for (String f : fields) {
      assertTrue(n.has(f), where + " lacks required field " + f + ": " + n);
    }
  }

  @Test
  void everyExampleExportsWithTheDomainsIeee2791Requires() throws IOException {
    for (String unit : List.of("north", "central", "south", "capital", "zealand")) {
      final ObjectNode bco = BcoExport.toBco(PipelineSpec.load(PipelineSpecTest.example(unit)), null);
      assertHas(bco, unit, "object_id", "spec_version", "etag", "provenance_domain", "usability_domain",
          "description_domain", "execution_domain", "io_domain", "parametric_domain", "error_domain");
      assertEquals(BcoExport.SPEC_VERSION, bco.get("spec_version").asText());
      assertTrue(bco.get("etag").asText().matches("[0-9a-f]{64}"));
      assertHas(bco.get("provenance_domain"), "provenance", "name", "version", "created", "modified",
          "contributors", "license");
      for (JsonNode step : bco.at("/description_domain/pipeline_steps")) {
        assertHas(step, "pipeline step", "step_number", "name", "description", "input_list", "output_list");
      }
      assertHas(bco.get("execution_domain"), "execution", "script", "script_driver", "software_prerequisites",
          "external_data_endpoints", "environment_variables");
      for (JsonNode sw : bco.at("/execution_domain/software_prerequisites")) {
        assertHas(sw, "software prerequisite", "name", "version", "uri");
        assertHas(sw.get("uri"), "software uri", "uri");
      }
      assertHas(bco.get("io_domain"), "io", "input_subdomain", "output_subdomain");
      assertHas(bco.get("error_domain"), "error", "empirical_error", "algorithmic_error");
      for (JsonNode p : bco.get("parametric_domain")) {
        assertTrue(p.get("step").isTextual() && p.get("value").isTextual(), "BCO parameters are strings: " + p);
      }
      assertEquals(BcoExport.EXTENSION_SCHEMA, bco.at("/extension_domain/0/extension_schema").asText());
    }
  }

  @Test
  void northMapsToolsContainersReferenceAndPlatform() throws IOException {
    final ObjectNode bco = BcoExport.toBco(north(), null);
    assertEquals("urn:dk-harness:bco:example-genomics-unit-north-fictional:north-germline-wgs:3.2.0",
        bco.get("object_id").asText());
    final JsonNode step1 = bco.at("/description_domain/pipeline_steps/0");
    assertEquals("BWA-MEM2", step1.get("name").asText());
    assertEquals("2.2.1", step1.get("version").asText());
    assertEquals("https://bio.tools/bwa-mem2", step1.at("/prerequisite/0/uri/uri").asText());
    assertEquals("docker://quay.io/biocontainers/bwa-mem2:2.2.1--he513fc3_0@sha256:" + "0".repeat(64),
        step1.at("/prerequisite/1/uri/uri").asText());
    final List<String> software = new ArrayList<>();
    bco.at("/execution_domain/software_prerequisites")
        .forEach(n -> software.add(n.get("name").asText() + " " + n.get("version").asText()));
    assertEquals(List.of("BWA-MEM2 2.2.1", "GATK 4.6.1.0", "bcftools 1.21"), software, "each tool once");
    assertEquals("nextflow", bco.at("/execution_domain/script_driver").asText());
    assertEquals("24.04.4", bco.at("/execution_domain/environment_variables/NXF_VER").asText());
    assertEquals("GCA_000001405.15_GRCh38_no_alt_analysis_set.fna.gz",
        bco.at("/io_domain/input_subdomain/0/uri/filename").asText());
    final JsonNode ext = bco.at("/extension_domain/0/harness_pipeline_spec");
    assertEquals("GRCh38", ext.at("/reference/build").asText());
    assertEquals("ILLUMINA", ext.at("/sequencing/platform").asText());
    assertEquals("Illumina DNA PCR-Free Prep", ext.at("/sequencing/library_prep").asText());
    assertEquals(5, ext.get("containers").size());
    assertTrue(ext.get("example").asBoolean());
    assertEquals("4", bco.at("/parametric_domain/1/step").asText());
  }

  @Test
  void etagCoversContentButNotIdentifiers() throws IOException {
    final ObjectNode a = BcoExport.toBco(north(), "https://example.org/bco/1");
    final ObjectNode b = BcoExport.toBco(north(), "https://example.org/bco/2");
    assertEquals(a.get("etag"), b.get("etag"), "object_id is not part of the etag");

    // Recompute independently: drop the three excluded fields, sort keys, compact JSON, SHA-256.
    final ObjectNode content = a.deepCopy();
    content.remove(Set.of("object_id", "spec_version", "etag"));
    final ObjectMapper sortedMapper = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    final Object plain = sortedMapper.convertValue(content, Object.class);
    final String canonical = sortedMapper.writeValueAsString(plain);
    assertEquals(Digests.sha256(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        a.get("etag").asText());

    final ObjectNode changed = a.deepCopy();
    ((ObjectNode) changed.get("provenance_domain")).put("version", "3.2.1");
    assertNotEquals(a.get("etag").asText(), BcoExport.etag(changed));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() throws IOException {
    final String first = BcoExport.toJson(north(), null);
    assertEquals(first, BcoExport.toJson(north(), null));
    assertTrue(first.endsWith("}\n") && !first.contains("\r"));
    final Path copy = Files2.scratch("bco-det").resolve("north.yaml");
    Files.copy(PipelineSpecTest.example("north"), copy);
    assertEquals(first, BcoExport.toJson(PipelineSpec.load(copy), null), "the file location does not matter");
  }
}
