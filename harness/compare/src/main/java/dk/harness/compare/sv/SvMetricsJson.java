package dk.harness.compare.sv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvResult;
import dk.harness.core.sv.SvSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the SV {@code metrics.json} (schema {@value #SCHEMA}) and Truvari's {@code params.json}:
 * <pre>
 * {"schema", "harness_version", "engine",
 *  "inputs": {"truth"|"query"|"includebed"|"reference"|"stratification": {"path", "sha256"}, "truth_sample",
 *             "query_sample"},
 *  "parameters": {Truvari's parameter names and values, plus "svtype_dot"},
 *  "summary": {Truvari's summary.json keys},
 *  "rows": [{"stratum", "type", "size_bin", "truth_total", "tp_base", "fn", "query_total", "tp_comp", "fp",
 *            "recall", "precision", "f1", "tp_base_gt_match", "tp_base_gt_mismatch", "tp_comp_gt_match",
 *            "tp_comp_gt_mismatch", "gt_concordance"}],
 *  "excluded": {"truth"|"query": {reason: count}},
 *  "warnings": [...]}
 * </pre>
 */
final class SvMetricsJson {
  static final String SCHEMA = "harness.sv-metrics/1";

  private SvMetricsJson() {
  }

  static Map<String, Object> parameters(SvConfig c) {
    final Map<String, Object> p = new LinkedHashMap<>();
    p.put("refdist", c.refdist());
    p.put("pctseq", c.pctseq());
    p.put("pctsize", c.pctsize());
    p.put("pctovl", c.pctovl());
    p.put("typeignore", c.typeignore());
    p.put("dup_to_ins", c.dupToIns());
    p.put("bnddist", c.bnddist());
    p.put("decompose", c.decompose());
    p.put("sizemin", c.sizemin());
    p.put("sizefilt", c.sizefilt());
    p.put("sizemax", c.sizemax());
    p.put("passonly", c.passonly());
    p.put("no_ref", c.noRef() == SvConfig.NoRef.NONE ? false : c.noRef().name().substring(0, 1)
        .toLowerCase(Locale.ROOT));
    p.put("pick", c.pick().name().toLowerCase(Locale.ROOT));
    p.put("chunksize", c.chunksize());
    p.put("no_roll", c.noRoll());
    p.put("max_resolve", c.maxResolve());
    p.put("extend", c.extend());
    p.put("svtype_dot", c.typeFromAlleles() ? "from-alleles" : "unknown");
    return p;
  }

  static Map<String, Object> summary(SvSummary s) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("TP-base", s.tpBase());
    m.put("TP-comp", s.tpComp());
    m.put("FP", s.fp());
    m.put("FN", s.fn());
    m.put("precision", s.precision());
    m.put("recall", s.recall());
    m.put("f1", s.f1());
    m.put("base cnt", s.baseCnt());
    m.put("comp cnt", s.compCnt());
    m.put("TP-comp_TP-gt", s.tpCompTpGt());
    m.put("TP-comp_FP-gt", s.tpCompFpGt());
    m.put("TP-base_TP-gt", s.tpBaseTpGt());
    m.put("TP-base_FP-gt", s.tpBaseFpGt());
    m.put("gt_concordance", s.gtConcordance() == null ? (Object) 0 : s.gtConcordance());
    m.put("gt_matrix", s.gtMatrix());
    return m;
  }

  static void write(Path out, String version, Map<String, Object> inputs, SvConfig config, SvResult result,
      List<SvBreakdown.Row> rows, List<String> warnings) throws IOException {
    final Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("harness_version", version);
    root.put("engine", "Truvari 5.4 bench semantics (harness implementation)");
    root.put("inputs", inputs);
    root.put("parameters", parameters(config));
    root.put("summary", summary(result.summary()));
    final List<Map<String, Object>> rs = new ArrayList<>();
    for (SvBreakdown.Row r : rows) {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("stratum", r.stratum());
      m.put("type", r.type());
      m.put("size_bin", r.sizeBin());
      m.put("truth_total", r.truthTotal());
      m.put("tp_base", r.tpBase());
      m.put("fn", r.fn());
      m.put("query_total", r.queryTotal());
      m.put("tp_comp", r.tpComp());
      m.put("fp", r.fp());
      m.put("recall", r.recall());
      m.put("precision", r.precision());
      m.put("f1", r.f1());
      m.put("tp_base_gt_match", r.tpBaseGt());
      m.put("tp_base_gt_mismatch", r.tpBase() - r.tpBaseGt());
      m.put("tp_comp_gt_match", r.tpCompGt());
      m.put("tp_comp_gt_mismatch", r.tpComp() - r.tpCompGt());
      m.put("gt_concordance", r.gtConcordance());
      rs.add(m);
    }
    root.put("rows", rs);
    final Map<String, Object> excluded = new LinkedHashMap<>();
    excluded.put("truth", result.exclusions().truth());
    excluded.put("query", result.exclusions().query());
    root.put("excluded", excluded);
    root.put("warnings", warnings);
    mapper().writeValue(out.toFile(), root);
  }

  /** Truvari's params.json: its keys, our values (paths as given). */
  static void writeParams(Path out, SvSettings s, String truthSample, String querySample) throws IOException {
    final Map<String, Object> p = new LinkedHashMap<>();
    p.put("base", s.truth().toString());
    p.put("comp", s.query().toString());
    p.put("output", s.output().toString());
    p.put("includebed", s.includeBed() == null ? null : s.includeBed().toString());
    p.put("extend", s.config().extend());
    p.put("debug", false);
    p.put("reference", s.reference() == null ? null : s.reference().toString());
    final Map<String, Object> params = parameters(s.config());
    params.remove("extend");
    params.remove("svtype_dot");
    p.putAll(params);
    p.put("bSample", truthSample);
    p.put("cSample", querySample);
    new ObjectMapper().writeValue(out.toFile(), p);
  }

  /**
   * Loads and links the JSON writer's classes by writing a small document of the value kinds the outputs hold, so
   * that a short run can do it on an idle core while the inputs are read (in a cold JVM this costs some 0.1 s).
   */
  static void warmUp() throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", "x");
    m.put("i", 1);
    m.put("l", 1L);
    m.put("d", 0.5);
    m.put("b", true);
    m.put("n", null);
    m.put("list", List.of(1, "a"));
    m.put("map", new LinkedHashMap<>(Map.of("k", 2.0)));
    mapper().writeValueAsString(m);
    new ObjectMapper().writeValueAsString(m);
  }

  private static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }
}
