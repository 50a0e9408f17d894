package dk.harness.workflow.shard;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Records per contig of a VCF, from a scan of its CHROM column (plain, gzip or bgzip; no record is parsed): what
 * {@code harness plan} sizes the work units by. Stateless.
 */
final class RecordCounts {
  private RecordCounts() {
  }

  /**
   * Data lines per contig, in order of first appearance.
   *
   * @throws IOException if the file cannot be read or decompressed
   */
  static Map<String, Long> count(Path vcf) throws IOException {
    return count(vcf, null);
  }

  /**
   * {@link #count(Path)}, also counting into {@code withoutGt} (per contig, if not null) the lines whose FORMAT
   * has no GT key: records the reader skips ({@code VcfInput.recordsWithoutGt}), so that data lines less these
   * are the records {@code harness run} loads from a truth VCF.
   *
   * @throws IOException if the file cannot be read or decompressed
   */
  static Map<String, Long> count(Path vcf, Map<String, Long> withoutGt) throws IOException {
    final Map<String, Long> counts = new LinkedHashMap<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(vcf), 1 << 16)) {
      raw.mark(2);
      final boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      // GZIPInputStream reads concatenated members, so bgzip (a series of gzip blocks) works too.
      final InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      final BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String last = null;
      long n = 0;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        final int tab = line.indexOf('\t');
        final int end = tab < 0 ? line.length() : tab;
        if (last == null || last.length() != end || !line.startsWith(last)) {
          if (last != null) {
            counts.merge(last, n, Long::sum);
          }
          last = line.substring(0, end);
          n = 0;
        }
        n++;
        if (withoutGt != null && !hasGtKey(line)) {
          withoutGt.merge(last, 1L, Long::sum);
        }
      }
      if (last != null) {
        counts.merge(last, n, Long::sum);
      }
    }
    return counts;
  }

  /**
   * Whether the FORMAT column (the 9th) has a GT key, as the reader decides. A line too short to have a FORMAT
   * column is not one the reader skips for lack of GT (it refuses it), so it counts as having one.
   */
  private static boolean hasGtKey(String line) {
    int from = 0;
    for (int i = 0; i < 8; i++) {
      from = line.indexOf('\t', from) + 1;
      if (from == 0) {
        return true;
      }
    }
    int end = line.indexOf('\t', from);
    end = end < 0 ? line.length() : end;
    while (from <= end) {
      int colon = line.indexOf(':', from);
      colon = colon < 0 || colon > end ? end : colon;
      if (colon - from == 2 && line.startsWith("GT", from)) {
        return true;
      }
      from = colon + 1;
    }
    return false;
  }
}
