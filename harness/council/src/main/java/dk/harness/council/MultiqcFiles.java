package dk.harness.council;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.harness.report.Counts;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * MultiQC custom-content files of a run, to sit next to its {@code summary.csv} files (which MultiQC's hap.py
 * module reads as they are): the strata table ({@value #STRATA}), the precision-recall curves as line graphs
 * ({@value #PR_SNV}, {@value #PR_INDEL}) and the software versions ({@value #VERSIONS}; read by MultiQC 1.16 and
 * later), and for a run with SV parts the SV table ({@value #SV}). Samples are named {@code unit | sample}.
 * Deterministic JSON (fixed key order, fixed decimals). Stateless.
 */
public final class MultiqcFiles {
  public static final String STRATA = "harness_strata_mqc.json";
  public static final String PR_SNV = "harness_pr_snv_mqc.json";
  public static final String PR_INDEL = "harness_pr_indel_mqc.json";
  public static final String VERSIONS = "harness_mqc_versions.yml";
  /** Written only for a run with SV parts. */
  public static final String SV = "harness_sv_mqc.json";
  /** Points per curve in MultiQC (its scatter plots carry one object per point). */
  static final int MAX_POINTS = 120;

  private static final ObjectMapper JSON = new ObjectMapper();

  private MultiqcFiles() {
  }

  /** File name to content, in a fixed order. */
  public static Map<String, String> files(ReportData d) {
    final Map<String, String> out = new LinkedHashMap<>();
    out.put(STRATA, json(strata(d)));
    out.put(PR_SNV, json(curves(d, VariantType.SNP)));
    out.put(PR_INDEL, json(curves(d, VariantType.INDEL)));
    out.put(VERSIONS, versions(d));
    if (!d.run().svParts().isEmpty()) {
      out.put(SV, json(sv(d)));
    }
    return out;
  }

  /**
   * A table of the SV parts: per unit and sample, recall, precision, F1 and genotype concordance of every SV type
   * and size bin (point estimates; the intervals are in the HTML and CSV).
   */
  private static Map<String, Object> sv(ReportData d) {
    final List<SvPart> parts = d.run().svParts().stream().filter(SvPart::compared).toList();
    final Map<String, Object> headers = new LinkedHashMap<>();
    final Map<String, Object> data = new LinkedHashMap<>();
    final List<SvCells.Cell> cells = SvCells.of(parts);
    for (SvPart p : parts) {
      final Map<String, Object> row = new LinkedHashMap<>();
      for (SvCells.Cell c : cells) {
        final SvRow r = p.row(c.type(), c.sizeBin());
        final List<String> names = List.of("recall", "precision", "F1", "genotype concordance");
        final List<MetricValue> values = new ArrayList<>();
        for (Metric m : SvSection.METRICS) {
          values.add(r == null ? null : r.value(m));
        }
        values.add(r == null ? null : r.gtConcordance());
        for (int i = 0; i < names.size(); i++) {
          final String col = "SV " + c.label() + " " + names.get(i);
          if (values.get(i) != null) {
            row.put(col, round(values.get(i).point()));
          }
          if (!headers.containsKey(col)) {
            headers.put(col, fractionHeader(col, "SV " + names.get(i) + ", "
                + (SvPart.ALL.equals(c.type()) ? "all types" : c.type()) + ", " + c.size()));
          }
        }
      }
      data.put(sampleName(p.info()), row);
    }
    return fractionTable("harness_sv", "harness: structural variants", "SV recall, precision, F1 and genotype "
        + "concordance by type and size bin (Truvari bench rules), per unit and sample (run "
        + d.run().run().runId() + "). Written by harness report.", "harness: structural variants", headers, data);
  }

  /** A MultiQC table column of a fraction in [0, 1], shown with four decimals. */
  private static Map<String, Object> fractionHeader(String title, String description) {
    final Map<String, Object> h = new LinkedHashMap<>();
    h.put("title", title);
    h.put("description", description);
    h.put("min", 0);
    h.put("max", 1);
    h.put("format", "{:,.4f}");
    return h;
  }

  /** A MultiQC custom-content table of fractions (its plot id is {@code id + "_table"}). */
  private static Map<String, Object> fractionTable(String id, String section, String description, String title,
      Map<String, Object> headers, Map<String, Object> data) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("section_name", section);
    m.put("description", description);
    m.put("plot_type", "table");
    final Map<String, Object> pconfig = new LinkedHashMap<>();
    pconfig.put("id", id + "_table");
    pconfig.put("title", title);
    pconfig.put("min", 0);
    pconfig.put("max", 1);
    m.put("pconfig", pconfig);
    m.put("headers", headers);
    m.put("data", data);
    return m;
  }

  static String sampleName(SubmissionInfo i) {
    return i.unit() + " | " + i.sample();
  }

  private static Map<String, Object> strata(ReportData d) {
    final List<String> strata = StrataSection.strata(d);
    final Map<String, Object> headers = new LinkedHashMap<>();
    final Map<String, Object> data = new LinkedHashMap<>();
    for (OverviewRow r : d.rows()) {
      if (r.result().counts() == null) {
        continue;
      }
      final Map<String, Object> row = new LinkedHashMap<>();
      for (String s : strata) {
        for (VariantType t : OverviewText.TYPES) {
          for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
            final String col = s + " " + OverviewText.typeName(t) + " " + OverviewText.metricName(m);
            final Counts c = StrataSection.cell(r, t, s);
            final MetricValue v = MetricValue.of(m, c);
            if (v != null) {
              row.put(col, round(v.point()));
            }
            if (!headers.containsKey(col)) {
              headers.put(col, fractionHeader(col, OverviewText.typeName(t) + " " + OverviewText.metricName(m)
                  + " of PASS calls in stratum " + s));
            }
          }
        }
      }
      data.put(sampleName(r.info()), row);
    }
    return fractionTable("harness_strata", "harness: recall and precision by stratum", "Recall and precision of "
        + "PASS calls within each stratification region, per unit and sample (run " + d.run().run().runId()
        + "). Written by harness report.", "harness: strata", headers, data);
  }

  /**
   * A line graph per type: for each unit and sample, precision by recall (JSON keys are the recall with six
   * decimals; where several thresholds give the same recall the best precision is kept, so every key is unique),
   * plus a one-point series {@code <unit | sample> PASS} for the PASS operating point.
   */
  private static Map<String, Object> curves(ReportData d, VariantType t) {
    final Map<String, Object> data = new LinkedHashMap<>();
    for (OverviewRow r : d.rows()) {
      if (r.result().counts() == null) {
        continue;
      }
      final java.util.TreeMap<String, Double> line = new java.util.TreeMap<>();
      final List<double[]> curve = RocCurve.read(CurvesSection.rocFile(r.result(), t)).points();
      final int step = Math.max(1, (curve.size() + MAX_POINTS - 1) / MAX_POINTS);
      for (int i = 0; i < curve.size(); i++) {
        if (i % step != 0 && i != curve.size() - 1) {
          continue;
        }
        line.merge(key(curve.get(i)[0]), round(curve.get(i)[1]), Math::max);
      }
      if (!line.isEmpty()) {
        data.put(sampleName(r.info()), line);
      }
      final MetricValue rec = r.value(t, Metric.RECALL);
      final MetricValue prec = r.value(t, Metric.PRECISION);
      if (rec != null && prec != null) {
        data.put(sampleName(r.info()) + " PASS", Map.of(key(rec.point()), round(prec.point())));
      }
    }
    final String type = OverviewText.typeName(t);
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "harness_pr_" + t.name().toLowerCase(Locale.ROOT));
    m.put("section_name", "harness: " + type + " precision-recall");
    m.put("description", type + " precision against recall over each unit's score threshold (all calls); the "
        + "series ending in PASS is the PASS operating point. Run " + d.run().run().runId()
        + ". Written by harness report.");
    m.put("plot_type", "linegraph");
    final Map<String, Object> pconfig = new LinkedHashMap<>();
    pconfig.put("id", "harness_pr_" + t.name().toLowerCase(Locale.ROOT) + "_plot");
    pconfig.put("title", "harness: " + type + " precision-recall");
    pconfig.put("xlab", "Recall");
    pconfig.put("ylab", "Precision");
    pconfig.put("xmax", 1);
    pconfig.put("ymax", 1);
    m.put("pconfig", pconfig);
    m.put("data", data);
    return m;
  }

  private static String key(double recall) {
    return String.format(Locale.ROOT, "%.6f", recall);
  }

  /** YAML of software versions: harness, then each unit's pipeline. Scalars JSON-quoted (valid YAML). */
  private static String versions(ReportData d) {
    final StringBuilder sb = new StringBuilder();
    sb.append("harness:\n  harness: ").append(quote(d.run().run().harnessVersion())).append('\n');
    final Map<String, Map<String, String>> units = new java.util.TreeMap<>();
    for (OverviewRow r : d.rows()) {
      final SubmissionInfo i = r.info();
      units.computeIfAbsent(i.unit(), k -> new java.util.TreeMap<>())
          .put(i.pipelineName() == null ? "pipeline" : i.pipelineName(), i.pipelineVersion() == null ? "unknown"
              : i.pipelineVersion());
    }
    units.forEach((unit, tools) -> {
      sb.append(quote(unit)).append(":\n");
      tools.forEach((tool, v) -> sb.append("  ").append(quote(tool)).append(": ").append(quote(v)).append('\n'));
    });
    return sb.toString();
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s == null ? "unknown" : s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double d) {
    return Math.round(d * 1e6) / 1e6;
  }

  private static String json(Object o) {
    final DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(
        new DefaultIndenter("  ", "\n"));
    final ObjectWriter w = JSON.writer(pp);
    try {
      return w.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
