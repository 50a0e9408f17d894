package dk.harness.registry;

/**
 * One stored submission (one version of a unit's calls for one sample in one round). Immutable, as its row.
 *
 * @param id database id
 * @param roundId the round
 * @param unit the submitting unit
 * @param sample the GIAB sample
 * @param version 1, 2, ... per round, unit and sample
 * @param truthSetId the round truth set it was checked against
 * @param vcfSha256 sha256 of the VCF as uploaded
 * @param vcfBytes its size
 * @param vcfCompressed whether it is gzip/bgzip
 * @param indexSha256 sha256 of its index, or null
 * @param indexKind {@code tbi}, {@code csi} or null
 * @param specSha256 sha256 of its pipeline spec
 * @param vcfSample the VCF sample column to compare, or null for the sample found by name
 * @param clientFileName the file name the client gave (shown escaped, never used as a path)
 * @param accepted whether intake found no ERROR
 * @param resultJson the intake result ({@code harness.portal.submission/1})
 * @param createdAt ISO-8601 UTC
 * @param createdBy the uploading user's id
 */
public record SubmissionRecord(long id, String roundId, String unit, String sample, int version, String truthSetId,
    String vcfSha256, long vcfBytes, boolean vcfCompressed, String indexSha256, String indexKind, String specSha256,
    String vcfSample, String clientFileName, boolean accepted, String resultJson, String createdAt,
    long createdBy) {
}
