package dk.harness.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * vcfeval's summary.txt. Immutable.
 *
 * <p>The file is either a table (header, dashes, an optional threshold row, then the {@code None} row) or the
 * single line {@code 0 total baseline variants, no summary statistics available}, which vcfeval writes when the
 * truth has no counted variant; then only the truth side is known (TP-baseline = FN = 0).
 *
 * @param none the {@code None} (all records) row, or null when vcfeval printed no table
 * @param threshold the best-F threshold row, or null if absent
 * @param thresholdScore the score of that row, or NaN
 */
public record VcfevalSummary(VcfevalCounts none, VcfevalCounts threshold, double thresholdScore) {

  /** Whether vcfeval reported "0 total baseline variants" instead of a table. */
  public boolean noBaselineVariants() {
    return none == null;
  }

  /** @throws IllegalArgumentException if the file is neither form */
  public static VcfevalSummary read(Path summary) {
    final List<String> lines;
    try {
      lines = Files.readAllLines(summary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + summary, e);
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("0 total baseline variants")) {
      return new VcfevalSummary(null, null, Double.NaN);
    }
    VcfevalCounts none = null;
    VcfevalCounts threshold = null;
    double score = Double.NaN;
    for (String line : lines) {
      final String[] f = line.strip().split("\\s+");
      if (f.length != 8 || line.startsWith("Threshold") || line.startsWith("-")) {
        continue;
      }
      final VcfevalCounts c = new VcfevalCounts(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
          Long.parseLong(f[4]));
      if (f[0].equals("None")) {
        none = c;
      } else {
        threshold = c;
        score = Double.parseDouble(f[0]);
      }
    }
    if (none == null) {
      throw new IllegalArgumentException(summary + ": no 'None' row in vcfeval summary");
    }
    return new VcfevalSummary(none, threshold, score);
  }
}
