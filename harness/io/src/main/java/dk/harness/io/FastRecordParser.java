package dk.harness.io;

import dk.harness.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a VCF data line straight from the reader's bytes into a {@link LoadedRecord}, without building the
 * line as a String: the fast path of {@link VcfInput}. It takes only the ordinary case (ASCII, the expected
 * columns, plain numbers, a site {@link SiteSyntax} proves valid, GT present and in range); for anything else
 * it hands the line, decoded as {@link TextLines} decodes it, to {@link VcfRecordParser}, which runs htsjdk's
 * checks and gives the record or the error. So records and messages are those of the String path; a test
 * compares the two on every VCF of the shared data. Not thread-safe (caches the last contig and FORMAT).
 */
final class FastRecordParser {
  private static final int FORMAT_COL = 8;
  /** Single-base alleles, shared: most records are SNVs. */
  private static final String[] BASE_STRINGS = new String[128];
  private static final byte[][] BASE_BYTES = new byte[128][];
  /** GT texts of two single-character alleles with a separator (e.g. {@code 0/1}, {@code 1|0}), shared. */
  private static final String[] GT3 = new String[128 * 2 * 128];

  static {
    for (char c : "ACGTN".toCharArray()) {
      BASE_STRINGS[c] = String.valueOf(c);
      BASE_BYTES[c] = new byte[] {(byte) c};
    }
    final String alleles = ".0123456789";
    for (char a : alleles.toCharArray()) {
      for (char b : alleles.toCharArray()) {
        GT3[gt3Index(a, '/', b)] = "" + a + '/' + b;
        GT3[gt3Index(a, '|', b)] = "" + a + '|' + b;
      }
    }
  }

  private final VcfRecordParser fallback;
  private final TextLines decoder;
  private final int sampleColumn;
  private final int columnCount;
  private final ScoreField score;
  private final int[] tabs;

  private String lastContig;
  private byte[] lastFormat;
  private int gtIndex;
  private int ftIndex;
  private int gqIndex;

  /**
   * @param fallback the String parser of the same file, for the lines this one does not take
   * @param decoder decodes a line's bytes as the file's lines are decoded
   * @param sampleIndex index of the selected sample among the header's samples
   * @param sampleCount number of samples in the header
   */
  FastRecordParser(VcfRecordParser fallback, TextLines decoder, int sampleIndex, int sampleCount,
      ScoreField score) {
    this.fallback = fallback;
    this.decoder = decoder;
    this.sampleColumn = FORMAT_COL + 1 + sampleIndex;
    this.columnCount = FORMAT_COL + 1 + sampleCount;
    this.score = score;
    this.tabs = new int[sampleColumn + 1];
  }

  /**
   * Parses and validates the line {@code b[start, end)}, exactly as {@link VcfRecordParser#parse} does on it.
   *
   * @throws InputException if the line is malformed
   */
  LoadedRecord parse(byte[] b, int start, int end, long lineNo, int id) {
    final LoadedRecord r = fast(b, start, end, lineNo, id);
    return r != null ? r : fallback.parse(decoder.decode(b, start, end), lineNo, id);
  }

  /** The record, or null when the line is not an ordinary one. */
  private LoadedRecord fast(byte[] b, int start, int end, long lineNo, int id) {
    // Columns (and ASCII)
    int count = 1;
    int at = start;
    for (; at + 8 <= end; at += 8) {
      final long w = WordScan.word(b, at);
      if ((w & WordScan.HIGH) != 0) {
        return null;
      }
      for (long hits = WordScan.matches(w, (byte) '\t'); hits != 0; hits &= hits - 1) {
        if (count - 1 < tabs.length) {
          tabs[count - 1] = at + WordScan.first(hits);
        }
        count++;
      }
    }
    for (; at < end; at++) {
      final byte c = b[at];
      if (c < 0) {
        return null;
      }
      if (c == '\t') {
        if (count - 1 < tabs.length) {
          tabs[count - 1] = at;
        }
        count++;
      }
    }
    if (count != columnCount || !SiteSyntax.provablyValid(b, start, tabs)) {
      return null;
    }
    final int pos = parsePos(b, tabs[0] + 1, tabs[1]);
    if (pos < 1) {
      return null;
    }
    final double qual = parseNumber(b, tabs[4] + 1, tabs[5]);
    if (qual == BAD || !SiteSyntax.plainQual(qual, tabs[5] - tabs[4] == 2 && b[tabs[4] + 1] == '.')) {
      return null;
    }
    final String contig = contig(b, start, tabs[0]);

    // REF, ALT (SiteSyntax has checked their letters)
    final int refStart = tabs[2] + 1;
    final int refEnd = tabs[3];
    final String ref;
    final byte[] refBytes;
    if (refEnd - refStart == 1 && BASE_STRINGS[upper(b[refStart])] != null) {
      ref = BASE_STRINGS[upper(b[refStart])];
      refBytes = BASE_BYTES[upper(b[refStart])];
    } else {
      refBytes = upperBytes(b, refStart, refEnd);
      ref = new String(refBytes, StandardCharsets.ISO_8859_1);
    }
    final List<String> alts;
    final byte[][] alleles;
    byte[] leads = null;
    final int altStart = tabs[3] + 1;
    final int altEnd = tabs[4];
    if (altEnd - altStart == 1 && b[altStart] == '.') {
      alts = List.of();
      alleles = new byte[][] {refBytes};
    } else {
      final List<String> list = new ArrayList<>(2);
      final List<byte[]> bytes = new ArrayList<>(2);
      int from = altStart;
      while (from <= altEnd) {
        int comma = from;
        while (comma < altEnd && b[comma] != ',') {
          comma++;
        }
        final boolean bases = b[from] != '<' && !(comma - from == 1 && b[from] == '*');
        if (bases && comma - from == 1) {
          list.add(BASE_STRINGS[b[from]]);
          bytes.add(BASE_BYTES[b[from]]);
        } else {
          final String alt = new String(b, from, comma - from, StandardCharsets.ISO_8859_1);
          list.add(alt);
          bytes.add(bases ? alt.getBytes(StandardCharsets.ISO_8859_1) : null);
        }
        from = comma + 1;
      }
      alts = list.size() == 1 ? List.of(list.get(0)) : List.copyOf(list);
      alleles = new byte[bytes.size() + 1][];
      alleles[0] = refBytes;
      for (int i = 0; i < bytes.size(); i++) {
        alleles[i + 1] = bytes.get(i);
        if (alleles[i + 1] == null) {
          if (leads == null) {
            leads = new byte[alleles.length];
          }
          leads[i + 1] = (byte) list.get(i).charAt(0);
        }
      }
    }
    final String filter = filter(b, tabs[5] + 1, tabs[6]);

    // FORMAT and the sample's GT, FT, GQ
    if (!format(b, tabs[7] + 1, tabs[8])) {
      return null;
    }
    final int sampleStart = tabs[sampleColumn - 1] + 1;
    final int sampleEnd = sampleColumn + 1 < count ? tabs[sampleColumn] : end;
    final long gtRange = field(b, sampleStart, sampleEnd, gtIndex);
    final long ftRange = ftIndex < 0 ? -1 : field(b, sampleStart, sampleEnd, ftIndex);
    final long gqRange = gqIndex < 0 ? -1 : field(b, sampleStart, sampleEnd, gqIndex);
    final String gtText = gtRange < 0 ? "." : gt(b, (int) (gtRange >>> 32), (int) gtRange);
    final int[] genotype = parseGt(gtText, alleles.length);
    if (genotype == null) {
      return null;
    }
    final String ft = ftRange < 0 ? null : filter(b, (int) (ftRange >>> 32), (int) ftRange);
    double gq = Double.NaN;
    if (gqRange >= 0) {
      final int s = (int) (gqRange >>> 32);
      final int e = (int) gqRange;
      if (e > s && !(e - s == 1 && b[s] == '.')) {
        gq = parseNumber(b, s, e);
        if (gq == BAD) {
          return null;
        }
      }
    }
    final boolean phased = gtText.indexOf('|') >= 0 && gtText.indexOf('/') < 0;
    final boolean pass = ("PASS".equals(filter) || ".".equals(filter))
        && (ft == null || "PASS".equals(ft) || ".".equals(ft));
    final double s = score == ScoreField.QUAL ? qual : gq;
    if (gtRange < 0) {
      // Noted only once the line is taken here: a line handed to the String path is noted there.
      fallback.noteNoGtValue(lineNo, contig, pos);
    }
    final Variant variant = new Variant(id, pos - 1, alleles, leads, genotype, phased, pass, s);
    return new LoadedRecord(contig, pos, ref, alts, filter, qual, gtText, ft, gq, lineNo, variant);
  }

  private String contig(byte[] b, int s, int e) {
    final String last = lastContig;
    if (last != null && last.length() == e - s) {
      boolean same = true;
      for (int i = 0; i < e - s && same; i++) {
        same = last.charAt(i) == b[s + i];
      }
      if (same) {
        return last;
      }
    }
    lastContig = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    return lastContig;
  }

  /** POS: 1 to 2^31-1 in at most ten digits, else -1 (the String path then reports it). */
  private static int parsePos(byte[] b, int s, int e) {
    if (e <= s || e - s > 10) {
      return -1;
    }
    long v = 0;
    for (int i = s; i < e; i++) {
      final int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v >= 1 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  /** Marks a number this parser does not read (never a parse result: it is not a possible VCF value). */
  private static final double BAD = -Double.MAX_VALUE;
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
      1e14, 1e15};

  /**
   * A QUAL or GQ value: {@code .} is NaN; {@code digits[.digits]} with at most 15 digits is exact as
   * {@code mantissa / 10^k} (both exact doubles, one correctly rounded division, as Double.parseDouble gives);
   * anything else goes through Double.parseDouble, and {@link #BAD} if that fails.
   */
  private static double parseNumber(byte[] b, int s, int e) {
    if (e - s == 1 && b[s] == '.') {
      return Double.NaN;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    boolean simple = e > s;
    for (int i = s; i < e && simple; i++) {
      final byte c = b[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (c == '.' && fraction < 0 && i > s && i + 1 < e) {
        fraction = 0;
      } else {
        simple = false;
      }
    }
    if (simple && digits <= 15) {
      return fraction <= 0 ? (double) mantissa : mantissa / POW10[fraction];
    }
    try {
      return Double.parseDouble(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    } catch (NumberFormatException ex) {
      return BAD;
    }
  }

  private static String filter(byte[] b, int s, int e) {
    if (e - s == 1 && b[s] == '.') {
      return ".";
    }
    if (e - s == 4 && b[s] == 'P' && b[s + 1] == 'A' && b[s + 2] == 'S' && b[s + 3] == 'S') {
      return "PASS";
    }
    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
  }

  /** Reads the FORMAT layout (cached while it repeats); false if it has no GT (the String path skips it). */
  private boolean format(byte[] b, int s, int e) {
    final byte[] last = lastFormat;
    if (last != null && last.length == e - s) {
      boolean same = true;
      for (int i = 0; i < last.length && same; i++) {
        same = last[i] == b[s + i];
      }
      if (same) {
        return true;
      }
    }
    gtIndex = -1;
    ftIndex = -1;
    gqIndex = -1;
    int idx = 0;
    int from = s;
    while (from <= e) {
      int colon = from;
      while (colon < e && b[colon] != ':') {
        colon++;
      }
      if (colon - from == 2) {
        if (b[from] == 'G' && b[from + 1] == 'T') {
          gtIndex = idx;
        } else if (b[from] == 'F' && b[from + 1] == 'T') {
          ftIndex = idx;
        } else if (b[from] == 'G' && b[from + 1] == 'Q') {
          gqIndex = idx;
        }
      }
      idx++;
      from = colon + 1;
    }
    if (gtIndex < 0) {
      lastFormat = null;
      return false;
    }
    lastFormat = java.util.Arrays.copyOfRange(b, s, e);
    return true;
  }

  /** The {@code index}-th colon-separated subfield of {@code b[s, e)} as {@code start << 32 | end}, or -1. */
  private static long field(byte[] b, int s, int e, int index) {
    int from = s;
    for (int i = 0; i < index; i++) {
      int c = from;
      while (c < e && b[c] != ':') {
        c++;
      }
      if (c >= e) {
        return -1;
      }
      from = c + 1;
    }
    int end = from;
    while (end < e && b[end] != ':') {
      end++;
    }
    return (long) from << 32 | end;
  }

  private static String gt(byte[] b, int s, int e) {
    if (e - s == 3 && (b[s + 1] == '/' || b[s + 1] == '|')) {
      final String shared = GT3[gt3Index((char) b[s], (char) b[s + 1], (char) b[s + 2])];
      if (shared != null) {
        return shared;
      }
    }
    return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
  }

  private static int gt3Index(char a, char sep, char b) {
    return ((a & 127) * 2 + (sep == '|' ? 1 : 0)) * 128 + (b & 127);
  }

  /**
   * As {@link VcfRecordParser}'s GT parsing, but null (for the String path to report) instead of an error for a
   * malformed GT or an allele index out of range.
   */
  private static int[] parseGt(String gt, int alleleCount) {
    int start = 0;
    if (!gt.isEmpty() && (gt.charAt(0) == '|' || gt.charAt(0) == '/')) {
      start = 1;
    }
    int ploidy = 1;
    for (int i = start; i < gt.length(); i++) {
      final char c = gt.charAt(i);
      if (c == '/' || c == '|') {
        ploidy++;
      }
    }
    final int[] out = new int[ploidy];
    int h = 0;
    int i = start;
    while (h < ploidy) {
      int j = i;
      while (j < gt.length() && gt.charAt(j) != '/' && gt.charAt(j) != '|') {
        j++;
      }
      if (j - i == 1 && gt.charAt(i) == '.') {
        out[h++] = -1;
      } else {
        if (j <= i || j - i > 9) {
          return null;
        }
        long v = 0;
        for (int k = i; k < j; k++) {
          final char c = gt.charAt(k);
          if (c < '0' || c > '9') {
            return null;
          }
          v = v * 10 + (c - '0');
        }
        if (v >= alleleCount) {
          return null;
        }
        out[h++] = (int) v;
      }
      i = j + 1;
    }
    return out;
  }

  private static int upper(byte c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  }

  private static byte[] upperBytes(byte[] b, int s, int e) {
    final byte[] out = new byte[e - s];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) upper(b[s + i]);
    }
    return out;
  }
}
