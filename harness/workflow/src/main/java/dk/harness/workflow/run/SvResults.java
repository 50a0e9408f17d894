package dk.harness.workflow.run;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import dk.harness.workflow.history.SvMetricRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a run needs from an SV part's {@code metrics.json} (schema {@code harness.sv-metrics/1}, written by
 * {@code harness compare-sv}): the rows of stratum ALL, by SV type and size bin, with the size bin of all sizes
 * written {@code *} (as {@code sv_rules} and the history write it) and the filter PASS when the comparison used
 * {@code passonly}. Stateless.
 */
public final class SvResults {
  /** The SV part's metrics file in its folder. */
  public static final String METRICS_JSON = "metrics.json";
  static final String SCHEMA = "harness.sv-metrics/1";

  private SvResults() {
  }

  /**
   * The stratum-ALL rows of the SV part in {@code folder}, in file order.
   *
   * @throws InputException if the file is missing or not an SV metrics file
   */
  public static List<SvMetricRow> read(Path folder) {
    final Path file = folder.resolve(METRICS_JSON);
    final JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the SV comparison's metrics (" + e.getMessage() + ")",
          "the run folder is damaged; move it out of the results folder", e);
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(file, -1, "not a " + SCHEMA + " file", "the run folder is damaged; move it out of "
          + "the results folder");
    }
    final String filter = root.path("parameters").path("passonly").asBoolean(false) ? "PASS" : "ALL";
    final List<SvMetricRow> rows = new ArrayList<>();
    for (JsonNode r : root.path("rows")) {
      if (!"ALL".equals(r.path("stratum").asText())) {
        continue;
      }
      final String bin = r.path("size_bin").asText();
      rows.add(new SvMetricRow(r.path("type").asText(), "ALL".equals(bin) ? SvMetricRow.ALL_SIZES : bin, filter,
          r.path("truth_total").asLong(), r.path("tp_base").asLong(), r.path("fn").asLong(),
          r.path("query_total").asLong(), r.path("tp_comp").asLong(), r.path("fp").asLong()));
    }
    return rows;
  }

  /**
   * Sets {@code output} of the SV folder's {@code params.json} (Truvari's key: the folder the results are in), writing
   * the file as {@code harness compare-sv} does (compact JSON, keys in their order).
   */
  public static void setOutput(Path folder, Path output) throws IOException {
    final Path params = folder.resolve("params.json");
    final JsonNode p = Json.MAPPER.readTree(params.toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("output", output.toString());
    new com.fasterxml.jackson.databind.ObjectMapper().writeValue(params.toFile(), p);
  }

  /** The row of all types and sizes, or null if there is none. */
  public static SvMetricRow overall(List<SvMetricRow> rows) {
    for (SvMetricRow r : rows) {
      if (r.type().equals("ALL") && r.sizeBin().equals(SvMetricRow.ALL_SIZES)) {
        return r;
      }
    }
    return null;
  }
}
