package dk.harness.compare;

import dk.harness.core.ReferenceSequence;
import dk.harness.io.LoadedRecord;
import java.util.List;

/**
 * One contig ready to compare: its reference and both sides' records (already REF-checked and restricted to the
 * target regions). Each list's {@code variant().id()} equals the record's index in it. Immutable.
 *
 * @param contig contig name
 * @param reference the contig's bases
 * @param truth truth records, in file order
 * @param query query records, in file order
 * @param truthRead truth records read before the target restriction
 * @param queryRead query records read before the target restriction
 * @param readNanos time spent reading and checking
 */
record LoadedContig(String contig, ReferenceSequence reference, List<LoadedRecord> truth, List<LoadedRecord> query,
    int truthRead, int queryRead, long readNanos) {
  LoadedContig {
    truth = List.copyOf(truth);
    query = List.copyOf(query);
  }
}
