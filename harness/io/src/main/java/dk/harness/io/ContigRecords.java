package dk.harness.io;

import java.util.List;

/**
 * All records of one contig from one VCF, in file order. Each record's {@code variant().id()} equals its index
 * in {@code records}.
 *
 * @param contig the CHROM value
 * @param records the records, unmodifiable
 */
public record ContigRecords(String contig, List<LoadedRecord> records) {
  public ContigRecords {
    records = List.copyOf(records);
  }
}
