package dk.harness.workflow.shard;

import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file as it was when the run was planned. Immutable.
 *
 * @param path the path as the plan gives it
 * @param size its size in bytes
 * @param modified its modification time (ms since the epoch)
 * @param sha256 SHA-256 of its bytes
 */
public record InputFile(String path, long size, long modified, String sha256) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * Fails unless the file still has the size and modification time it had when planned (a cheap check that the
   * shards read what was planned and checksummed).
   *
   * @param shards the shards file, for the message
   */
  public void requireUnchanged(Path shards) {
    final Path p = Path.of(path);
    try {
      if (Files.size(p) == size && Files.getLastModifiedTime(p).toMillis() == modified) {
        return;
      }
    } catch (IOException e) {
      throw new InputException(p, -1, "this input of the planned run cannot be read any more (" + e.getMessage()
          + ")", "restore it, or plan again: harness plan --plan PLAN.yaml --out " + shards, e);
    }
    throw new InputException(p, -1, "this input changed since the run was planned (size or modification time "
        + "differ from " + shards + ")", "plan again: harness plan --plan PLAN.yaml --out " + shards);
  }
}
