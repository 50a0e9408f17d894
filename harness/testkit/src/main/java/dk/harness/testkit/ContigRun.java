package dk.harness.testkit;

import dk.harness.core.TooComplexRegion;
import java.util.List;

/**
 * The comparison of one contig as the oracle tests see it: every loaded record of both sides, in file order,
 * with its decision. Immutable.
 *
 * @param contig contig name
 * @param truth truth records (after any region restriction), each with its decision or null if filtered out
 * @param query query records, likewise
 * @param tooComplex regions the engine left undecided
 */
public record ContigRun(String contig, List<Judged> truth, List<Judged> query, List<TooComplexRegion> tooComplex) {
  public ContigRun {
    truth = List.copyOf(truth);
    query = List.copyOf(query);
    tooComplex = List.copyOf(tooComplex);
  }
}
