package dk.harness.io;

import dk.harness.core.Variant;
import htsjdk.variant.vcf.VCFCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one VCF data line into a {@link LoadedRecord}, validating it. The site is checked by htsjdk's
 * {@link VCFCodec} (REF/ALT/QUAL/FILTER/INFO syntax), except where {@link SiteSyntax} proves that the codec
 * would accept it (almost every line of a normal VCF), which saves building a throw-away VariantContext; so the
 * accepted lines and every error message stay htsjdk's. The selected sample's GT, FT and GQ are read from the
 * text directly, which is cheaper than htsjdk's full genotype decoding and gives exact messages. Not thread-safe
 * (it reuses the codec and caches the last FORMAT layout).
 */
final class VcfRecordParser {
  private static final int FORMAT_COL = 8;

  private final Path path;
  private final VCFCodec codec;
  private final int sampleColumn;
  private final int columnCount;
  private final ScoreField score;
  private final int[] tabs;
  private final boolean alwaysDecode;
  private final DialectWarnings warnings;

  private String lastFormat;
  private int gtIndex;
  private int ftIndex;
  private int gqIndex;
  private String lastContig;
  private int lastPos;

  /**
   * @param codec a codec whose header has been read
   * @param sampleIndex index of the selected sample among the header's samples
   * @param sampleCount number of samples in the header
   * @param alwaysDecode run htsjdk's decode on every line (the reference path; needed when htsjdk decodes
   *     genotypes eagerly, i.e. the header's samples are not sorted), instead of only where {@link SiteSyntax}
   *     cannot prove the line valid
   * @param warnings where accepted dialect deviations (an empty INFO column, a record without GT) are noted
   */
  VcfRecordParser(Path path, VCFCodec codec, int sampleIndex, int sampleCount, ScoreField score,
      boolean alwaysDecode, DialectWarnings warnings) {
    this.path = path;
    this.warnings = warnings;
    this.alwaysDecode = alwaysDecode;
    this.codec = codec;
    this.sampleColumn = FORMAT_COL + 1 + sampleIndex;
    this.columnCount = FORMAT_COL + 1 + sampleCount;
    this.score = score;
    this.tabs = new int[sampleColumn + 1];
  }

  /** The CHROM text of a data line, or null if the line has no tab. */
  static String chrom(String line) {
    final int t = line.indexOf('\t');
    return t < 0 ? null : line.substring(0, t);
  }

  /**
   * Parses and validates one data line.
   *
   * @param lineNo 1-based line number for messages, or -1 if unknown (then the message names chr:pos)
   * @param id the record's ordinal within its contig, becomes {@link Variant#id()}
   * @return the record, or null for a valid record whose FORMAT has no GT: vcfeval skips those (gVCF blocks,
   *     annotation-only records), and so does the caller; {@link #lastPos()} then gives its POS
   * @throws InputException if the line is malformed
   */
  LoadedRecord parse(String line, long lineNo, int id) {
    final int n = splitColumns(line, lineNo);
    final String contig = contig(line, tabs[0]);
    final int pos = parsePos(line, lineNo);
    final String qualText = line.substring(tabs[4] + 1, tabs[5]);
    final double qual = parseQual(qualText, lineNo, contig, pos);
    lastPos = pos;
    // Lines with INFO END always reach the codec (SiteSyntax refuses them), so its END is the record's span.
    int spanEnd = -1;
    try {
      if (tabs[7] == tabs[6] + 1) {
        // htsjdk refuses an empty INFO column, htslib reads it as '.'; no count depends on INFO.
        warnings.note(DialectWarnings.Kind.EMPTY_INFO, lineNo, contig + ":" + pos);
        codec.decode(LenientHeader.forCodec(line));
      } else if (alwaysDecode || !SiteSyntax.plainQual(qual, ".".equals(qualText))
          || !SiteSyntax.provablyValid(line, tabs)) {
        spanEnd = codec.decode(line).getEnd();
      }
    } catch (RuntimeException e) {
      throw error(lineNo, contig, pos, "malformed record (" + codecMessage(e) + ")",
          "fix or remove the record; check the file with 'bcftools view'", e);
    }
    final String ref = upper(line.substring(tabs[2] + 1, tabs[3]));
    final List<String> alts = splitAlts(line.substring(tabs[3] + 1, tabs[4]));
    final String filter = line.substring(tabs[5] + 1, tabs[6]);

    final String format = line.substring(tabs[7] + 1, tabs[8]);
    if (!readFormat(format)) {
      warnings.note(DialectWarnings.Kind.NO_GT, lineNo, contig + ":" + pos + " (FORMAT '" + format + "')");
      return null;
    }
    final int sampleEnd = sampleColumn + 1 < n ? tabs[sampleColumn] : line.length();
    final String sample = line.substring(tabs[sampleColumn - 1] + 1, sampleEnd);
    final String gt = field(sample, gtIndex);
    final String ft = ftIndex < 0 ? null : field(sample, ftIndex);
    final String gqText = gqIndex < 0 ? null : field(sample, gqIndex);
    final double gq = parseGq(gqText, lineNo, contig, pos);

    final byte[][] alleles = new byte[alts.size() + 1][];
    alleles[0] = ref.getBytes(StandardCharsets.US_ASCII);
    byte[] leads = null;
    for (int i = 0; i < alts.size(); i++) {
      final String alt = alts.get(i);
      alleles[i + 1] = replayable(alt) ? alt.getBytes(StandardCharsets.US_ASCII) : null;
      if (alleles[i + 1] == null) {
        if (leads == null) {
          leads = new byte[alleles.length];
        }
        leads[i + 1] = alt.isEmpty() ? (byte) '*' : (byte) alt.charAt(0);
      }
    }
    if (gt == null) {
      noteNoGtValue(lineNo, contig, pos);
    }
    final String gtText = gt == null ? "." : gt;
    final int[] genotype = parseGt(gtText, alleles.length, lineNo, contig, pos);
    final boolean phased = gtText.indexOf('|') >= 0 && gtText.indexOf('/') < 0;
    final boolean pass = ("PASS".equals(filter) || ".".equals(filter))
        && (ft == null || "PASS".equals(ft) || ".".equals(ft));
    final double s = score == ScoreField.QUAL ? qual : gq;
    final Variant variant = new Variant(id, pos - 1, alleles, leads, genotype, phased, pass, s);
    return new LoadedRecord(contig, pos, ref, alts, filter, qual, gtText, ft, gq, lineNo, variant, spanEnd);
  }

  /** Records tab positions up to the sample column; returns the column count. */
  private int splitColumns(String line, long lineNo) {
    int count = 1;
    int from = 0;
    while (true) {
      final int t = line.indexOf('\t', from);
      if (t < 0) {
        break;
      }
      if (count - 1 < tabs.length) {
        tabs[count - 1] = t;
      }
      count++;
      from = t + 1;
    }
    if (count != columnCount) {
      final String contig = count > 1 ? line.substring(0, tabs[0]) : null;
      throw new InputException(path, lineNo, (lineNo < 0 && contig != null ? "record on " + contig + ": " : "")
          + "expected " + columnCount + " tab-separated columns (8 fixed, FORMAT and " + (columnCount - 9)
          + " sample" + (columnCount == 10 ? "" : "s") + "), found " + count,
          "fix the line; columns must be separated by single tabs");
    }
    return count;
  }

  private String contig(String line, int end) {
    if (lastContig != null && lastContig.length() == end && line.startsWith(lastContig)) {
      return lastContig;
    }
    lastContig = line.substring(0, end);
    return lastContig;
  }

  private int parsePos(String line, long lineNo) {
    final int s = tabs[0] + 1;
    final int e = tabs[1];
    long v = 0;
    boolean ok = e > s && e - s <= 10;
    for (int i = s; ok && i < e; i++) {
      final char c = line.charAt(i);
      if (c < '0' || c > '9') {
        ok = false;
      } else {
        v = v * 10 + (c - '0');
      }
    }
    if (!ok || v < 1 || v > Integer.MAX_VALUE) {
      throw new InputException(path, lineNo, (lineNo < 0 ? "record on " + lastContig + ": " : "")
          + "POS '" + line.substring(s, e) + "' is not a positive integer", "fix or remove the record");
    }
    return (int) v;
  }

  /**
   * Notes a record whose FORMAT has GT but whose sample column stops before it: read as a no-call, as vcfeval
   * reads it (so it is not counted), and warned about once.
   */
  void noteNoGtValue(long lineNo, String contig, int pos) {
    warnings.note(DialectWarnings.Kind.NO_GT_VALUE, lineNo, contig + ":" + pos);
  }

  /** The POS of the line last given to {@link #parse} (also when it returned null). */
  int lastPos() {
    return lastPos;
  }

  /** Reads the FORMAT layout (cached while it repeats); false if it has no GT. */
  private boolean readFormat(String format) {
    if (format.equals(lastFormat)) {
      return true;
    }
    gtIndex = -1;
    ftIndex = -1;
    gqIndex = -1;
    int idx = 0;
    int from = 0;
    while (from <= format.length()) {
      int colon = format.indexOf(':', from);
      if (colon < 0) {
        colon = format.length();
      }
      final int len = colon - from;
      if (len == 2) {
        if (format.startsWith("GT", from)) {
          gtIndex = idx;
        } else if (format.startsWith("FT", from)) {
          ftIndex = idx;
        } else if (format.startsWith("GQ", from)) {
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
    lastFormat = format;
    return true;
  }

  /** The {@code index}-th colon-separated subfield, or null if the column has fewer subfields. */
  private static String field(String sample, int index) {
    int from = 0;
    for (int i = 0; i < index; i++) {
      final int c = sample.indexOf(':', from);
      if (c < 0) {
        return null;
      }
      from = c + 1;
    }
    final int end = sample.indexOf(':', from);
    return sample.substring(from, end < 0 ? sample.length() : end);
  }

  private double parseQual(String text, long lineNo, String contig, int pos) {
    if (".".equals(text)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(lineNo, contig, pos, "QUAL '" + text + "' is not a number", "fix or remove the record", e);
    }
  }

  private double parseGq(String text, long lineNo, String contig, int pos) {
    if (text == null || text.isEmpty() || ".".equals(text)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(lineNo, contig, pos, "GQ '" + text + "' is not a number", "fix or remove the record", e);
    }
  }

  private int[] parseGt(String gt, int alleleCount, long lineNo, String contig, int pos) {
    int start = 0;
    // VCF 4.4 allows a leading phasing marker on the first allele ("|1").
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
      out[h++] = parseAlleleIndex(gt, i, j, alleleCount, lineNo, contig, pos);
      i = j + 1;
    }
    return out;
  }

  private int parseAlleleIndex(String gt, int s, int e, int alleleCount, long lineNo, String contig, int pos) {
    if (e - s == 1 && gt.charAt(s) == '.') {
      return -1;
    }
    long v = 0;
    boolean ok = e > s && e - s <= 9;
    for (int i = s; ok && i < e; i++) {
      final char c = gt.charAt(i);
      if (c < '0' || c > '9') {
        ok = false;
      } else {
        v = v * 10 + (c - '0');
      }
    }
    if (!ok) {
      throw error(lineNo, contig, pos, "GT '" + gt + "' is malformed", "fix or remove the record", null);
    }
    if (v >= alleleCount) {
      throw error(lineNo, contig, pos, "GT allele index out of range: GT '" + gt + "' but the record has "
          + alleleCount + " allele" + (alleleCount == 1 ? "" : "s") + " (REF + " + (alleleCount - 1) + " ALT)",
          "fix the GT or the ALT column of the record", null);
    }
    return (int) v;
  }

  /** Whether an ALT can be replayed as bases: not symbolic ({@code <...>}), not a breakend, not {@code *}. */
  static boolean replayable(String alt) {
    if (alt.isEmpty() || alt.charAt(0) == '<' || "*".equals(alt)) {
      return false;
    }
    if (alt.length() > 1 && (alt.charAt(0) == '.' || alt.charAt(alt.length() - 1) == '.')) {
      return false;
    }
    return alt.indexOf('[') < 0 && alt.indexOf(']') < 0;
  }

  private static List<String> splitAlts(String altText) {
    if (".".equals(altText)) {
      return List.of();
    }
    final int comma = altText.indexOf(',');
    if (comma < 0) {
      return List.of(upperIfBases(altText));
    }
    final List<String> out = new ArrayList<>(4);
    int from = 0;
    while (true) {
      final int c = altText.indexOf(',', from);
      if (c < 0) {
        out.add(upperIfBases(altText.substring(from)));
        return out;
      }
      out.add(upperIfBases(altText.substring(from, c)));
      from = c + 1;
    }
  }

  /** Upper-cases a base allele; symbolic alleles and breakends stay verbatim. */
  private static String upperIfBases(String alt) {
    return replayable(alt) ? upper(alt) : alt;
  }

  /** Upper-cases ASCII letters, allocating only when needed. */
  private static String upper(String s) {
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return s.toUpperCase(java.util.Locale.ROOT);
      }
    }
    return s;
  }

  /** htsjdk's message without its own (approximate) line number, which would contradict ours. */
  private static String codecMessage(RuntimeException e) {
    final String msg = String.valueOf(e.getMessage());
    final String prefix = "The provided VCF file is malformed at approximately line number ";
    if (msg.startsWith(prefix)) {
      final int colon = msg.indexOf(": ", prefix.length());
      if (colon > 0) {
        return msg.substring(colon + 2);
      }
    }
    return msg;
  }

  private InputException error(long lineNo, String contig, int pos, String problem, String fix, Throwable cause) {
    final String where = lineNo < 0 ? "record " + contig + ":" + pos + ": " : "";
    return new InputException(path, lineNo, where + problem, fix, cause);
  }
}
