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
    final int[] cols = new int[4];
    String contig = null;
    try (TextLines lines = TextLines.open(bed, "BED")) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.charAt(0) == '#' || isKeywordLine(line)) {
          continue;
        }
        final long start;
        final long end;
        if (tabColumns(line, cols)) {
          // The usual tab-separated line, read in place: the contig name is shared with the previous line's
          // when equal, and the numbers are parsed without copying them out.
          if (contig == null || contig.length() != cols[0] || !line.startsWith(contig)) {
            contig = line.substring(0, cols[0]);
          }
          if (onlyContigs != null && !onlyContigs.contains(contig)) {
            continue;
          }
          start = parse(line, cols[0] + 1, cols[1]);
          end = parse(line, cols[1] + 1, cols[2]);
          if (start < 0 || end < 0) {
            fields[1] = line.substring(cols[0] + 1, cols[1]);
            fields[2] = line.substring(cols[1] + 1, cols[2]);
          }
        } else {
          if (!firstThree(line, fields)) {
            throw malformed(bed, lines.lineNumber(), "expected at least 3 columns (chrom, start, end)");
          }
          contig = fields[0];
          if (onlyContigs != null && !onlyContigs.contains(contig)) {
            continue;
          }
          start = parse(fields[1], 0, fields[1].length());
          end = parse(fields[2], 0, fields[2].length());
        }
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
        builder.add(contig, (int) start, (int) end);
      }
    }
    return builder.build();
  }

  /**
   * For a tab-separated line with at least three columns and a non-empty first one, the ends of the first
   * three columns (a trailing CR excluded) in {@code cols[0..2]}; false for any other line, which
   * {@link #firstThree} then handles (or rejects) as before.
   */
  private static boolean tabColumns(String line, int[] cols) {
    final int t1 = line.indexOf('\t');
    if (t1 <= 0) {
      return false;
    }
    final int t2 = line.indexOf('\t', t1 + 1);
    if (t2 < 0) {
      return false;
    }
    final int t3 = line.indexOf('\t', t2 + 1);
    int e3 = t3 < 0 ? line.length() : t3;
    if (t3 < 0 && line.endsWith("\r")) {
      e3--;
    }
    cols[0] = t1;
    cols[1] = t2;
    cols[2] = e3;
    return true;
  }

  /** A UCSC {@code track} or {@code browser} line (the keyword followed by whitespace or the line end). */
  private static boolean isKeywordLine(String line) {
    final char c = line.charAt(0);
    return (c == 't' && isKeyword(line, "track")) || (c == 'b' && isKeyword(line, "browser"));
  }

  private static boolean isKeyword(String line, String kw) {
    return line.startsWith(kw) && (line.length() == kw.length() || Character.isWhitespace(line.charAt(kw.length())));
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

  /** The non-negative integer written in {@code s[from, to)}, or -1. */
  private static long parse(String s, int from, int to) {
    if (to <= from || to - from > 12) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
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
