package dk.harness.io;

import java.nio.file.Path;

/**
 * A fault of the environment (full disk, unwritable or vanished folder, damaged database) reported as bad input by
 * {@link Faults}: exit code 2 like any {@link InputException}, but never the fault of the file being compared, so
 * a run does not record it as a submission's ERROR verdict and go on; it stops the run.
 */
public final class FaultException extends InputException {
  private static final long serialVersionUID = 1L;

  FaultException(Path file, String problem, String fix, Throwable cause) {
    super(file, -1, problem, fix, cause);
  }
}
