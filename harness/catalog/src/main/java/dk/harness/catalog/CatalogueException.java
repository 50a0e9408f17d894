package dk.harness.catalog;

import dk.harness.io.InputException;
import java.nio.file.Path;

/**
 * A problem with a truth-set catalogue, a cached or downloaded truth-set file, or a pipeline spec that the user
 * must fix (bad file, checksum mismatch, unknown id, server refused the download). It is an {@link InputException},
 * so the CLI maps it to exit code 2 with its one-line message.
 */
public class CatalogueException extends InputException {
  private static final long serialVersionUID = 1L;

  /** See {@link InputException#InputException(Path, long, String, String)}. */
  public CatalogueException(Path file, long line, String problem, String fix) {
    super(file, line, problem, fix);
  }

  /** See {@link InputException#InputException(Path, long, String, String, Throwable)}. */
  public CatalogueException(Path file, long line, String problem, String fix, Throwable cause) {
    super(file, line, problem, fix, cause);
  }
}
