package dk.harness.workflow.history;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.report.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes history rows for {@code harness history}: CSV (default), JSON or an aligned table. With a metric, one
 * value column plus its interval per row; without, every count and metric. Ratios are written with 6 decimals;
 * an undefined metric is an empty CSV field, {@code null} in JSON and {@code .} in the table. The last two columns,
 * {@code kind} and {@code size_bin}, tell structural-variant rows (type = SV type, size bin) from small-variant
 * rows (size bin empty). Stateless.
 */
public final class HistoryReport {
  /** Output formats. */
  public enum Format { CSV, JSON, TABLE }

  /** Metrics that can be selected. */
  public enum Metric { RECALL, PRECISION, F1 }

  private static final List<String> KEY_COLUMNS = List.of("run_id", "started_at", "unit", "sample", "pipeline",
      "pipeline_version", "truth_set", "truth_set_version", "verdict", "type", "filter", "subset");
  private static final List<String> COUNT_COLUMNS = List.of("truth_total", "truth_tp", "truth_fn", "query_total",
      "query_tp", "query_fp", "query_unk", "fp_gt", "fp_al");
  private static final List<String> METRIC_COLUMNS = List.of("recall", "recall_lower", "recall_upper", "precision",
      "precision_lower", "precision_upper", "f1", "f1_lower", "f1_upper");
  /** Last, so the columns before them keep their places. */
  private static final List<String> KIND_COLUMNS = List.of("kind", "size_bin");

  private HistoryReport() {
  }

  /** Column names for the given metric (null: every count and metric). */
  public static List<String> columns(Metric metric) {
    final List<String> c = new ArrayList<>(KEY_COLUMNS);
    if (metric == null) {
      c.addAll(COUNT_COLUMNS);
      c.addAll(METRIC_COLUMNS);
    } else {
      c.addAll(List.of("metric", "value", "lower", "upper"));
    }
    c.addAll(KIND_COLUMNS);
    return c;
  }

  /** Writes the rows. */
  public static void write(List<HistoryRow> rows, Metric metric, Format format, PrintWriter out) throws IOException {
    final List<String> cols = columns(metric);
    final List<List<Object>> values = new ArrayList<>();
    for (HistoryRow r : rows) {
      values.add(values(r, metric));
    }
    switch (format) {
      case CSV -> {
        out.println(String.join(",", cols));
        for (List<Object> v : values) {
          final List<String> cells = new ArrayList<>();
          for (Object o : v) {
            cells.add(csv(text(o, "")));
          }
          out.println(String.join(",", cells));
        }
      }
      case JSON -> {
        final List<Map<String, Object>> list = new ArrayList<>();
        for (List<Object> v : values) {
          final Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < cols.size(); i++) {
            m.put(cols.get(i), v.get(i));
          }
          list.add(m);
        }
        out.println(new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(list));
      }
      case TABLE -> table(cols, values, metric, out);
      default -> throw new IllegalStateException();
    }
    out.flush();
  }

  private static List<Object> values(HistoryRow r, Metric metric) {
    final List<Object> v = new ArrayList<>(List.of(r.runId(), r.startedAt(), r.unit(), r.sample(),
        nz(r.pipelineName()), nz(r.pipelineVersion()), r.truthSetId(), nz(r.truthSetVersion()), r.verdict(),
        r.type(), r.filter(), r.subset()));
    if (metric == null) {
      final Counts c = r.counts();
      v.addAll(List.of(c.truthTotal(), c.truthTp(), c.truthFn(), c.queryTotal(), c.queryTp(), c.queryFp(),
          c.queryUnk(), c.fpGt(), c.fpAl()));
      v.addAll(java.util.Arrays.asList(r.recall(), r.recallLower(), r.recallUpper(), r.precision(),
          r.precisionLower(), r.precisionUpper(), r.f1(), r.f1Lower(), r.f1Upper()));
    } else {
      v.add(metric.name().toLowerCase(Locale.ROOT));
      switch (metric) {
        case RECALL -> v.addAll(java.util.Arrays.asList(r.recall(), r.recallLower(), r.recallUpper()));
        case PRECISION -> v.addAll(java.util.Arrays.asList(r.precision(), r.precisionLower(), r.precisionUpper()));
        case F1 -> v.addAll(java.util.Arrays.asList(r.f1(), r.f1Lower(), r.f1Upper()));
        default -> throw new IllegalStateException();
      }
    }
    v.add(r.kind());
    v.add(r.sizeBin());
    return v;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String text(Object o, String ifNull) {
    if (o == null) {
      return ifNull;
    }
    if (o instanceof Double d) {
      return String.format(Locale.ROOT, "%.6f", d);
    }
    return o.toString();
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** A table for people: the run, unit, version, verdict, cell and the metric(s) with their intervals. */
  private static void table(List<String> cols, List<List<Object>> values, Metric metric, PrintWriter out) {
    final List<String> shown = new ArrayList<>(List.of("run_id", "unit", "sample", "pipeline_version", "verdict",
        "type", "filter", "subset"));
    if (values.stream().anyMatch(v -> v.get(cols.indexOf("size_bin")) != null)) {
      shown.add("size_bin"); // only when there are SV rows, so small-variant tables look as before
    }
    final List<String> header = new ArrayList<>(shown);
    final List<String> metrics = metric == null ? List.of("recall", "precision", "f1")
        : List.of(metric.name().toLowerCase(Locale.ROOT));
    header.addAll(metrics.stream().map(m -> m + " [95% CI]").toList());
    final List<List<String>> rows = new ArrayList<>();
    for (List<Object> v : values) {
      final List<String> row = new ArrayList<>();
      for (String c : shown) {
        row.add(text(v.get(cols.indexOf(c)), ""));
      }
      for (String m : metrics) {
        final int i = metric == null ? cols.indexOf(m) : cols.indexOf("value");
        final Object val = v.get(i);
        final Object lo = v.get(i + 1);
        final Object hi = v.get(i + 2);
        row.add(val == null ? "." : String.format(Locale.ROOT, "%.4f [%.4f-%.4f]", (Double) val,
            lo == null ? Double.NaN : (Double) lo, hi == null ? Double.NaN : (Double) hi));
      }
      rows.add(row);
    }
    final int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    out.println(pad(header, width));
    for (List<String> r : rows) {
      out.println(pad(r, width));
    }
  }

  private static String pad(List<String> cells, int[] width) {
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      sb.append(String.format(Locale.ROOT, "%-" + width[i] + "s", cells.get(i)));
    }
    return sb.toString().stripTrailing();
  }
}
