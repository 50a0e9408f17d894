package dk.harness.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Reads a spec file into a {@link PipelineSpec} after validating it. Stateless. */
final class SpecReader {
  /**
   * Largest spec accepted, checked before parsing: real specs are a few KiB, and each run copies the spec of every
   * submission into its run.json, so an unbounded spec would make run.json unbounded.
   */
  static final long MAX_BYTES = 256 * 1024;

  private SpecReader() {}

  static PipelineSpec read(Path file, SpecValidator validator) {
    checkSize(file);
    final JsonNode doc = Yaml.readTree(file);
    final List<SpecProblem> problems = validator.validate(doc);
    if (!problems.isEmpty()) {
      throw new SpecException(file, problems);
    }
    return bind(file, doc);
  }

  private static void checkSize(Path file) {
    final long size;
    try {
      size = Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return; // reading it reports the problem
    }
    if (size > MAX_BYTES) {
      throw new CatalogueException(file, -1, "the pipeline spec is " + size + " bytes, more than the "
          + (MAX_BYTES / 1024) + " KiB a spec may have", "keep the spec to the pipeline's description (a few KiB); "
          + "link large documents by URL");
    }
  }

  /** Binds a schema-valid document; the schema guarantees the required fields and their types. */
  private static PipelineSpec bind(Path file, JsonNode doc) {
    final JsonNode prov = doc.path("provenance_domain");
    final List<PipelineSpec.Contributor> contributors = new ArrayList<>();
    for (JsonNode c : prov.path("contributors")) {
      contributors.add(new PipelineSpec.Contributor(c.path("name").asText(), opt(c, "affiliation"), opt(c, "email"),
          opt(c, "orcid"), strings(c.path("contribution"))));
    }
    final List<PipelineSpec.Step> steps = new ArrayList<>();
    for (JsonNode s : doc.path("description_domain").path("pipeline_steps")) {
      final JsonNode t = s.path("tool");
      final PipelineSpec.Tool tool = new PipelineSpec.Tool(t.path("name").asText(), t.path("version").asText(),
          opt(t, "biotoolsID"), uri(opt(t, "uri")));
      final JsonNode c = s.get("container");
      final PipelineSpec.Container container = c == null ? null
          : new PipelineSpec.Container(c.path("image").asText(), c.path("digest").asText());
      steps.add(new PipelineSpec.Step(s.path("step_number").asInt(),
          PipelineSpec.StepKind.fromLabel(s.path("kind").asText()), s.path("name").asText(),
          s.path("description").asText(), tool, container));
    }
    final JsonNode exec = doc.path("execution_domain");
    final List<URI> scripts = new ArrayList<>();
    exec.path("script").forEach(n -> scripts.add(URI.create(n.asText())));
    final TreeMap<String, String> env = new TreeMap<>();
    exec.path("environment_variables").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    final List<PipelineSpec.Parameter> params = new ArrayList<>();
    for (JsonNode p : doc.path("parametric_domain")) {
      params.add(new PipelineSpec.Parameter(p.path("step").asInt(), p.path("param").asText(),
          p.path("value").asText()));
    }
    final JsonNode ref = doc.path("io_domain").path("reference");
    final PipelineSpec.Reference reference = new PipelineSpec.Reference(Build.fromLabel(ref.path("build").asText()),
        ref.path("file_name").asText(), uri(opt(ref, "uri")), ref.path("checksum").path("algorithm").asText(),
        ref.path("checksum").path("value").asText());
    final JsonNode sq = doc.path("extension_domain").path("sequencing");
    final PipelineSpec.Sequencing seq = new PipelineSpec.Sequencing(sq.path("platform").asText(),
        sq.path("instrument").asText(), sq.path("chemistry").asText(), opt(sq, "library_prep"),
        opt(sq, "read_length"), sq.has("target_coverage") ? sq.path("target_coverage").asInt() : null);
    return new PipelineSpec(file, doc.path("example").asBoolean(false), prov.path("unit").asText(),
        prov.path("name").asText(), prov.path("version").asText(), prov.path("created").asText(),
        prov.path("modified").asText(), prov.path("license").asText(), contributors,
        strings(doc.path("usability_domain")), strings(doc.path("description_domain").path("keywords")), steps,
        exec.path("script_driver").asText(), scripts, env, params, reference, seq);
  }

  private static String opt(JsonNode n, String key) {
    final JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static URI uri(String s) {
    return s == null ? null : URI.create(s);
  }

  private static List<String> strings(JsonNode arr) {
    final List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }
}
