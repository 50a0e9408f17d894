package dk.harness.testkit;

import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A deliberately small VCF reader for test fixtures: the synthetic vcfeval/hap.py cases and VCF lines written in
 * Java source. It is independent of the io module (so it also reads header-less snippets) and builds the same
 * {@link LoadedRecord}s io does. Stateless; not a validator beyond what it needs to build a {@link Variant}.
 *
 * <p>Rules: REF is upper-cased; an ALT of {@code .} means no ALT; an ALT that starts with {@code *} or
 * {@code <}, or holds a breakend bracket, is not replayable and becomes a {@code null} allele; GT indices are
 * split on {@code /} or {@code |} ({@code .} is missing, {@code |} anywhere makes it phased); a record passes
 * when FILTER is {@code PASS} or {@code .} and the sample's FT (if any) is {@code PASS} or {@code .}. A
 * record's {@link Variant#id()} is its ordinal among the records of its contig in this input.
 */
public final class TinyVcf {
  private TinyVcf() {
  }

  /**
   * A parsed VCF.
   *
   * @param samples sample names of the {@code #CHROM} line (empty if there was none)
   * @param contigs records per contig, contigs in order of first appearance, records in file order
   */
  public record Parsed(List<String> samples, Map<String, List<LoadedRecord>> contigs) {
    public Parsed {
      samples = List.copyOf(samples);
      final Map<String, List<LoadedRecord>> copy = new LinkedHashMap<>();
      contigs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      contigs = Collections.unmodifiableMap(copy);
    }

    /** All records of all contigs, in order. */
    public List<LoadedRecord> all() {
      final List<LoadedRecord> out = new ArrayList<>();
      contigs.values().forEach(out::addAll);
      return out;
    }

    /** The records of one contig (empty if none). */
    public List<LoadedRecord> contig(String name) {
      return contigs.getOrDefault(name, List.of());
    }
  }

  /**
   * Reads a VCF file (plain, gzip or bgzip).
   *
   * @param vcf the file
   * @param sample the sample column to read, or null for the first
   * @param score which field becomes {@link Variant#score()}
   * @throws IllegalArgumentException naming file and line on a malformed record or an unknown sample
   */
  public static Parsed read(Path vcf, String sample, ScoreField score) {
    try (BufferedReader r = open(vcf)) {
      final List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      return parse(vcf.toString(), lines, "\t", sample, score);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + vcf, e);
    }
  }

  /** Opens a text file, decompressing gzip/bgzip (multi-member) transparently. */
  public static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    in = new java.io.BufferedInputStream(in);
    in.mark(2);
    final int b0 = in.read();
    final int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Parses VCF lines.
   *
   * @param source name used in messages
   * @param lines header and record lines; blank lines are ignored
   * @param separator column separator as a regex ({@code "\t"} for files, {@code "\\s+"} for snippets)
   * @param sample the sample column to read, or null for the first
   * @param score which field becomes the score
   */
  public static Parsed parse(String source, List<String> lines, String separator, String sample, ScoreField score) {
    List<String> samples = List.of();
    int sampleColumn = sample == null ? 9 : -1;
    final Map<String, List<LoadedRecord>> contigs = new LinkedHashMap<>();
    long lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("##")) {
        continue;
      }
      final String[] f = line.strip().split(separator);
      if (line.startsWith("#")) {
        samples = f.length > 9 ? Arrays.asList(Arrays.copyOfRange(f, 9, f.length)) : List.of();
        if (sample != null) {
          final int i = samples.indexOf(sample);
          if (i < 0) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": no sample '" + sample + "' among " + samples);
          }
          sampleColumn = 9 + i;
        }
        continue;
      }
      if (sampleColumn < 0) {
        throw new IllegalArgumentException(source + ": sample '" + sample + "' requested but there is no #CHROM line");
      }
      final List<LoadedRecord> list = contigs.computeIfAbsent(f[0], k -> new ArrayList<>());
      list.add(record(source, lineNo, f, sampleColumn, list.size(), score));
    }
    return new Parsed(samples, contigs);
  }

  private static LoadedRecord record(String source, long lineNo, String[] f, int sampleColumn, int id, ScoreField score) {
    final String where = source + ":" + lineNo + ": ";
    if (f.length <= sampleColumn) {
      throw new IllegalArgumentException(where + "expected at least " + (sampleColumn + 1) + " columns (GT needed), got "
          + f.length);
    }
    final int pos;
    try {
      pos = Integer.parseInt(f[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "bad POS '" + f[1] + "'");
    }
    final String ref = f[3].toUpperCase(Locale.ROOT);
    final List<String> alts = f[4].equals(".") ? List.of() : Arrays.asList(f[4].toUpperCase(Locale.ROOT).split(","));
    final byte[][] alleles = new byte[alts.size() + 1][];
    alleles[0] = ref.getBytes(StandardCharsets.US_ASCII);
    final byte[] leads = new byte[alleles.length];
    for (int i = 0; i < alts.size(); i++) {
      final String a = alts.get(i);
      final boolean replayable = !a.isEmpty() && a.charAt(0) != '*' && a.charAt(0) != '<' && a.indexOf('[') < 0
          && a.indexOf(']') < 0;
      alleles[i + 1] = replayable ? a.getBytes(StandardCharsets.US_ASCII) : null;
      leads[i + 1] = a.isEmpty() ? (byte) '*' : (byte) a.charAt(0);
    }
    final String[] format = f[8].split(":");
    final String[] values = f[sampleColumn].split(":");
    final String gt = field(format, values, "GT");
    if (gt == null) {
      throw new IllegalArgumentException(where + "no GT in FORMAT '" + f[8] + "'");
    }
    final String ft = field(format, values, "FT");
    final double qual = number(f[5]);
    final double gq = number(field(format, values, "GQ"));
    final boolean pass = (f[6].equals("PASS") || f[6].equals("."))
        && (ft == null || ft.equals("PASS") || ft.equals(".") || ft.isEmpty());
    final String[] calls = gt.split("[/|]");
    final int[] genotype = new int[calls.length];
    for (int h = 0; h < calls.length; h++) {
      try {
        genotype[h] = calls[h].equals(".") ? -1 : Integer.parseInt(calls[h]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "bad GT '" + gt + "'");
      }
      if (genotype[h] >= alleles.length) {
        throw new IllegalArgumentException(where + "GT '" + gt + "' refers to allele " + genotype[h] + " but there are "
            + alts.size() + " ALT alleles");
      }
    }
    final Variant v = new Variant(id, pos - 1, alleles, leads, genotype, gt.indexOf('|') >= 0, pass,
        score == ScoreField.QUAL ? qual : gq);
    return new LoadedRecord(f[0], pos, ref, alts, f[6], qual, gt, ft, gq, lineNo, v);
  }

  private static String field(String[] format, String[] values, String key) {
    for (int i = 0; i < format.length; i++) {
      if (format[i].equals(key)) {
        return i < values.length ? values[i] : null;
      }
    }
    return null;
  }

  private static double number(String s) {
    if (s == null || s.isEmpty() || s.equals(".")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
