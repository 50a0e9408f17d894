package dk.harness.catalog;

import java.net.URI;
import java.util.Objects;

/**
 * One file of a truth set as the catalogue describes it. Immutable.
 *
 * @param role what the file is for
 * @param fileName local file name in the cache (the last URL path segment unless the catalogue says otherwise);
 *     a plain name, never a path
 * @param url where GIAB publishes it (absolute http/https)
 * @param md5 the md5 GIAB publishes (32 lower-case hex digits), or null when none could be sourced
 * @param size size in bytes, or null when not sourced (the cache's manifest.json records it after download)
 * @param sha256 sha256 (64 lower-case hex digits), or null when none could be sourced
 * @param checksumSource where md5/sha256/size come from (publisher file, or a named third party); null when none
 */
public record TruthSetFile(FileRole role, String fileName, URI url, String md5, Long size, String sha256,
    String checksumSource) {
  public TruthSetFile {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(url, "url");
  }

  /** True if at least one checksum (md5 or sha256) is known, so a download can be verified. */
  public boolean hasChecksum() {
    return md5 != null || sha256 != null;
  }
}
