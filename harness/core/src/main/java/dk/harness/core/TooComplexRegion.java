package dk.harness.core;

/**
 * A region whose variants the search could not resolve within the configured bounds. Its records get
 * {@link Outcome#TOO_COMPLEX}; callers must report it, never drop it.
 *
 * @param start 0-based start
 * @param end 0-based exclusive end
 * @param truthRecords truth records in the region
 * @param queryRecords query records in the region
 * @param reason which bound was hit
 */
public record TooComplexRegion(int start, int end, int truthRecords, int queryRecords, String reason) {
}
