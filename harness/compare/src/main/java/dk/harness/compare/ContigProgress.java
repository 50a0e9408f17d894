package dk.harness.compare;

/**
 * What happened on one compared contig, for progress displays. Immutable.
 *
 * @param contig contig name
 * @param truthRead truth records read
 * @param queryRead query records read
 * @param truthCompared truth records compared (after target regions; equals {@code truthRead} without them)
 * @param queryCompared query records compared
 * @param separatePass whether a separate PASS comparison ran (some record was filtered)
 * @param tooComplexRegions too-complex regions of the ALL comparison on this contig
 * @param readNanos time spent reading and checking the contig
 * @param compareNanos time spent in the engine
 */
public record ContigProgress(String contig, int truthRead, int queryRead, int truthCompared, int queryCompared,
    boolean separatePass, int tooComplexRegions, long readNanos, long compareNanos) {
}
