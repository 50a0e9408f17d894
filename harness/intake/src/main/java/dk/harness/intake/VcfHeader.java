package dk.harness.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a VCF header intake needs, parsed leniently from the header lines. Immutable.
 *
 * @param lines every header line, including {@code #CHROM}
 * @param contigLengths {@code ##contig} IDs to their declared length (-1 when the line has no length), in order
 * @param samples the sample names of the {@code #CHROM} line, in column order
 * @param chromLine 1-based line number of the {@code #CHROM} line
 */
record VcfHeader(List<String> lines, Map<String, Long> contigLengths, List<String> samples, long chromLine) {
  private static final Pattern CONTIG = Pattern.compile("^##contig=<(.*)>\\s*$");
  private static final Pattern ID = Pattern.compile("(?:^|,)ID=([^,>]+)");
  private static final Pattern LENGTH = Pattern.compile("(?:^|,)length=(\\d+)");

  VcfHeader {
    lines = List.copyOf(lines);
    contigLengths = Collections.unmodifiableMap(new LinkedHashMap<>(contigLengths));
    samples = List.copyOf(samples);
  }

  /** Parses the header lines; the last must be the {@code #CHROM} line. */
  static VcfHeader parse(List<String> lines, long chromLine) {
    final Map<String, Long> contigs = new LinkedHashMap<>();
    for (String l : lines) {
      final Matcher m = CONTIG.matcher(l);
      if (!m.matches()) {
        continue;
      }
      final Matcher id = ID.matcher(m.group(1));
      if (!id.find()) {
        continue;
      }
      final Matcher len = LENGTH.matcher(m.group(1));
      contigs.put(id.group(1), len.find() ? parseLength(len.group(1)) : -1L);
    }
    final String chrom = lines.get(lines.size() - 1);
    final String[] cols = chrom.split("\t", -1);
    final List<String> samples = new ArrayList<>();
    for (int i = 9; i < cols.length; i++) {
      samples.add(cols[i]);
    }
    return new VcfHeader(lines, contigs, samples, chromLine);
  }

  /** Declared lengths only (contigs without a length left out). */
  Map<String, Long> knownLengths() {
    final Map<String, Long> m = new LinkedHashMap<>();
    contigLengths.forEach((k, v) -> {
      if (v > 0) {
        m.put(k, v);
      }
    });
    return m;
  }

  private static long parseLength(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
