package dk.harness.council;

import dk.harness.io.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A precision-recall curve over the ROC score from a {@code PREFIX.roc.Locations.<TYPE>.csv.gz} file: one
 * point per score threshold, in increasing threshold order. Immutable.
 *
 * @param points {recall, precision, threshold} triples; thinned to at most {@value #MAX_POINTS} evenly spaced
 *     points (the first and last kept) so whole-genome curves stay light
 */
public record RocCurve(List<double[]> points) {
  /** Most points kept per curve. */
  public static final int MAX_POINTS = 400;

  public RocCurve {
    points = List.copyOf(points);
  }

  /**
   * Reads a ROC file; a missing file gives an empty curve.
   *
   * @throws InputException if the file is malformed
   */
  public static RocCurve read(Path file) {
    if (!Files.isRegularFile(file)) {
      return new RocCurve(List.of());
    }
    final List<double[]> pts = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      final String header = r.readLine();
      if (header == null) {
        return new RocCurve(List.of());
      }
      final List<String> cols = Arrays.asList(header.split(",", -1));
      final int qq = cols.indexOf("QQ");
      final int rec = cols.indexOf("METRIC.Recall");
      final int prec = cols.indexOf("METRIC.Precision");
      if (qq < 0 || rec < 0 || prec < 0) {
        throw new InputException(file, 1, "columns QQ, METRIC.Recall and METRIC.Precision expected",
            "pass the ROC file written by 'harness compare'");
      }
      String line;
      long n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        final String[] f = line.split(",", -1);
        if (f.length != cols.size()) {
          throw new InputException(file, n, "expected " + cols.size() + " columns, found " + f.length,
              "pass the ROC file written by 'harness compare'");
        }
        if ("*".equals(f[qq]) || f[rec].isEmpty() || f[prec].isEmpty()) {
          continue;
        }
        try {
          pts.add(new double[] {Double.parseDouble(f[rec]), Double.parseDouble(f[prec]),
              Double.parseDouble(f[qq])});
        } catch (NumberFormatException e) {
          throw new InputException(file, n, "a number was expected in QQ, METRIC.Recall and METRIC.Precision",
              "pass the ROC file written by 'harness compare'");
        }
      }
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the ROC file (" + Text.oneLine(e.getMessage()) + ")",
          "pass an unmodified run folder written by 'harness run'", e);
    }
    return new RocCurve(thin(pts));
  }

  static List<double[]> thin(List<double[]> pts) {
    if (pts.size() <= MAX_POINTS) {
      return pts;
    }
    final List<double[]> out = new ArrayList<>(MAX_POINTS);
    for (int i = 0; i < MAX_POINTS; i++) {
      out.add(pts.get((int) Math.round((double) i * (pts.size() - 1) / (MAX_POINTS - 1))));
    }
    return out;
  }

  /** Whether there is anything to draw. */
  public boolean isEmpty() {
    return points.isEmpty();
  }
}
