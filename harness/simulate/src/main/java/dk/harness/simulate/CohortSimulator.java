package dk.harness.simulate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Generates a demo cohort (reference, truth sets, confident regions, strata, unit call sets, {@code cohort.json})
 * deterministically from a {@link SimulationConfig}.
 *
 * <p>Generation streams block by block along each contig: memory does not depend on the genome size and time
 * is linear in it. Not thread-safe; one instance may generate several times.
 */
public final class CohortSimulator {
  private final SimulationConfig config;

  public CohortSimulator(SimulationConfig config) {
    this.config = java.util.Objects.requireNonNull(config, "config");
  }

  public SimulationConfig config() {
    return config;
  }

  /**
   * Writes the cohort under {@code outDir} (created if missing; files of a previous cohort there are replaced).
   *
   * @return the paths written and the injected-error counts
   * @throws IOException if writing fails
   */
  public Cohort generate(Path outDir) throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
