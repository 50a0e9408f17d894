package dk.harness.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Result of {@link TruthSetCache#verify}: one check per expected local file. Immutable.
 *
 * @param id truth-set id
 * @param checks one per file, in catalogue order then TSV order
 */
public record VerifyReport(String id, List<Check> checks) {
  public VerifyReport {
    Objects.requireNonNull(id, "id");
    checks = List.copyOf(checks);
  }

  /** True if every file is present and matches all its recorded checksums. */
  public boolean ok() {
    return checks.stream().allMatch(c -> c.status() == Status.OK);
  }

  /** Outcome of checking one file. */
  public enum Status {
    /** Present, size and checksums match. */
    OK,
    /** Not in the cache. */
    MISSING,
    /** Present but size or a checksum differs. */
    MISMATCH
  }

  /**
   * @param file the local path
   * @param status outcome
   * @param detail human-readable detail ("sha256 ab.. expected, cd.. found"); empty when OK
   */
  public record Check(Path file, Status status, String detail) {}
}
