package dk.harness.cli;

import java.nio.file.Path;

/**
 * A command that names where it writes, so a fault reported without a file (a full disk seen through an output
 * stream) still names a place in its one-line message. See {@link dk.harness.io.Faults}.
 */
interface FaultLocation {
  /** The output file, prefix or folder of this invocation, or null if not known yet. */
  Path faultLocation();
}
