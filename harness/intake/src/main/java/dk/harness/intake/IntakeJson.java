package dk.harness.intake;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;

/**
 * An {@link IntakeReport} as JSON (schema {@value #SCHEMA}), two-space indents, LF line ends, fixed key order:
 * {@code schema, vcf, sha256, index_sha256, sample, build, records, filtered, unphased_het, multiallelic,
 * symbolic, errors (boolean), findings: [{severity, code, file, line (null when unknown), message, fix}]}.
 * Stateless; thread-safe.
 */
public final class IntakeJson {
  public static final String SCHEMA = "harness.intake/1";

  private IntakeJson() {
  }

  /** The report as a JSON tree. */
  public static ObjectNode toJson(IntakeReport r) {
    final ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("schema", SCHEMA);
    m.put("vcf", r.vcf() == null ? null : r.vcf().toString());
    m.put("sha256", r.sha256());
    m.put("index_sha256", r.indexSha256());
    m.put("sample", r.sample());
    m.put("build", r.build());
    m.put("records", r.records());
    m.put("filtered", r.filtered());
    m.put("unphased_het", r.unphasedHet());
    m.put("multiallelic", r.multiallelic());
    m.put("symbolic", r.symbolic());
    m.put("errors", r.hasErrors());
    final ArrayNode findings = m.putArray("findings");
    for (Finding f : r.findings()) {
      final ObjectNode o = findings.addObject();
      o.put("severity", f.severity().name());
      o.put("code", f.code());
      o.put("file", f.file() == null ? null : f.file().toString());
      if (f.line() < 0) {
        o.putNull("line");
      } else {
        o.put("line", f.line());
      }
      o.put("message", f.message());
      o.put("fix", f.fix());
    }
    return m;
  }

  /** The report as pretty-printed JSON text ending in a newline. */
  public static String write(IntakeReport r) {
    final ObjectMapper mapper = new ObjectMapper();
    final DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    final StringWriter w = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(w)) {
      g.setPrettyPrinter(pp);
      mapper.writeTree(g, toJson(r));
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string failed", e);
    }
    return w + "\n";
  }
}
