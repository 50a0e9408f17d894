package dk.harness.io;

import dk.harness.core.RegionSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    return read(bed, (Set<String>) null);
  }

  /**
   * @param onlyContigs keep only intervals on these contigs; null keeps all
   * @throws InputException on a missing file or a malformed line (with its line number)
   */
  public static RegionSet read(Path bed, Set<String> onlyContigs) {
    return read(bed, new BedContigGate(bed, null, null, onlyContigs));
  }

  /**
   * A BED read under the reference's contig rule ({@link ReferenceContigs}).
   *
   * @param regions the intervals on reference contigs
   * @param leftOut contigs the reference may lack ({@link ReferenceContigs.Kind#MAY_BE_ABSENT}) to the number of
   *     intervals on them that were left out, in file order; empty when none
   */
  public record Checked(RegionSet regions, Map<String, Long> leftOut) {
    public Checked {
      leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    }

    /** The warning about {@link #leftOut}, or null when nothing was left out. */
    public String warning(Path bed, String what, ReferenceContigs reference) {
      return reference.leftOutWarning(bed, what, "interval", leftOut);
    }
  }

  /**
   * Reads the BED, holding every interval to the reference's contig rule: an interval on a contig the reference
   * lacks is an error (the first such line, with the exact rename when the names differ only by {@code chr}, and
   * a note when the file mixes namings), unless the contig is one a build may lack, whose intervals are left out
   * and counted. The rule costs one set lookup per run of lines on one contig, not one per interval.
   *
   * @param what the BED's role for messages, e.g. "the confident-regions BED"
   * @throws InputException on a missing file, a malformed line or a contig the reference lacks
   */
  public static Checked read(Path bed, String what, ReferenceContigs reference) {
    final BedContigGate gate = new BedContigGate(bed, what, reference, null);
    final RegionSet regions = read(bed, gate);
    gate.finish();
    return new Checked(regions, gate.leftOutCounts());
  }

  private static RegionSet read(Path bed, BedContigGate gate) {
    final RegionSet.Builder builder = RegionSet.builder();
    final FastLine fast = new FastLine();
    try (TextLines lines = TextLines.open(bed, "BED")) {
      String contig = null;
      while (lines.nextLine()) {
        if (fast.read(lines.buffer(), lines.lineStart(), lines.lineEnd())) {
          // The usual line, read from the bytes in place; the contig's String (and so the gate's answer) is the
          // previous line's while the name repeats.
          if (gate.keep(fast.contig, lines.lineNumber())) {
            builder.add(fast.contig, (int) fast.start, (int) fast.end);
          }
          continue;
        }
        contig = readLine(bed, lines.lineString(), lines.lineNumber(), contig, gate, builder);
      }
    }
    return builder.build();
  }

  /**
   * The first three columns of a plain line: an ASCII contig name, then two tab-separated decimal numbers with
   * {@code start <= end <= 2^31-1}. Anything else (comments, keywords, spaces, CR, bad numbers) is left to
   * {@link #readLine}, which accepts or rejects it exactly as before. Not thread-safe.
   */
  private static final class FastLine {
    private byte[] contigBytes = new byte[0];
    String contig;
    long start;
    long end;

    boolean read(byte[] buf, int from, int to) {
      int t1 = from;
      while (t1 < to && buf[t1] != '\t') {
        final byte c = buf[t1];
        if (c <= ' ' || c == '#' || c < 0) {
          return false;
        }
        t1++;
      }
      if (t1 == from || t1 == to) {
        return false;
      }
      int i = t1 + 1;
      long st = 0;
      final int stFrom = i;
      while (i < to && buf[i] >= '0' && buf[i] <= '9' && i - stFrom < 12) {
        st = st * 10 + (buf[i++] - '0');
      }
      if (i == stFrom || i == to || buf[i] != '\t') {
        return false;
      }
      i++;
      long en = 0;
      final int enFrom = i;
      while (i < to && buf[i] >= '0' && buf[i] <= '9' && i - enFrom < 12) {
        en = en * 10 + (buf[i++] - '0');
      }
      if (i == enFrom || (i < to && buf[i] != '\t') || en < st || en > Integer.MAX_VALUE) {
        return false;
      }
      if (!sameContig(buf, from, t1)) {
        final byte[] name = Arrays.copyOfRange(buf, from, t1);
        if (isKeyword(name, "track") || isKeyword(name, "browser")) {
          return false;
        }
        contigBytes = name;
        contig = new String(name, StandardCharsets.US_ASCII);
      }
      start = st;
      end = en;
      return true;
    }

    private boolean sameContig(byte[] buf, int from, int to) {
      return Arrays.equals(contigBytes, 0, contigBytes.length, buf, from, to);
    }

    private static boolean isKeyword(byte[] name, String kw) {
      return name.length == kw.length() && new String(name, StandardCharsets.US_ASCII).equals(kw);
    }
  }

  /**
   * Reads one line the general way (any line {@link FastLine} does not take).
   *
   * @param contig the previous line's contig name, shared when this line names the same one
   * @return this line's contig name, or {@code contig} for a skipped line
   */
  private static String readLine(Path bed, String line, long lineNo, String contig, BedContigGate gate,
      RegionSet.Builder builder) {
    final String[] fields = new String[3];
    final int[] cols = new int[4];
    if (line.isBlank() || line.charAt(0) == '#' || isKeywordLine(line)) {
      return contig;
    }
    final long start;
    final long end;
    if (tabColumns(line, cols)) {
      if (contig == null || contig.length() != cols[0] || !line.startsWith(contig)) {
        contig = line.substring(0, cols[0]);
      }
      if (!gate.keep(contig, lineNo)) {
        return contig;
      }
      start = parse(line, cols[0] + 1, cols[1]);
      end = parse(line, cols[1] + 1, cols[2]);
      if (start < 0 || end < 0) {
        fields[1] = line.substring(cols[0] + 1, cols[1]);
        fields[2] = line.substring(cols[1] + 1, cols[2]);
      }
    } else {
      if (!firstThree(line, fields)) {
        throw malformed(bed, lineNo, "expected at least 3 columns (chrom, start, end)");
      }
      contig = fields[0];
      if (!gate.keep(contig, lineNo)) {
        return contig;
      }
      start = parse(fields[1], 0, fields[1].length());
      end = parse(fields[2], 0, fields[2].length());
    }
    if (start < 0 || end < 0) {
      throw malformed(bed, lineNo, "start '" + fields[1] + "' and end '" + fields[2]
          + "' must be non-negative integers");
    }
    if (end < start) {
      throw malformed(bed, lineNo, "end " + end + " is before start " + start);
    }
    if (end > Integer.MAX_VALUE) {
      throw malformed(bed, lineNo, "end " + end + " is beyond 2^31-1");
    }
    builder.add(contig, (int) start, (int) end);
    return contig;
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
