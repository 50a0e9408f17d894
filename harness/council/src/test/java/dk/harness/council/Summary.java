package dk.harness.council;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A hap.py-style {@code summary.csv} read independently of the code under test: row "TYPE,FILTER" to columns. */
final class Summary {
  private final Map<String, Map<String, String>> rows = new HashMap<>();

  Summary(Path file) throws IOException {
    final List<String> lines = Files.readAllLines(file);
    final List<String> head = Arrays.asList(lines.get(0).split(",", -1));
    for (String l : lines.subList(1, lines.size())) {
      final String[] f = l.split(",", -1);
      final Map<String, String> m = new HashMap<>();
      for (int i = 0; i < head.size(); i++) {
        m.put(head.get(i), f[i]);
      }
      rows.put(f[0] + "," + f[1], m);
    }
  }

  /** The summary of a unit's HG002 submission in a run folder. */
  static Summary of(Path runDir, String unit) throws IOException {
    return new Summary(runDir.resolve(unit).resolve("HG002").resolve("HG002.summary.csv"));
  }

  long count(String type, String filter, String column) {
    return Long.parseLong(rows.get(type + "," + filter).get(column));
  }

  double metric(String type, String filter, String column) {
    return Double.parseDouble(rows.get(type + "," + filter).get(column));
  }

  /** TRUTH.TP / (TRUTH.TP + TRUTH.FN). */
  double recall(String type) {
    final long tp = count(type, "PASS", "TRUTH.TP");
    return (double) tp / (tp + count(type, "PASS", "TRUTH.FN"));
  }

  /** F1 from the recall above and the CSV's precision (6 decimals). */
  double f1(String type) {
    final double r = recall(type);
    final double p = metric(type, "PASS", "METRIC.Precision");
    return 2 * r * p / (r + p);
  }
}
