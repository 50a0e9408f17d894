package dk.harness.core.sv;

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
 */
public record SvInput(Map<String, Long> contigs, boolean hasSample, List<SvRecord> records) {
  public SvInput {
    contigs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contigs));
    records = List.copyOf(records);
  }
}
