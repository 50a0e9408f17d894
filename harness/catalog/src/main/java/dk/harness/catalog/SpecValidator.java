package dk.harness.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates pipeline specs (YAML or JSON) against {@code pipeline-spec.schema.json} (JSON Schema 2020-12, the copy in
 * {@code pipelines-spec/} packaged on the classpath) with the networknt validator, then applies the checks a schema
 * cannot express: step numbers 1, 2, ... in order, parameters naming existing steps, at least one aligner and one
 * caller step. Thread-safe; the schema is compiled once per instance.
 *
 * <p>The document is parsed once with Jackson's YAML reader and the same tree is both validated and (by
 * {@link SpecReader}) bound, so YAML typing quirks (an unquoted {@code 4.3} is a number) are seen identically by both.
 */
public final class SpecValidator {
  /** Classpath location of the bundled schema. */
  public static final String SCHEMA_RESOURCE = "/dk/harness/catalog/pipeline-spec.schema.json";

  private final Schema schema;

  public SpecValidator() {
    try (InputStream in = SpecValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the pipeline spec schema is missing from the classpath: " + SCHEMA_RESOURCE);
      }
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }

  /**
   * @return the problems, sorted by path; empty when the spec is valid
   * @throws CatalogueException if the file cannot be read or is not YAML/JSON at all
   */
  public List<SpecProblem> validate(Path file) {
    return validate(Yaml.readTree(file));
  }

  /** As {@link #validate(Path)} for an already parsed document. */
  List<SpecProblem> validate(JsonNode doc) {
    final String json;
    try {
      json = new ObjectMapper().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot re-serialise a parsed document", e);
    }
    final Set<SpecProblem> out = new LinkedHashSet<>();
    for (Error e : schema.validate(json, InputFormat.JSON)) {
      out.add(problem(e));
    }
    if (out.isEmpty()) {
      out.addAll(semantic(doc));
    }
    final List<SpecProblem> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(SpecProblem::path).thenComparing(SpecProblem::message));
    return sorted;
  }

  private static SpecProblem problem(Error e) {
    final String pointer = String.valueOf(e.getInstanceLocation());
    String path = dotted(pointer);
    final String keyword = e.getKeyword();
    String message = e.getMessage();
    // Messages may repeat the location; keep them short and name the field.
    if (message.startsWith(pointer + ": ")) {
      message = message.substring(pointer.length() + 2);
    }
    if ("required".equals(keyword) && e.getProperty() != null) {
      path = path + "." + e.getProperty();
      message = "required field '" + e.getProperty() + "' is missing";
    } else if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
      path = path + "." + e.getProperty();
      message = "unknown field '" + e.getProperty() + "' (see pipelines-spec/pipeline-spec.schema.json)";
    } else if ("not".equals(keyword) && (path.endsWith(".digest") || path.endsWith(".checksum.value"))) {
      message = "the all-zero placeholder is only accepted in example specs (example: true); give the real value";
    } else if ("not".equals(keyword) && path.endsWith(".tool.version")) {
      message = "'" + e.getInstanceNode().asText() + "' is not an exact version; give the release, e.g. 2.2.1";
    } else if ("type".equals(keyword) && message.contains("string")) {
      message = message + " (quote the value: YAML reads e.g. 4.3 or 2024 as a number)";
    }
    return new SpecProblem(path, message);
  }

  /**
   * A JSON Pointer ({@code /a/b/0/c}) as the dotted form used in messages ({@code $.a.b[0].c}). Numeric segments are
   * array indexes: no object in the spec schema has numeric keys.
   */
  static String dotted(String pointer) {
    final StringBuilder sb = new StringBuilder("$");
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return sb.toString();
    }
    for (String seg : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      final String name = seg.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(name).append(']');
      } else {
        sb.append('.').append(name);
      }
    }
    return sb.toString();
  }

  /** Rules the schema cannot state. Only run on schema-valid documents, so the structure is known. */
  private static List<SpecProblem> semantic(JsonNode doc) {
    final List<SpecProblem> out = new ArrayList<>();
    final JsonNode steps = doc.path("description_domain").path("pipeline_steps");
    final Set<Integer> numbers = new HashSet<>();
    boolean aligner = false;
    boolean caller = false;
    for (int i = 0; i < steps.size(); i++) {
      final JsonNode s = steps.get(i);
      final int n = s.path("step_number").asInt();
      if (n != i + 1) {
        out.add(new SpecProblem("$.description_domain.pipeline_steps[" + i + "].step_number",
            "step_number is " + n + " but steps must be numbered 1, 2, ... in the order listed (expected " + (i + 1)
                + ")"));
      }
      numbers.add(n);
      aligner |= "aligner".equals(s.path("kind").asText());
      caller |= "caller".equals(s.path("kind").asText());
    }
    if (!aligner || !caller) {
      out.add(new SpecProblem("$.description_domain.pipeline_steps", "a germline pipeline needs at least one step "
          + "of kind 'aligner' and one of kind 'caller'"));
    }
    final JsonNode params = doc.path("parametric_domain");
    for (int i = 0; i < params.size(); i++) {
      final int step = params.get(i).path("step").asInt();
      if (!numbers.contains(step)) {
        out.add(new SpecProblem("$.parametric_domain[" + i + "].step", "step " + step + " does not exist"));
      }
    }
    return out;
  }
}
