package dk.harness.workflow.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.OutputPaths;
import dk.harness.report.Tally;
import dk.harness.report.VariantType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable {@link MetricsView} over a fixed set of cells. Thread-safe.
 */
public final class ResultCounts implements MetricsView {
  private static final List<String> EXTENDED_COLUMNS = List.of("Type", "Subtype", "Subset", "Filter", "QQ",
      "TRUTH.TOTAL", "TRUTH.TP", "TRUTH.FN", "QUERY.TOTAL", "QUERY.TP", "QUERY.FP", "QUERY.UNK", "FP.gt", "FP.al");

  private final SortedMap<CellKey, Counts> cells;

  /** A view of the given cells (copied). */
  public ResultCounts(Map<CellKey, Counts> cells) {
    this.cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
  }

  @Override
  public Counts counts(VariantType type, FilterKind filter, String subset) {
    return cells.get(new CellKey(type, filter, subset));
  }

  /** Every cell, sorted. */
  public SortedMap<CellKey, Counts> cells() {
    return cells;
  }

  /** The {@code *} cells of a tally. */
  public static ResultCounts of(Tally tally) {
    final Map<CellKey, Counts> m = new HashMap<>();
    for (FilterKind f : FilterKind.values()) {
      for (VariantType t : VariantType.values()) {
        m.put(new CellKey(t, f, "*"), tally.counts(f, t));
      }
    }
    return new ResultCounts(m);
  }

  /**
   * The cells of a {@code harness compare} output: {@code *} from {@code PREFIX.metrics.json}, strata from the
   * Subtype {@code *} total rows of {@code PREFIX.extended.csv} when that file exists.
   *
   * @throws InputException if metrics.json is missing or malformed, or extended.csv is malformed
   */
  public static ResultCounts ofOutput(Path prefix) {
    final OutputPaths paths = OutputPaths.forPrefix(prefix.toString());
    final Map<CellKey, Counts> m = new HashMap<>();
    readMetricsJson(paths.metricsJson(), m);
    if (Files.isRegularFile(paths.extendedCsv())) {
      readExtendedCsv(paths.extendedCsv(), m);
    }
    return new ResultCounts(m);
  }

  private static void readMetricsJson(Path file, Map<CellKey, Counts> m) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, -1, "metrics file not found", "pass the --output prefix of a finished "
          + "'harness compare' run");
    }
    final JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the metrics JSON (" + e.getMessage() + ")",
          "re-run 'harness compare' to re-create it", e);
    }
    final JsonNode counts = root == null ? null : root.get("counts");
    if (counts == null || !counts.isObject()) {
      throw new InputException(file, -1, "no 'counts' object in the metrics JSON", "re-run 'harness compare' to "
          + "re-create it");
    }
    for (FilterKind f : FilterKind.values()) {
      for (VariantType t : VariantType.values()) {
        final JsonNode c = counts.path(f.name()).path(t.name());
        if (!c.isObject()) {
          throw new InputException(file, -1, "no counts." + f + "." + t + " in the metrics JSON",
              "re-run 'harness compare' to re-create it");
        }
        m.put(new CellKey(t, f, "*"), new Counts(num(file, c, "truth_total"), num(file, c, "truth_tp"),
            num(file, c, "truth_fn"), num(file, c, "query_total"), num(file, c, "query_tp"),
            num(file, c, "query_fp"), num(file, c, "query_unk"), num(file, c, "fp_gt"), num(file, c, "fp_al")));
      }
    }
  }

  private static long num(Path file, JsonNode obj, String field) {
    final JsonNode n = obj.get(field);
    if (n == null || !n.canConvertToExactIntegral() || n.asLong() < 0) {
      throw new InputException(file, -1, "count '" + field + "' is missing or not a non-negative integer",
          "re-run 'harness compare' to re-create it");
    }
    return n.asLong();
  }

  private static void readExtendedCsv(Path file, Map<CellKey, Counts> m) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      final String header = r.readLine();
      if (header == null) {
        throw new InputException(file, 1, "the extended CSV is empty", "re-run 'harness compare'");
      }
      final List<String> names = List.of(header.split(",", -1));
      final int[] col = new int[EXTENDED_COLUMNS.size()];
      for (int i = 0; i < col.length; i++) {
        col[i] = names.indexOf(EXTENDED_COLUMNS.get(i));
        if (col[i] < 0) {
          throw new InputException(file, 1, "column '" + EXTENDED_COLUMNS.get(i) + "' missing from the header",
              "pass the extended.csv written by 'harness compare'");
        }
      }
      // hap.py 0.3.15 writes Genotype '*' only; should a breakdown appear, only its '*' rows are totals
      final int genotypeCol = names.indexOf("Genotype");
      String line;
      long lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty()) {
          continue;
        }
        final String[] f = line.split(",", -1);
        if (f.length != names.size()) {
          throw new InputException(file, lineNo, "expected " + names.size() + " columns, found " + f.length,
              "pass the extended.csv written by 'harness compare'");
        }
        final String subset = f[col[2]];
        if (!"*".equals(f[col[1]]) || !"*".equals(f[col[4]]) || "*".equals(subset)
            || (genotypeCol >= 0 && !"*".equals(f[genotypeCol]))) {
          continue; // subtype rows, ROC threshold rows, and the * subset (metrics.json is the source for that)
        }
        final VariantType type;
        final FilterKind filter;
        try {
          type = VariantType.valueOf(f[col[0]]);
          filter = FilterKind.valueOf(f[col[3]]);
        } catch (IllegalArgumentException e) {
          throw new InputException(file, lineNo, "unknown Type '" + f[col[0]] + "' or Filter '" + f[col[3]] + "'",
              "pass the extended.csv written by 'harness compare'", e);
        }
        final long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
          v[i] = count(file, lineNo, f[col[5 + i]], EXTENDED_COLUMNS.get(5 + i));
        }
        m.put(new CellKey(type, filter, subset), new Counts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
      }
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the extended CSV (" + e.getMessage() + ")",
          "check the file is readable", e);
    }
  }

  /** A count as hap.py-style CSVs write it: {@code 12} or {@code 12.000000}. */
  private static long count(Path file, long lineNo, String text, String column) {
    try {
      final double d = Double.parseDouble(text);
      if (d < 0 || d != Math.rint(d)) {
        throw new NumberFormatException();
      }
      return (long) d;
    } catch (NumberFormatException e) {
      throw new InputException(file, lineNo, column + " '" + text + "' is not a count",
          "pass the extended.csv written by 'harness compare'");
    }
  }
}
