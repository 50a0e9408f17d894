package dk.harness.io;

import dk.harness.core.sv.Genotype;
import dk.harness.core.sv.SvInput;
import dk.harness.core.sv.SvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a VCF (plain, gzip or bgzip; no index needed) for the SV engine, keeping each record's INFO/SVTYPE,
 * SVLEN, END, CIPOS, CIEND and the chosen sample's GT uninterpreted (the engine types and sizes). Lenient where
 * real SV callers are sloppy (undeclared INFO keys, contigs without length, empty SVTYPE); strict where results
 * would be wrong (malformed columns, unsorted records): those raise {@link InputException} naming file and line.
 */
public final class SvVcfReader {
  private SvVcfReader() {
  }

  /**
   * @param sample the sample column to use, or null for the first (as Truvari does)
   * @throws InputException for an unreadable or malformed file, an unknown sample or unsorted records
   */
  public static SvVcf read(Path file, String sample) {
    return read(file, sample, false);
  }

  /**
   * As {@link #read(Path, String)}; with {@code passOnly} the records that do not pass FILTER are kept without their
   * text ({@link SvRecord#text()} null): Truvari's {@code --passonly} leaves them out before any comparison or
   * output, and a GIAB SV truth set is mostly such records (27,170 of 32,208 on 22 tiles of chr21), so holding
   * their long lines would only cost memory and garbage-collection time.
   *
   * @param passOnly the comparison runs with {@code passonly}
   */
  public static SvVcf read(Path file, String sample, boolean passOnly) {
    final List<String> meta = new ArrayList<>();
    final Map<String, Long> contigs = new LinkedHashMap<>();
    final Set<String> declaredInfo = new HashSet<>();
    final List<SvRecord> records = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    String columns = null;
    int sampleColumn = -1;
    String sampleName = null;
    boolean svlenUsed = false;
    try (TextLines in = TextLines.open(file, "VCF")) {
      final SvRecordFastParser fast = new SvRecordFastParser();
      final Set<String> finishedContigs = new HashSet<>();
      String contig = null;
      int lastPos = 0;
      while (in.nextLine()) {
        final long no = in.lineNumber();
        if (columns == null) {
          final String line = in.lineString();
          if (line.startsWith("##")) {
            meta.add(line);
            readMeta(line, contigs, declaredInfo);
            continue;
          }
          if (!line.startsWith("#CHROM")) {
            throw new InputException(file, no, "no '#CHROM' header line before the records",
                "give a VCF file (bcftools view -h shows its header)");
          }
          columns = line;
          final String[] cols = line.split("\t", -1);
          if (cols.length > 9) {
            sampleColumn = 9;
            if (sample != null) {
              sampleColumn = Arrays.asList(cols).subList(9, cols.length).indexOf(sample);
              if (sampleColumn < 0) {
                throw new InputException(file, no, "sample '" + sample + "' is not in the file (samples: "
                    + String.join(", ", Arrays.asList(cols).subList(9, cols.length)) + ")",
                    "give one of the file's sample names");
              }
              sampleColumn += 9;
            }
            sampleName = cols[sampleColumn];
          } else if (sample != null) {
            throw new InputException(file, no, "sample '" + sample + "' asked for but the file has no samples",
                "leave out the sample option for this file");
          }
          continue;
        }
        if (in.lineEnd() == in.lineStart()) {
          continue;
        }
        SvRecord r = fast.parse(in.buffer(), in.lineStart(), in.lineEnd(), no, records.size(), sampleColumn, contig,
            passOnly);
        if (r == null) {
          r = parse(file, no, in.lineString(), records.size(), sampleColumn);
          if (passOnly && !r.passes()) {
            r = withoutText(r);
          }
        }
        if (!r.contig().equals(contig)) {
          if (contig != null) {
            finishedContigs.add(contig);
          }
          if (finishedContigs.contains(r.contig())) {
            throw new InputException(file, no, "records of contig '" + r.contig() + "' are not together (the file "
                + "is not sorted)", "sort it: bcftools sort -Oz -o sorted.vcf.gz " + file.getFileName());
          }
          contig = r.contig();
          lastPos = 0;
        } else if (r.pos() < lastPos) {
          throw new InputException(file, no, "POS " + r.pos() + " comes after " + lastPos + " on contig '" + contig
              + "' (the file is not sorted)", "sort it: bcftools sort -Oz -o sorted.vcf.gz " + file.getFileName());
        }
        lastPos = r.pos();
        svlenUsed |= r.svlen() != null;
        records.add(r);
      }
    }
    if (columns == null) {
      throw new InputException(file, -1, "no '#CHROM' header line", "give a VCF file");
    }
    if (svlenUsed && !declaredInfo.contains("SVLEN")) {
      warnings.add(file + ": INFO/SVLEN is used but not declared in the header (read as an integer anyway; "
          + "Truvari 5.4 fails writing such records)");
    }
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      bytes = 0;
    }
    return new SvVcf(file, new SvInput(contigs, sampleColumn >= 0, records, bytes), meta, columns, sampleName,
        warnings);
  }

  private static SvRecord withoutText(SvRecord r) {
    return new SvRecord(r.index(), r.line(), r.contig(), r.pos(), r.id(), r.ref(), r.alts(), r.filters(), r.svtype(),
        r.svlen(), r.infoEnd(), r.ciposHigh(), r.ciendHigh(), r.genotype(), null);
  }

  private static void readMeta(String line, Map<String, Long> contigs, Set<String> declaredInfo) {
    if (line.startsWith("##contig=<")) {
      final String id = field(line, "ID");
      if (id != null) {
        final String len = field(line, "length");
        Long length = null;
        if (len != null) {
          try {
            length = Long.parseLong(len);
          } catch (NumberFormatException e) {
            length = null;
          }
        }
        contigs.put(id, length);
      }
    } else if (line.startsWith("##INFO=<")) {
      final String id = field(line, "ID");
      if (id != null) {
        declaredInfo.add(id);
      }
    }
  }

  /** Value of {@code key=} inside a {@code ##X=<...>} line (unquoted values only), or null. */
  private static String field(String line, String key) {
    final int open = line.indexOf('<');
    if (open < 0) {
      return null;
    }
    for (String part : line.substring(open + 1, line.endsWith(">") ? line.length() - 1 : line.length()).split(",")) {
      final int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).trim().equals(key)) {
        return part.substring(eq + 1).trim();
      }
    }
    return null;
  }

  static SvRecord parse(Path file, long no, String line, int index, int sampleColumn) {
    final String[] c = line.split("\t", -1);
    if (c.length < 8) {
      throw new InputException(file, no, "a record has " + c.length + " tab-separated columns, 8 or more expected",
          "check the file is a tab-separated VCF");
    }
    final int pos;
    try {
      pos = Integer.parseInt(c[1]);
    } catch (NumberFormatException e) {
      throw new InputException(file, no, "POS '" + c[1] + "' is not a whole number", "fix the record");
    }
    if (pos < 1) {
      throw new InputException(file, no, "POS " + pos + " is below 1", "fix the record");
    }
    if (c[3].isEmpty() || c[4].isEmpty()) {
      throw new InputException(file, no, "empty REF or ALT", "fix the record (use '.' for a missing ALT)");
    }
    final List<String> alts = c[4].equals(".") ? List.of() : List.of(c[4].split(",", -1));
    final List<String> filters = c[6].equals(".") || c[6].isEmpty() ? List.of() : List.of(c[6].split(";"));
    String svtype = null;
    String svlen = null;
    Integer end = null;
    int cipos = 0;
    int ciend = 0;
    if (!c[7].equals(".")) {
      for (String kv : c[7].split(";")) {
        final int eq = kv.indexOf('=');
        final String key = eq < 0 ? kv : kv.substring(0, eq);
        final String value = eq < 0 ? "" : kv.substring(eq + 1);
        switch (key) {
          case "SVTYPE" -> svtype = value.equals(".") ? "" : first(value);
          case "SVLEN" -> svlen = value.equals(".") || first(value).equals(".") ? "" : first(value);
          case "END" -> end = integer(value);
          case "CIPOS" -> cipos = secondAbs(value);
          case "CIEND" -> ciend = secondAbs(value);
          default -> {
            // other keys do not steer SV matching
          }
        }
      }
    }
    Genotype gt = null;
    if (sampleColumn >= 0 && c.length > 8) {
      final String[] keys = c[8].split(":");
      final int gi = Arrays.asList(keys).indexOf("GT");
      if (gi >= 0) {
        final String[] values = sampleColumn < c.length ? c[sampleColumn].split(":", -1) : new String[0];
        final String v = gi < values.length ? values[gi] : ".";
        gt = Genotype.parse(v);
        if (gt == null) {
          throw new InputException(file, no, "GT '" + v + "' is not a genotype", "fix the record");
        }
      }
    }
    return new SvRecord(index, no, c[0], pos, c[2], c[3], alts, filters, svtype, svlen, end, cipos, ciend, gt, line);
  }

  static String first(String v) {
    final int comma = v.indexOf(',');
    return comma < 0 ? v : v.substring(0, comma);
  }

  static Integer integer(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * |second value| of a CIPOS/CIEND list (the first when there is one), 0 when it is not a number: what
   * {@code v.split(",")} then element 1 (or 0) gives, found without the split (this runs for every record).
   */
  static int secondAbs(String v) {
    final int c1 = v.indexOf(',');
    String part = v;
    if (c1 >= 0) {
      int c2 = v.indexOf(',', c1 + 1);
      if (c2 < 0) {
        c2 = v.length();
      }
      boolean laterText = false;
      for (int i = c1 + 1; i < v.length() && !laterText; i++) {
        laterText = v.charAt(i) != ',';
      }
      // split drops trailing empty parts: with only commas after the first value, the list has one element.
      part = laterText ? v.substring(c1 + 1, c2) : v.substring(0, c1);
    }
    try {
      return Math.abs(Integer.parseInt(part));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

}
