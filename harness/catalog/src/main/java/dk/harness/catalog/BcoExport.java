package dk.harness.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports a {@link PipelineSpec} as an IEEE 2791-2020 BioCompute Object (JSON). Stateless, thread-safe.
 * Deterministic: the same spec gives byte-identical JSON (the only dates are the spec's own created/modified).
 *
 * <p>Mapping: provenance/usability/parametric domains are copied; each step becomes a BCO pipeline step whose
 * {@code version} is the tool version and whose prerequisites name the tool (bio.tools link when known) and the
 * pinned container; {@code execution_domain.software_prerequisites} lists each distinct tool+version once; the
 * reference goes to {@code io_domain.input_subdomain}; the unit, sequencing platform/chemistry, reference build and
 * checksum and the container digests go to one {@code extension_domain} entry whose {@code extension_schema} is this
 * project's spec schema. {@code error_domain} is left empty: benchmark results belong there once measured.
 *
 * <p>{@code etag}: IEEE 2791 says everything except {@code object_id}, {@code spec_version} and {@code etag} is
 * included in the ETag. Here it is the lower-case hex SHA-256 of that content serialised as compact JSON with
 * object keys sorted recursively (arrays keep their order), UTF-8.
 */
public final class BcoExport {
  /** The BCO schema the output claims to follow ({@code spec_version}). */
  public static final String SPEC_VERSION = "https://w3id.org/ieee/ieee-2791-schema/2791object.json";
  /** Identifies the harness extension in {@code extension_domain} (the spec schema's {@code $id}). */
  public static final String EXTENSION_SCHEMA = "urn:dk-harness:pipeline-spec:1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BcoExport() {}

  /**
   * The BCO as a JSON tree (fields in the order IEEE 2791 lists them), with {@code etag} computed over the content.
   *
   * @param objectId the BCO {@code object_id}; null for {@link #defaultObjectId}
   */
  public static ObjectNode toBco(PipelineSpec spec, String objectId) {
    final ObjectNode bco = NODES.objectNode();
    bco.put("object_id", objectId == null ? defaultObjectId(spec) : objectId);
    bco.put("spec_version", SPEC_VERSION);
    bco.put("etag", "");
    bco.set("provenance_domain", provenance(spec));
    final ArrayNode usability = bco.putArray("usability_domain");
    spec.usability().forEach(usability::add);
    bco.set("extension_domain", NODES.arrayNode().add(extension(spec)));
    bco.set("description_domain", description(spec));
    bco.set("execution_domain", execution(spec));
    final ArrayNode params = bco.putArray("parametric_domain");
    for (PipelineSpec.Parameter p : spec.parameters()) {
      params.addObject().put("param", p.param()).put("value", p.value()).put("step", Integer.toString(p.step()));
    }
    bco.set("io_domain", io(spec));
    final ObjectNode error = bco.putObject("error_domain");
    error.putObject("empirical_error");
    error.putObject("algorithmic_error");
    bco.put("etag", etag(bco));
    return bco;
  }

  /** {@link #toBco} pretty-printed (two-space indent, LF line ends), with a trailing newline. */
  public static String toJson(PipelineSpec spec, String objectId) {
    final DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(pp).writeValueAsString(toBco(spec, objectId)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a BCO tree", e);
    }
  }

  /**
   * {@code urn:dk-harness:bco:<unit>:<name>:<version>}, each part lower-cased with runs of characters other than
   * letters, digits, '.', '_' and '-' replaced by '-'. Stable across runs.
   */
  public static String defaultObjectId(PipelineSpec spec) {
    return "urn:dk-harness:bco:" + slug(spec.unit()) + ":" + slug(spec.name()) + ":" + slug(spec.version());
  }

  /** The etag of a BCO tree: see the class comment. */
  static String etag(ObjectNode bco) {
    final ObjectNode content = bco.deepCopy();
    content.remove(List.of("object_id", "spec_version", "etag"));
    try {
      final byte[] bytes = new ObjectMapper().writeValueAsString(sorted(content)).getBytes(StandardCharsets.UTF_8);
      return Digests.sha256(bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a BCO tree", e);
    }
  }

  private static JsonNode sorted(JsonNode n) {
    if (n.isObject()) {
      final ObjectNode out = NODES.objectNode();
      final List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String k : names) {
        out.set(k, sorted(n.get(k)));
      }
      return out;
    }
    if (n.isArray()) {
      final ArrayNode out = NODES.arrayNode();
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        out.add(sorted(it.next()));
      }
      return out;
    }
    return n;
  }

  private static ObjectNode provenance(PipelineSpec spec) {
    final ObjectNode p = NODES.objectNode();
    p.put("name", spec.name());
    p.put("version", spec.version());
    p.put("created", spec.created());
    p.put("modified", spec.modified());
    final ArrayNode cs = p.putArray("contributors");
    for (PipelineSpec.Contributor c : spec.contributors()) {
      final ObjectNode o = cs.addObject();
      o.put("name", c.name());
      putIfPresent(o, "affiliation", c.affiliation());
      putIfPresent(o, "email", c.email());
      putIfPresent(o, "orcid", c.orcid());
      final ArrayNode roles = o.putArray("contribution");
      c.contribution().forEach(roles::add);
    }
    p.put("license", spec.license());
    return p;
  }

  private static ObjectNode extension(PipelineSpec spec) {
    final ObjectNode e = NODES.objectNode();
    e.put("extension_schema", EXTENSION_SCHEMA);
    final ObjectNode h = e.putObject("harness_pipeline_spec");
    h.put("unit", spec.unit());
    h.put("example", spec.example());
    final PipelineSpec.Sequencing s = spec.sequencing();
    final ObjectNode seq = h.putObject("sequencing");
    seq.put("platform", s.platform());
    seq.put("instrument", s.instrument());
    seq.put("chemistry", s.chemistry());
    putIfPresent(seq, "library_prep", s.libraryPrep());
    putIfPresent(seq, "read_length", s.readLength());
    if (s.targetCoverage() != null) {
      seq.put("target_coverage", s.targetCoverage());
    }
    final PipelineSpec.Reference r = spec.reference();
    final ObjectNode ref = h.putObject("reference");
    ref.put("build", r.build().label());
    ref.put("file_name", r.fileName());
    ref.putObject("checksum").put("algorithm", r.checksumAlgorithm()).put("value", r.checksum());
    final ArrayNode containers = h.putArray("containers");
    for (PipelineSpec.Step st : spec.steps()) {
      if (st.container() != null) {
        containers.addObject().put("step", st.number()).put("image", st.container().image())
            .put("digest", st.container().digest());
      }
    }
    return e;
  }

  private static ObjectNode description(PipelineSpec spec) {
    final ObjectNode d = NODES.objectNode();
    final ArrayNode kw = d.putArray("keywords");
    spec.keywords().forEach(kw::add);
    final ArrayNode steps = d.putArray("pipeline_steps");
    for (PipelineSpec.Step s : spec.steps()) {
      final ObjectNode o = steps.addObject();
      o.put("step_number", s.number());
      o.put("name", s.tool().name());
      o.put("description", s.name() + " (" + s.kind().label() + "): " + s.description());
      o.put("version", s.tool().version());
      final ArrayNode pre = o.putArray("prerequisite");
      final String toolUri = toolUri(s.tool());
      if (toolUri != null) {
        pre.addObject().put("name", s.tool().name() + " " + s.tool().version()).putObject("uri").put("uri", toolUri);
      }
      if (s.container() != null) {
        pre.addObject().put("name", "container image").putObject("uri")
            .put("uri", "docker://" + s.container().pinned());
      }
      o.putArray("input_list");
      o.putArray("output_list");
    }
    return d;
  }

  private static ObjectNode execution(PipelineSpec spec) {
    final ObjectNode x = NODES.objectNode();
    final ArrayNode script = x.putArray("script");
    spec.scripts().forEach(u -> script.addObject().putObject("uri").put("uri", u.toString()));
    x.put("script_driver", spec.scriptDriver());
    final ArrayNode sw = x.putArray("software_prerequisites");
    final Set<String> seen = new LinkedHashSet<>();
    for (PipelineSpec.Step s : spec.steps()) {
      final PipelineSpec.Tool t = s.tool();
      if (!seen.add(t.name() + "\u0000" + t.version())) {
        continue;
      }
      final String uri = toolUri(t);
      final ObjectNode o = sw.addObject().put("name", t.name()).put("version", t.version());
      // BCO requires a uri here; a tool with neither bio.tools id nor homepage is identified by a URN.
      o.putObject("uri").put("uri", uri != null ? uri : "urn:dk-harness:tool:" + slug(t.name()) + ":"
          + slug(t.version()));
    }
    x.putArray("external_data_endpoints");
    final ObjectNode env = x.putObject("environment_variables");
    spec.environment().forEach(env::put);
    return x;
  }

  private static ObjectNode io(PipelineSpec spec) {
    final ObjectNode io = NODES.objectNode();
    final PipelineSpec.Reference r = spec.reference();
    final ObjectNode in = io.putArray("input_subdomain").addObject().putObject("uri");
    in.put("filename", r.fileName());
    in.put("uri", r.uri() != null ? r.uri().toString()
        : "urn:dk-harness:reference:" + r.build().label() + ":" + r.fileName());
    final ObjectNode out = io.putArray("output_subdomain").addObject();
    out.put("mediatype", "application/gzip");
    out.putObject("uri").put("filename", "<sample>.vcf.gz")
        .put("uri", "urn:dk-harness:query-vcf:" + slug(spec.unit()));
    return io;
  }

  private static String toolUri(PipelineSpec.Tool t) {
    if (t.biotoolsId() != null) {
      return "https://bio.tools/" + t.biotoolsId();
    }
    return t.uri() == null ? null : t.uri().toString();
  }

  private static void putIfPresent(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  static String slug(String s) {
    final String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "x" : out;
  }
}
