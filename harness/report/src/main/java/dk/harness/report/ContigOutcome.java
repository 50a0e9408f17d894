package dk.harness.report;

import dk.harness.core.ContigResult;
import dk.harness.io.LoadedRecord;
import java.util.List;

/**
 * The records of one contig and what the comparison decided for them. {@code result.truth().get(i)} is the
 * decision for {@code truth.get(i)}; likewise for the query. Immutable.
 *
 * @param contig contig name
 * @param truth truth records in file order
 * @param query query records in file order
 * @param result the core's decisions
 */
public record ContigOutcome(String contig, List<LoadedRecord> truth, List<LoadedRecord> query, ContigResult result) {
}
