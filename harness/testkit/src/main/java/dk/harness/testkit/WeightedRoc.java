package dk.harness.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * vcfeval's {@code weighted_roc.tsv} (selection ALL): one row per distinct score, best score first, with cumulative
 * TP-baseline (sum of call weights), FP, TP-call and FN = total baseline - TP-baseline; records without a score
 * form a last row {@code None}. The last row therefore holds the summary totals. Immutable.
 *
 * <p>{@link #compute} rebuilds the table from our statuses, so a whole ROC curve can be compared with vcfeval's.
 * Scores sort descending (vcfeval's order for QUAL and GQ).
 *
 * @param totalBaseline the {@code #total baseline variants} header value (truth TP + FN)
 * @param rows the rows, in file order
 */
public record WeightedRoc(long totalBaseline, List<Row> rows) {
  public WeightedRoc {
    rows = List.copyOf(rows);
  }

  /**
   * One ROC row.
   *
   * @param score the threshold as vcfeval prints it (3 decimals) or {@code None}
   * @param tpBaseline cumulative weighted truth TP
   * @param fp cumulative FP
   * @param tpCall cumulative query TP
   * @param fn total baseline - tpBaseline
   */
  public record Row(String score, double tpBaseline, double fp, double tpCall, double fn) {
    boolean matches(Row o) {
      return score.equals(o.score) && close(tpBaseline, o.tpBaseline) && close(fp, o.fp) && close(tpCall, o.tpCall)
          && close(fn, o.fn);
    }

    private static boolean close(double a, double b) {
      return Math.abs(a - b) < 0.006; // vcfeval prints 2 decimals
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s\t%.2f\t%.2f\t%.2f\t%.2f", score, tpBaseline, fp, tpCall, fn);
    }
  }

  /** The final row (summary totals), or null if there is none. */
  public Row last() {
    return rows.isEmpty() ? null : rows.get(rows.size() - 1);
  }

  /** Reads a weighted_roc.tsv (plain or gzip). */
  public static WeightedRoc read(Path tsv) {
    long total = -1;
    final List<Row> rows = new ArrayList<>();
    try (BufferedReader r = TinyVcf.open(tsv)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#total baseline variants:")) {
          total = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
        } else if (!line.startsWith("#") && !line.isBlank()) {
          final String[] f = line.split("\t");
          rows.add(new Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
              Double.parseDouble(f[4])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tsv, e);
    }
    return new WeightedRoc(total, rows);
  }

  /**
   * Our weighted ROC: every query record with status TP (weight from its block), FP, or FP_CA (counted as FP,
   * as vcfeval's genotype ROC does) contributes at its score.
   *
   * @param runs the contigs
   * @param statuses per contig, parallel to {@code runs}
   */
  public static WeightedRoc compute(List<ContigRun> runs, List<VcfevalView.Statuses> statuses) {
    // Descending by score, NaN last: vcfeval's order for "higher is better" fields.
    final Map<Double, double[]> byScore = new TreeMap<>(Comparator.<Double>comparingInt(d -> d.isNaN() ? 1 : 0)
        .thenComparing(Comparator.reverseOrder()));
    long totalBaseline = 0;
    for (int c = 0; c < runs.size(); c++) {
      final ContigRun run = runs.get(c);
      final VcfevalView.Statuses s = statuses.get(c);
      for (VcfevalStatus t : s.truth()) {
        if (t == VcfevalStatus.TP || t == VcfevalStatus.FN || t == VcfevalStatus.FN_CA) {
          totalBaseline++;
        }
      }
      for (int i = 0; i < run.query().size(); i++) {
        final VcfevalStatus q = s.query().get(i);
        double score = run.query().get(i).record().variant().score();
        if (Double.isInfinite(score)) {
          score = Double.NaN;
        }
        // Only reported records make ROC points (a row needs at least one).
        if (q == VcfevalStatus.TP) {
          final double[] acc = byScore.computeIfAbsent(score, k -> new double[3]);
          acc[0] += s.queryWeight()[i];
          acc[2] += 1;
        } else if (q == VcfevalStatus.FP || q == VcfevalStatus.FP_CA) {
          byScore.computeIfAbsent(score, k -> new double[3])[1] += 1;
        }
      }
    }
    final List<Row> rows = new ArrayList<>();
    double tpb = 0;
    double fp = 0;
    double tpc = 0;
    String prev = null;
    for (Map.Entry<Double, double[]> e : byScore.entrySet()) {
      final String label = e.getKey().isNaN() ? "None" : String.format(Locale.ROOT, "%.3f", e.getKey());
      if (prev != null && !label.equals(prev)) {
        rows.add(new Row(prev, tpb, fp, tpc, totalBaseline - tpb));
      }
      prev = label;
      tpb += e.getValue()[0];
      fp += e.getValue()[1];
      tpc += e.getValue()[2];
    }
    if (prev != null) {
      rows.add(new Row(prev, tpb, fp, tpc, totalBaseline - tpb));
    }
    return new WeightedRoc(totalBaseline, rows);
  }

  /**
   * Differences from {@code expected}, or an empty string if the tables agree: the baseline total, the row
   * count, and the first differing rows side by side.
   */
  public String differences(WeightedRoc expected, int limit) {
    final StringBuilder sb = new StringBuilder();
    if (expected.totalBaseline >= 0 && expected.totalBaseline != totalBaseline) {
      sb.append("total baseline variants: vcfeval ").append(expected.totalBaseline).append(", ours ")
          .append(totalBaseline).append('\n');
    }
    int shown = 0;
    final int n = Math.max(rows.size(), expected.rows.size());
    for (int i = 0; i < n && shown < limit; i++) {
      final Row want = i < expected.rows.size() ? expected.rows.get(i) : null;
      final Row got = i < rows.size() ? rows.get(i) : null;
      if (want == null || got == null || !want.matches(got)) {
        sb.append("row ").append(i + 1).append(": vcfeval [").append(want).append("] ours [").append(got).append("]\n");
        shown++;
      }
    }
    if (sb.length() > 0 && rows.size() != expected.rows.size()) {
      sb.append("rows: vcfeval ").append(expected.rows.size()).append(", ours ").append(rows.size()).append('\n');
    }
    return sb.toString();
  }
}
