package dk.harness.io;

import dk.harness.core.sv.SvInput;
import java.nio.file.Path;
import java.util.List;

/**
 * An SV VCF as read by {@link SvVcfReader}: the engine's input plus what is needed to write per-record results
 * with the file's own header. Immutable.
 *
 * @param file where it was read from
 * @param input contigs, sample presence and records for the engine
 * @param metaLines the {@code ##} header lines, in order
 * @param columnLine the {@code #CHROM} line
 * @param sample the sample whose GT is used, or null when the file has no sample column
 * @param warnings problems worth telling the user that do not stop the comparison (e.g. undeclared INFO/SVLEN)
 */
public record SvVcf(Path file, SvInput input, List<String> metaLines, String columnLine, String sample,
    List<String> warnings) {
  public SvVcf {
    metaLines = List.copyOf(metaLines);
    warnings = List.copyOf(warnings);
  }
}
