package dk.harness.testkit;

import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import java.util.List;
import java.util.Map;

/**
 * Tiny test cases written as VCF lines in Java source, columns separated by any whitespace, no header needed:
 *
 * <pre>{@code
 * List<Variant> truth = VcfLines.of(
 *     "chr1 10 . A G . PASS . GT 0/1",
 *     "chr1 20 . AT A 30 PASS . GT:GQ 1|1:50");
 * }</pre>
 *
 * <p>The first sample column is read; QUAL is the score. Parsing follows {@link TinyVcf}. Stateless.
 */
public final class VcfLines {
  private VcfLines() {
  }

  /**
   * The variants of lines that are all on one contig, ids 0, 1, 2... in order.
   *
   * @throws IllegalArgumentException if the lines name more than one contig, or a line is malformed
   */
  public static List<Variant> of(String... lines) {
    return records(lines).stream().map(LoadedRecord::variant).toList();
  }

  /** As {@link #of} but the full records (text fields kept). */
  public static List<LoadedRecord> records(String... lines) {
    final Map<String, List<LoadedRecord>> contigs = byContig(lines);
    if (contigs.size() > 1) {
      throw new IllegalArgumentException("VcfLines.of expects one contig, got " + contigs.keySet()
          + "; use VcfLines.byContig");
    }
    return contigs.isEmpty() ? List.of() : contigs.values().iterator().next();
  }

  /** Records per contig (contigs in order of appearance); ids count from 0 within each contig. */
  public static Map<String, List<LoadedRecord>> byContig(String... lines) {
    return TinyVcf.parse("<VcfLines>", List.of(lines), "\\s+", null, ScoreField.QUAL).contigs();
  }
}
