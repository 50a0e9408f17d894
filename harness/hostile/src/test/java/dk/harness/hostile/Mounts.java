package dk.harness.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Small tmpfs mounts for output-side faults (disk full, read-only); the case is skipped when mounting is denied. */
final class Mounts {
  private Mounts() {
  }

  static void tmpfs(Path at, String options) throws IOException, InterruptedException {
    final int rc = exec("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    Assumptions.assumeTrue(rc == 0, "cannot mount a tmpfs here (needs root): output-side fault case skipped");
  }

  /**
   * Unmounts; when the mount is busy (the harness still holds a file open there after returning) it is detached
   * lazily and the case fails: a leaked file handle on the failure path is a bug of its own.
   */
  static void unmount(Path at) {
    try {
      if (exec("umount", at.toString()) != 0) {
        exec("umount", "-l", at.toString());
        throw new AssertionError("after the run a file under " + at + " was still open (umount: target busy)");
      }
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("could not unmount " + at, e);
    }
  }

  private static int exec(String... cmd) throws IOException, InterruptedException {
    final Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor();
  }
}
