package dk.harness.workflow.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts of one SV comparison, per type and size bin, over the whole comparison (stratum {@code ALL}): what the
 * SV gates judge. An immutable snapshot; thread-safe.
 */
public final class SvMetricsView {
  /** The schema of compare-sv's metrics.json this reads. */
  public static final String SCHEMA = "harness.sv-metrics/1";
  /** The stratum compare-sv writes for the whole comparison (no stratification). */
  static final String WHOLE = "ALL";
  private static final String FIX = "pass the sv/metrics.json written by 'harness compare-sv' (re-run it to "
      + "re-create the file)";

  private final SortedMap<SvCell, SvCounts> cells;

  /** A view of the given cells (copied); size bin {@code *} is the whole type. */
  public SvMetricsView(Map<SvCell, SvCounts> cells) {
    this.cells = Collections.unmodifiableSortedMap(new TreeMap<>(cells));
  }

  /**
   * The counts of one cell.
   *
   * @param type e.g. {@code ALL} or {@code DEL}
   * @param sizeBin {@code *} (every size) or a size-bin label such as {@code 300-999}
   * @return the counts, or null when the result has no such cell (compare-sv leaves out rows with no calls)
   */
  public SvCounts counts(String type, String sizeBin) {
    return cells.get(new SvCell(type, sizeBin));
  }

  /** Every cell, sorted (e.g. for storing the result in the history). */
  public SortedMap<SvCell, SvCounts> cells() {
    return cells;
  }

  /**
   * Reads an SV {@code metrics.json} (schema {@value #SCHEMA}) as {@code harness compare-sv} writes it.
   *
   * @param metricsJson the file, e.g. {@code <run>/<unit>/<sample>/sv/metrics.json}
   * @throws InputException naming the file if it is missing, not JSON, of another schema, or has malformed rows
   */
  public static SvMetricsView fromMetricsJson(Path metricsJson) {
    if (!Files.isRegularFile(metricsJson)) {
      throw new InputException(metricsJson, -1, "SV metrics file not found", FIX);
    }
    final JsonNode root;
    try {
      root = new ObjectMapper().readTree(metricsJson.toFile());
    } catch (IOException e) {
      throw new InputException(metricsJson, -1, "cannot read the SV metrics JSON (" + e.getMessage() + ")", FIX, e);
    }
    return fromMetricsJson(root, metricsJson);
  }

  /**
   * The view of an already parsed SV {@code metrics.json}: the rows of stratum {@code ALL}; their size bin
   * {@code ALL} becomes {@code *}. Rows of other strata (stratifications) are not read.
   *
   * @param root the parsed file
   * @param source the file it came from, for messages (may be null)
   * @throws InputException if the schema is not {@value #SCHEMA}, there is no {@code rows} list, a row lacks a
   *     field or a count, its totals disagree with its counts, or a (type, size bin) appears twice
   */
  public static SvMetricsView fromMetricsJson(JsonNode root, Path source) {
    final JsonNode schema = root == null ? null : root.get("schema");
    if (schema == null || !SCHEMA.equals(schema.asText())) {
      throw new InputException(source, -1, "not an SV metrics file: schema is "
          + (schema == null ? "missing" : "'" + schema.asText() + "'") + ", expected '" + SCHEMA + "'", FIX);
    }
    final JsonNode rows = root.get("rows");
    if (rows == null || !rows.isArray()) {
      throw new InputException(source, -1, "no 'rows' list in the SV metrics JSON", FIX);
    }
    final Map<SvCell, SvCounts> m = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      final JsonNode r = rows.get(i);
      final String at = "rows[" + i + "]";
      if (!r.isObject()) {
        throw new InputException(source, -1, at + " is not an object", FIX);
      }
      if (!WHOLE.equals(text(source, r, at, "stratum"))) {
        continue;
      }
      final String type = text(source, r, at, "type");
      final String bin = text(source, r, at, "size_bin");
      final SvCounts c = new SvCounts(num(source, r, at, "tp_base"), num(source, r, at, "fn"),
          num(source, r, at, "tp_comp"), num(source, r, at, "fp"));
      if (num(source, r, at, "truth_total") != c.truthTotal() || num(source, r, at, "query_total") != c.queryTotal()) {
        throw new InputException(source, -1, at + " (" + type + " " + bin + "): truth_total must equal tp_base + fn "
            + "and query_total tp_comp + fp", FIX);
      }
      final SvCell cell = new SvCell(type, WHOLE.equals(bin) ? "*" : bin);
      if (m.put(cell, c) != null) {
        throw new InputException(source, -1, at + " repeats type " + type + ", size bin " + bin + " of stratum "
            + WHOLE, FIX);
      }
    }
    return new SvMetricsView(m);
  }

  private static String text(Path source, JsonNode r, String at, String field) {
    final JsonNode v = r.get(field);
    if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
      throw new InputException(source, -1, at + "." + field + " is missing or not a string", FIX);
    }
    return v.textValue();
  }

  private static long num(Path source, JsonNode r, String at, String field) {
    final JsonNode v = r.get(field);
    if (v == null || !v.canConvertToExactIntegral() || v.asLong() < 0) {
      throw new InputException(source, -1, at + "." + field + " is missing or not a non-negative integer", FIX);
    }
    return v.asLong();
  }
}
