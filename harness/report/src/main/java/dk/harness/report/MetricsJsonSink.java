package dk.harness.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code metrics.json} (schema {@code harness.metrics/1}), pretty-printed with two-space indents, LF
 * line ends and a fixed key order:
 * <pre>
 * {"schema", "harness_version",
 *  "inputs": {ROLE: {"path", "sha256"} ..., "truth_sample", "query_sample"},
 *  "parameters": {...},
 *  "counts": {"ALL"|"PASS": {"ALL"|"SNP"|"INDEL": {"truth_total", "truth_tp", "truth_fn", "query_total",
 *             "query_tp", "query_fp", "query_unk", "fp_gt", "fp_al"}}},
 *  "metrics": {same nesting: {"recall", "precision", "f1"}}   (null when the denominator is 0),
 *  "too_complex": [{"contig", "start", "end", "truth_records", "query_records", "reason"}]  (ALL comparison;
 *                 start 0-based, end exclusive),
 *  "too_complex_totals": {"ALL"|"PASS": {"regions", "truth_records", "query_records"}},
 *  "not_variant": {"truth", "query"},
 *  "not_assessed": {...}   (every record accounted for; see {@link NotAssessedJson})
 *  "site_level": {...}}   (when the run computed it; see {@link SiteLevelJson})
 * </pre>
 * QUERY.TP counts query records (vcfeval's TP-call), TRUTH.TP truth records (TP-baseline). Not thread-safe.
 */
public final class MetricsJsonSink implements ResultSink {
  public static final String SCHEMA = "harness.metrics/1";

  private final Path out;
  private final RunInfo run;
  private final Tally tally;

  /**
   * @param out file to write on {@link #finish()}
   * @param run provenance
   * @param tally the totals to report; this sink feeds it itself (pass a fresh one, read it after finish)
   */
  public MetricsJsonSink(Path out, RunInfo run, Tally tally) {
    this.out = out;
    this.run = run;
    this.tally = tally;
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) {
    tally.accept(all, pass);
  }

  /** The totals this sink reports. */
  public Tally tally() {
    return tally;
  }

  @Override
  public void finish() throws IOException {
    write(out, run, tally);
  }

  /** Writes the JSON for a tally that has been fed elsewhere. */
  static void write(Path out, RunInfo run, Tally tally) throws IOException {
    write(out, run, tally, null);
  }

  /** Writes the JSON, with the {@code site_level} block when {@code siteLevel} is not {@code null}. */
  static void write(Path out, RunInfo run, Tally tally, SiteLevelTally siteLevel) throws IOException {
    final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    final DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (OutputStream os = Files.newOutputStream(out)) {
      final JsonGenerator g = mapper.getFactory().createGenerator(os);
      g.setPrettyPrinter(pp);
      final ObjectNode root = toJson(mapper, run, tally);
      if (siteLevel != null) {
        SiteLevelJson.put(root, siteLevel);
      }
      mapper.writeTree(g, root);
      g.flush();
      os.write('\n');
    }
  }

  static ObjectNode toJson(ObjectMapper mapper, RunInfo run, Tally tally) {
    final JsonNodeFactory f = JsonNodeFactory.instance;
    final ObjectNode root = f.objectNode();
    root.put("schema", SCHEMA);
    root.put("harness_version", run.harnessVersion());
    final ObjectNode inputs = root.putObject("inputs");
    for (Map.Entry<String, RunInfo.InputFile> e : run.inputs().entrySet()) {
      final RunInfo.InputFile in = e.getValue();
      if (in == null) {
        inputs.putNull(e.getKey());
      } else {
        final ObjectNode o = inputs.putObject(e.getKey());
        o.put("path", in.path());
        o.put("sha256", in.sha256());
      }
    }
    inputs.put("truth_sample", run.truthSample());
    inputs.put("query_sample", run.querySample());
    final ObjectNode params = root.putObject("parameters");
    for (Map.Entry<String, Object> e : run.parameters().entrySet()) {
      final JsonNode v = mapper.valueToTree(e.getValue());
      params.set(e.getKey(), v == null ? f.nullNode() : v);
    }
    CountsJson.put(root.putObject("counts"), root.putObject("metrics"), tally::total, tally::counts, true);
    final ArrayNode tc = root.putArray("too_complex");
    for (Tally.TooComplexEntry e : tally.tooComplex(FilterKind.ALL)) {
      final ObjectNode o = tc.addObject();
      o.put("contig", e.contig());
      o.put("start", e.region().start());
      o.put("end", e.region().end());
      o.put("truth_records", e.region().truthRecords());
      o.put("query_records", e.region().queryRecords());
      o.put("reason", e.region().reason());
    }
    final ObjectNode tct = root.putObject("too_complex_totals");
    for (FilterKind filter : FilterKind.values()) {
      final ObjectNode o = tct.putObject(filter.name());
      o.put("regions", tally.tooComplex(filter).size());
      o.put("truth_records", tally.tooComplexTruth(filter));
      o.put("query_records", tally.tooComplexQuery(filter));
    }
    final ObjectNode nv = root.putObject("not_variant");
    nv.put("truth", tally.notVariantTruth());
    nv.put("query", tally.notVariantQuery());
    NotAssessedJson.put(root, tally.notAssessed());
    return root;
  }
}
