package dk.harness.core.sv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of an SV comparison (truth or query): the contigs its header declares and its records in file order
 * (sorted by contig block and start). Immutable.
 *
 * @param contigs header contigs, name to length (null when the header gives no length), in header order
 * @param hasSample the file has a sample column (without one on either side genotypes are not compared)
 * @param records the records, in file order
 * @param sourceBytes size of the file the records came from (0 when not from a file): Truvari filters regions
 *     differently for files over 25 MiB, so the engine needs it to give the same answer
 */
public record SvInput(Map<String, Long> contigs, boolean hasSample, List<SvRecord> records, long sourceBytes) {
  public SvInput {
    contigs = Collections.unmodifiableMap(new LinkedHashMap<>(contigs));
    records = List.copyOf(records);
  }

  /** Records not read from a file (or a small one). */
  public SvInput(Map<String, Long> contigs, boolean hasSample, List<SvRecord> records) {
    this(contigs, hasSample, records, 0);
  }
}
