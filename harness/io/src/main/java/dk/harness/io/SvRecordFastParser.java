package dk.harness.io;

import dk.harness.core.sv.Genotype;
import dk.harness.core.sv.SvRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The common case of {@link SvVcfReader}'s record parsing, on the line's bytes: columns are found by one scan and
 * only the fields the SV engine keeps become Strings (a record of GIAB's SV truth set has some 50 INFO keys and
 * 1.8 kB of text, of which five keys matter), and a record that will never be written keeps no text at all.
 * Fields are decoded as UTF-8 one by one, which gives the same Strings as decoding the line and cutting it at the
 * ASCII separators. Gives exactly what the general parser gives, or null whenever the line is anything but plain (a
 * malformed column, a POS in an unusual spelling, a bad GT), and then the general parser, which also words the
 * errors, takes the line. Not thread-safe: one per file being read.
 */
final class SvRecordFastParser {
  private static final List<String> PASS = List.of("PASS");

  private int[] tabs = new int[10];
  /** GT values are few ("0/1", "1/1", "./.") and {@link Genotype} is immutable: parse each once. */
  private final Map<String, Genotype> genotypes = new HashMap<>();

  /**
   * @param b the buffer holding the line in {@code [from, to)}, without its terminator
   * @param contig the previous record's contig (its String is reused when this record is on it), or null
   * @param passOnly a record that does not pass FILTER gets no text (see {@link SvVcfReader#read(java.nio.file.Path,
   *     String, boolean)})
   * @return the record, or null when the general parser must read the line
   */
  SvRecord parse(byte[] b, int from, int to, long no, int index, int sampleColumn, String contig, boolean passOnly) {
    final int need = Math.max(8, sampleColumn);
    if (tabs.length <= need) {
      tabs = new int[need + 1];
    }
    // Tabs eight bytes at a time: the scan runs through INFO to reach FORMAT and the sample.
    int n = 0;
    int i = from;
    while (i + 8 <= to && n <= need) {
      long hits = WordScan.matches(WordScan.word(b, i), (byte) '\t');
      while (hits != 0 && n <= need) {
        tabs[n++] = i + WordScan.first(hits);
        hits &= hits - 1;
      }
      i += 8;
    }
    for (; i < to && n <= need; i++) {
      if (b[i] == '\t') {
        tabs[n++] = i;
      }
    }
    if (n < 7) {
      return null; // fewer than 8 columns
    }
    final int pos = digits(b, start(1, from), tabs[1]);
    if (pos < 1) {
      return null;
    }
    final String chrom = contig != null && same(b, from, tabs[0], contig) ? contig : text(b, from, tabs[0]);
    final String id = text(b, start(2, from), tabs[2]);
    final String ref = text(b, start(3, from), tabs[3]);
    final String alt = text(b, start(4, from), tabs[4]);
    if (ref.isEmpty() || alt.isEmpty()) {
      return null;
    }
    final List<String> alts = alt.equals(".") ? List.of() : alt.indexOf(',') < 0 ? List.of(alt)
        : List.of(alt.split(",", -1));
    final int fs = start(6, from);
    final int fe = tabs[6];
    final List<String> filters;
    if (fe == fs || (fe - fs == 1 && b[fs] == '.')) {
      filters = List.of();
    } else if (fe - fs == 4 && b[fs] == 'P' && b[fs + 1] == 'A' && b[fs + 2] == 'S' && b[fs + 3] == 'S') {
      filters = PASS;
    } else {
      filters = List.of(text(b, fs, fe).split(";"));
    }
    String svtype = null;
    String svlen = null;
    Integer end = null;
    int cipos = 0;
    int ciend = 0;
    final int is = start(7, from);
    final int ie = end(7, n, to);
    if (!(ie - is == 1 && b[is] == '.')) {
      int s = is;
      while (s < ie) {
        final int e = semicolon(b, s, ie);
        // Only five keys matter; a key is the part before the first '=', so "SVTYPE" must be followed by '=' or
        // end the entry, and the value is everything after that '=' ("" without one).
        final byte k0 = b[s];
        if (k0 == 'S' || k0 == 'E' || k0 == 'C') {
          if (key(b, s, e, "SVTYPE")) {
            final String value = value(b, s + 6, e);
            svtype = value.equals(".") ? "" : SvVcfReader.first(value);
          } else if (key(b, s, e, "SVLEN")) {
            final String value = value(b, s + 5, e);
            svlen = value.equals(".") || SvVcfReader.first(value).equals(".") ? "" : SvVcfReader.first(value);
          } else if (key(b, s, e, "END")) {
            end = SvVcfReader.integer(value(b, s + 3, e));
          } else if (key(b, s, e, "CIPOS")) {
            cipos = SvVcfReader.secondAbs(value(b, s + 5, e));
          } else if (key(b, s, e, "CIEND")) {
            ciend = SvVcfReader.secondAbs(value(b, s + 5, e));
          }
        }
        s = e + 1;
      }
    }
    Genotype gt = null;
    if (sampleColumn >= 0 && n >= 8) {
      final int gi = segmentIndex(b, start(8, from), end(8, n, to));
      if (gi >= 0) {
        String v = ".";
        if (sampleColumn <= n) {
          v = segment(b, start(sampleColumn, from), end(sampleColumn, n, to), gi);
        }
        gt = genotypes.get(v);
        if (gt == null) {
          gt = Genotype.parse(v);
          if (gt == null) {
            return null; // the general parser words the error
          }
          genotypes.put(v, gt);
        }
      }
    }
    final boolean passes = filters.isEmpty() || filters.contains("PASS");
    final String line = passOnly && !passes ? null : text(b, from, to);
    return new SvRecord(index, no, chrom, pos, id, ref, alts, filters, svtype, svlen, end, cipos, ciend, gt, line);
  }

  private int start(int column, int from) {
    return column == 0 ? from : tabs[column - 1] + 1;
  }

  private int end(int column, int n, int to) {
    return column < n ? tabs[column] : to;
  }

  private static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** The value after '=' at {@code eq} up to {@code e}; "" for a key without '='. */
  private static String value(byte[] b, int eq, int e) {
    return eq < e ? text(b, eq + 1, e) : "";
  }

  private static boolean same(byte[] b, int from, int to, String s) {
    if (to - from != s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A POS of 1 to 9 plain digits, else -1 (signs, longer spellings and so on go the general way). */
  private static int digits(byte[] b, int from, int to) {
    if (to - from < 1 || to - from > 9) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      final int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  /** The INFO entry {@code [at, e)} has the key {@code name}: the name, then '=' or the entry's end. */
  private static boolean key(byte[] b, int at, int e, String name) {
    final int after = at + name.length();
    return after <= e && (after == e || b[after] == '=') && same(b, at, after, name);
  }

  /** The first ';' in {@code [from, to)}, or {@code to}; eight bytes at a time (INFO is most of a record's text). */
  private static int semicolon(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      final long hits = WordScan.matches(WordScan.word(b, i), (byte) ';');
      if (hits != 0) {
        return i + WordScan.first(hits);
      }
      i += 8;
    }
    while (i < to && b[i] != ';') {
      i++;
    }
    return i;
  }

  /** Index of the first ':'-separated segment of {@code [from, to)} that is "GT", or -1. */
  private static int segmentIndex(byte[] b, int from, int to) {
    int k = 0;
    int s = from;
    while (true) {
      int e = s;
      while (e < to && b[e] != ':') {
        e++;
      }
      if (e - s == 2 && b[s] == 'G' && b[s + 1] == 'T') {
        return k;
      }
      if (e >= to) {
        return -1;
      }
      s = e + 1;
      k++;
    }
  }

  /** The {@code k}-th ':'-separated segment of {@code [from, to)}, or "." when there are fewer. */
  private static String segment(byte[] b, int from, int to, int k) {
    int s = from;
    for (int i = 0; i < k; i++) {
      while (s < to && b[s] != ':') {
        s++;
      }
      if (s >= to) {
        return ".";
      }
      s++;
    }
    int e = s;
    while (e < to && b[e] != ':') {
      e++;
    }
    return text(b, s, e);
  }
}
