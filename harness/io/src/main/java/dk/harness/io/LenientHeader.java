package dk.harness.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A VCF header made ready for htsjdk's codec the way {@link VcfInput} reads headers, for other readers of VCF
 * text (intake's checks) so that every reader accepts the same dialects: the lines as the codec should see them,
 * and what was accepted leniently, one line per kind (see {@link HeaderDialect}). Immutable.
 *
 * @param lines the header lines for {@code VCFCodec.readActualHeader} (e.g. through {@link HeaderLineIterator})
 * @param warnings one line per kind of leniency, without a prefix
 */
public record LenientHeader(List<String> lines, List<String> warnings) {
  public LenientHeader {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /**
   * @param vcf the file, for the warnings
   * @param role "truth" or "query", for the warnings
   * @param header the header lines as read, from {@code ##fileformat} through {@code #CHROM}; the i-th is
   *     taken to be line i+1 of the file
   */
  public static LenientHeader of(Path vcf, String role, List<String> header) {
    final DialectWarnings warnings = new DialectWarnings(vcf, role);
    final HeaderDialect dialect = new HeaderDialect(warnings);
    final List<String> out = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      out.add(dialect.rewrite(header.get(i), i + 1));
    }
    return new LenientHeader(out, warnings.render());
  }

  /**
   * A data line as htsjdk's codec should see it: an empty INFO column (which htsjdk refuses and htslib reads as
   * {@code .}) becomes {@code .}; any other line is returned as it is.
   */
  public static String forCodec(String line) {
    int tab = -1;
    for (int col = 0; col < 7; col++) {
      tab = line.indexOf('\t', tab + 1);
      if (tab < 0) {
        return line;
      }
    }
    return tab + 1 < line.length() && line.charAt(tab + 1) == '\t'
        ? line.substring(0, tab + 1) + "." + line.substring(tab + 1) : line;
  }
}
