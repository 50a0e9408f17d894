package dk.harness.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Line-level helpers on VCF text held as a list of lines (index i is line i + 1 of the file). */
final class Vcf {
  /** Inside the NA12878 confident regions (chr20:10,000,846-10,010,531), where a damage must move counts. */
  static final int NA_CONFIDENT_FROM = 10_001_000;
  static final int NA_CONFIDENT_TO = 10_010_000;

  private Vcf() {
  }

  static int firstData(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("#")) {
        return i;
      }
    }
    throw new IllegalStateException("no data line");
  }

  static int chromLine(List<String> lines) {
    return firstData(lines) - 1;
  }

  static int pos(String line) {
    return Integer.parseInt(fields(line)[1]);
  }

  /** Index of the k-th (0-based) data line inside the NA12878 confident regions. */
  static int confident(List<String> lines, int k) {
    int seen = 0;
    for (int i = firstData(lines); i < lines.size(); i++) {
      final int p = pos(lines.get(i));
      if (p >= NA_CONFIDENT_FROM && p <= NA_CONFIDENT_TO && seen++ == k) {
        return i;
      }
    }
    throw new IllegalStateException("fewer than " + (k + 1) + " confident records");
  }

  /** Index of the k-th data line that is a biallelic SNP inside the confident regions. */
  static int confidentSnp(List<String> lines, int k) {
    int seen = 0;
    for (int i = 0; ; i++) {
      final int at = confident(lines, i);
      final String[] f = fields(lines.get(at));
      if (f[3].length() == 1 && f[4].length() == 1 && seen++ == k) {
        return at;
      }
    }
  }

  static String[] fields(String line) {
    return line.split("\t", -1);
  }

  static String join(String[] f) {
    return String.join("\t", f);
  }

  /** The line with column {@code col} (0-based) replaced. */
  static String set(String line, int col, String value) {
    final String[] f = fields(line);
    f[col] = value;
    return join(f);
  }

  static List<String> header(List<String> lines) {
    return new ArrayList<>(lines.subList(0, firstData(lines)));
  }

  /** Every data line transformed, header kept. */
  static List<String> mapData(List<String> lines, UnaryOperator<String> op) {
    final List<String> out = new ArrayList<>(lines);
    for (int i = firstData(lines); i < out.size(); i++) {
      out.set(i, op.apply(out.get(i)));
    }
    return out;
  }

  /** Header lines removed when they start with the prefix. */
  static List<String> dropHeader(List<String> lines, String prefix) {
    final List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (!(l.startsWith("##") && l.startsWith(prefix))) {
        out.add(l);
      }
    }
    return out;
  }

  /** A meta line inserted just before the #CHROM line. */
  static List<String> addMeta(List<String> lines, String meta) {
    final List<String> out = new ArrayList<>(lines);
    out.add(chromLine(lines), meta);
    return out;
  }

  /** The sample column and the FORMAT column duplicated under new sample names. */
  static List<String> addSamples(List<String> lines, String... names) {
    final List<String> out = new ArrayList<>(lines);
    final int c = chromLine(lines);
    out.set(c, out.get(c) + "\t" + String.join("\t", names));
    for (int i = c + 1; i < out.size(); i++) {
      final String[] f = fields(out.get(i));
      out.set(i, out.get(i) + ("\t" + f[9]).repeat(names.length));
    }
    return out;
  }
}
