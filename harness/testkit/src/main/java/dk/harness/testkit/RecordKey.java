package dk.harness.testkit;

import dk.harness.io.LoadedRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifies a VCF record across files: CHROM, POS, REF and ALT as written (upper-cased). Two records at one
 * position with the same alleles are the same key; callers keep multiplicities. Immutable.
 *
 * @param contig CHROM
 * @param pos 1-based POS
 * @param ref REF
 * @param alt ALT column ({@code .} if none)
 */
public record RecordKey(String contig, int pos, String ref, String alt) implements Comparable<RecordKey> {

  public static RecordKey of(LoadedRecord r) {
    return new RecordKey(r.contig(), r.pos(), r.ref(), r.alts().isEmpty() ? "." : String.join(",", r.alts()));
  }

  @Override
  public int compareTo(RecordKey o) {
    int c = contig.compareTo(o.contig);
    if (c == 0) {
      c = Integer.compare(pos, o.pos);
    }
    if (c == 0) {
      c = ref.compareTo(o.ref);
    }
    return c != 0 ? c : alt.compareTo(o.alt);
  }

  @Override
  public String toString() {
    return contig + ":" + pos + " " + ref + ">" + alt;
  }

  /**
   * One record line of an expected-output VCF.
   *
   * @param key the record's key
   * @param info the INFO column
   * @param sample the first sample column, or "" if none
   */
  public record Line(RecordKey key, String info, String sample) {
    /** The value of INFO key {@code k}, or null (a flag gives ""). */
    public String info(String k) {
      for (String kv : info.split(";")) {
        if (kv.equals(k)) {
          return "";
        }
        if (kv.startsWith(k + "=")) {
          return kv.substring(k.length() + 1);
        }
      }
      return null;
    }
  }

  /** Reads every record line of a VCF (plain or gzip) as keys, in file order. */
  public static List<Line> readLines(Path vcf) {
    final List<Line> out = new ArrayList<>();
    try (BufferedReader r = TinyVcf.open(vcf)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        final String[] f = line.split("\t");
        out.add(new Line(new RecordKey(f[0], Integer.parseInt(f[1]), f[3].toUpperCase(Locale.ROOT),
            f[4].toUpperCase(Locale.ROOT)), f.length > 7 ? f[7] : ".", f.length > 9 ? f[9] : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + vcf, e);
    }
    return out;
  }
}
