package dk.harness.workflow.shard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Asserts that two run folders and two history databases hold the same run, except what the issue exempts: the
 * times, timings and host (run.json's {@code started_at}, {@code finished_at}, {@code host}, every
 * {@code timings} block and {@code load_seconds}; the history's {@code started_at}, {@code finished_at} and
 * {@code host}).
 */
public final class RunComparison {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RunComparison() {
  }

  /** Every file byte for byte, run.json up to its provenance fields; returns the number of files compared. */
  public static int assertSameRunFolder(Path expected, Path actual) throws IOException {
    final Set<String> a = files(expected);
    final Set<String> b = files(actual);
    assertEquals(a, b, "the run folders hold different files");
    assertTrue(a.contains("run.json"), "no run.json in " + expected);
    for (String f : a) {
      if (f.equals("run.json")) {
        assertEquals(normalisedManifest(expected.resolve(f)), normalisedManifest(actual.resolve(f)),
            "run.json differs beyond times, timings and host");
      } else if (f.endsWith("sv/params.json")) {
        // Truvari's params.json names the folder written: each run's own, so compared apart from the rest.
        final ObjectNode e = (ObjectNode) MAPPER.readTree(expected.resolve(f).toFile());
        final ObjectNode g = (ObjectNode) MAPPER.readTree(actual.resolve(f).toFile());
        assertEquals(expected.resolve(f).getParent().toString(), e.remove("output").asText(), f);
        assertEquals(actual.resolve(f).getParent().toString(), g.remove("output").asText(), f);
        assertEquals(e, g, f + " differs");
      } else {
        assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
            f + " differs");
      }
    }
    return a.size();
  }

  /** run.json without its times, timings and host. */
  public static String normalisedManifest(Path runJson) throws IOException {
    final ObjectNode root = (ObjectNode) MAPPER.readTree(runJson.toFile());
    root.remove(List.of("started_at", "finished_at", "host"));
    for (JsonNode t : root.path("truth_sets")) {
      ((ObjectNode) t).remove("load_seconds");
    }
    for (JsonNode s : root.path("submissions")) {
      ((ObjectNode) s).remove("timings");
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Every history row of both databases, times and host left out; returns the number of rows compared. */
  public static int assertSameHistory(Path expected, Path actual) throws SQLException {
    final List<String> a = rows(expected);
    final List<String> b = rows(actual);
    assertEquals(a, b, "the history rows differ");
    return a.size();
  }

  private static List<String> rows(Path db) throws SQLException {
    final List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      dump(st, "SELECT run_id, harness_version, plan_sha256, criteria_version, exit_code FROM runs ORDER BY run_id",
          "runs", out);
      dump(st, "SELECT * FROM comparisons ORDER BY comparison_id", "comparisons", out);
      dump(st, "SELECT * FROM metrics ORDER BY comparison_id, filter, type, subset", "metrics", out);
      if (hasTable(st, "sv_metrics")) {
        dump(st, "SELECT * FROM sv_metrics ORDER BY comparison_id, rowid", "sv_metrics", out);
      }
    }
    return out;
  }

  private static boolean hasTable(Statement st, String name) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name
        + "'")) {
      return rs.next();
    }
  }

  private static void dump(Statement st, String sql, String table, List<String> out) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      final int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        final StringBuilder sb = new StringBuilder(table);
        for (int i = 1; i <= n; i++) {
          sb.append('|').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
  }

  private static Set<String> files(Path root) throws IOException {
    final Set<String> out = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
    }
    return out;
  }
}
