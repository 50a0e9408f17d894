package dk.harness.council;

/**
 * A file named in a run's provenance. Immutable.
 *
 * @param role what the file is (e.g. {@code truth}, {@code reference}, {@code vcf}); never null
 * @param path the path as recorded, or null when not recorded
 * @param sha256 SHA-256 of its bytes as recorded, or null when unknown
 */
public record FileRef(String role, String path, String sha256) {
}
