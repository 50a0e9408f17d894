package dk.harness.nextflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code workflow/main.nf -profile slurm} on a real single-node Slurm (Debian's slurm-wlm, started by
 * {@code workflow/slurm/single-node.sh}) writes the same run as {@code harness run}. Skipped, with the reason, where
 * Slurm is not installed or cannot start (not root, ports taken, no munge).
 */
class SlurmWorkflowTest {
  @Test
  void slurmProfileEqualsSingleMachineRun() throws Exception {
    for (String tool : new String[] {"slurmctld", "slurmd", "munged", "sbatch"}) {
      assumeTrue(onPath(tool), tool + " is not installed, Slurm test skipped (apt-get install -y slurmctld slurmd "
          + "slurm-client munge)");
    }
    final WorkflowFixture f = WorkflowFixture.prepare("nf-slurm-test");
    final Path slurmDir = f.work.resolve("slurm");
    final Path script = f.root.resolve("workflow/slurm/single-node.sh");
    final Process start = new ProcessBuilder("bash", script.toString(), "start", slurmDir.toString())
        .redirectErrorStream(true).redirectOutput(f.work.resolve("slurm-start.log").toFile()).start();
    assertTrue(start.waitFor(2, TimeUnit.MINUTES), "single-node.sh start hung");
    assumeTrue(start.exitValue() == 0, "Slurm cannot start here, Slurm test skipped: "
        + Files.readString(f.work.resolve("slurm-start.log")).strip());
    try {
      // Poll Slurm every second instead of every 15 (the profile's default for a shared cluster).
      final Path fast = f.work.resolve("fast-poll.config");
      Files.writeString(fast, "executor {\n  pollInterval = '1 sec'\n  queueStatInterval = '2 sec'\n}\n");
      final Process nf = f.nextflow("slurm", "slurm", Map.of("SLURM_CONF", slurmDir.resolve("slurm.conf")
          .toString()), "-c", fast.toString());
      assertTrue(nf.waitFor(15, TimeUnit.MINUTES), "the Slurm workflow did not finish in 15 minutes");
      assertEquals(0, nf.exitValue(), "Slurm workflow failed: " + f.log("slurm"));
      // Every task was a Slurm job (the trace's native_id is the job id).
      final Map<String, Integer> ids = WorkflowFixture.column(f.traces().get(0), "native_id");
      assertEquals(18, ids.size(), "18 distinct Slurm job ids: " + ids);
      assertTrue(ids.keySet().stream().allMatch(id -> id.matches("\\d+")), ids.toString());
      f.assertSameAsSingleRun();
    } finally {
      new ProcessBuilder("bash", script.toString(), "stop", slurmDir.toString()).inheritIO().start()
          .waitFor(1, TimeUnit.MINUTES);
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
