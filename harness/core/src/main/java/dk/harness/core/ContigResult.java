package dk.harness.core;

import java.util.List;

/**
 * Decisions for every truth and query record of one contig, in the order the records were given.
 *
 * @param contig contig name
 * @param truth one decision per truth record
 * @param query one decision per query record
 * @param tooComplex regions left undecided, in reference order
 */
public record ContigResult(String contig, List<Decision> truth, List<Decision> query, List<TooComplexRegion> tooComplex) {
  public ContigResult {
    truth = List.copyOf(truth);
    query = List.copyOf(query);
    tooComplex = List.copyOf(tooComplex);
  }
}
