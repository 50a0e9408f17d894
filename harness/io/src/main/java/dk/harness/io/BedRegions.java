package dk.harness.io;

import dk.harness.core.RegionSet;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads BED files (plain, gzip or bgzip) into a {@link RegionSet}. Only the first three columns are used
 * (0-based half-open, as in BED); more columns are fine. {@code track}, {@code browser}, {@code #} and blank
 * lines are skipped. Columns are tab-separated; a line without tabs may use spaces. Stateless and thread-safe.
 */
public final class BedRegions {
  private BedRegions() {
  }

  /** @throws InputException on a missing file or a malformed line */
  public static RegionSet read(Path bed) {
    return read(bed, null);
  }

  /**
   * @param onlyContigs keep only intervals on these contigs; null keeps all
   * @throws InputException on a missing file or a malformed line (with its line number)
   */
  public static RegionSet read(Path bed, Set<String> onlyContigs) {
    final RegionSet.Builder builder = RegionSet.builder();
    final String[] fields = new String[3];
    try (TextLines lines = TextLines.open(bed, "BED")) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.charAt(0) == '#' || isKeywordLine(line)) {
          continue;
        }
        if (!firstThree(line, fields)) {
          throw malformed(bed, lines.lineNumber(), "expected at least 3 columns (chrom, start, end)");
        }
        if (onlyContigs != null && !onlyContigs.contains(fields[0])) {
          continue;
        }
        final long start = parse(fields[1]);
        final long end = parse(fields[2]);
        if (start < 0 || end < 0) {
          throw malformed(bed, lines.lineNumber(), "start '" + fields[1] + "' and end '" + fields[2]
              + "' must be non-negative integers");
        }
        if (end < start) {
          throw malformed(bed, lines.lineNumber(), "end " + end + " is before start " + start);
        }
        if (end > Integer.MAX_VALUE) {
          throw malformed(bed, lines.lineNumber(), "end " + end + " is beyond 2^31-1");
        }
        builder.add(fields[0], (int) start, (int) end);
      }
    }
    return builder.build();
  }

  /** A UCSC {@code track} or {@code browser} line (the keyword followed by whitespace or the line end). */
  private static boolean isKeywordLine(String line) {
    for (String kw : new String[] {"track", "browser"}) {
      if (line.startsWith(kw) && (line.length() == kw.length() || Character.isWhitespace(line.charAt(kw.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Splits off the first three columns (tabs, or runs of spaces if the line has no tab); false if fewer. */
  private static boolean firstThree(String line, String[] out) {
    final String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (text.indexOf('\t') >= 0) {
      final int t1 = text.indexOf('\t');
      final int t2 = text.indexOf('\t', t1 + 1);
      if (t1 <= 0 || t2 < 0) {
        return false;
      }
      final int t3 = text.indexOf('\t', t2 + 1);
      out[0] = text.substring(0, t1);
      out[1] = text.substring(t1 + 1, t2);
      out[2] = text.substring(t2 + 1, t3 < 0 ? text.length() : t3);
      return true;
    }
    final String[] parts = text.strip().split(" +", 4);
    if (parts.length < 3) {
      return false;
    }
    System.arraycopy(parts, 0, out, 0, 3);
    return true;
  }

  /** A non-negative integer, or -1. */
  private static long parse(String s) {
    if (s.isEmpty() || s.length() > 12) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static InputException malformed(Path bed, long line, String problem) {
    return new InputException(bed, line, "malformed BED line: " + problem,
        "BED lines are 'chrom<TAB>start<TAB>end' with 0-based start <= end");
  }
}
