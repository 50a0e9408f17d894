package dk.harness.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Shared test cohorts, generated once per JVM under target/. */
final class TestCohorts {
  /** Two 1-Mb contigs, HG002, all units: large enough for stable proportions, small enough to be quick. */
  static final SimulationConfig SMALL = SimulationConfig.defaults()
      .withContigs(SimulationConfig.contigs(2, 1_000_000));

  private static Cohort small;

  private TestCohorts() {
  }

  static synchronized Cohort small() throws IOException {
    if (small == null) {
      small = new CohortSimulator(SMALL).generate(fresh("small"));
    }
    return small;
  }

  /** An empty folder target/simulate-test/{name}. */
  static Path fresh(String name) {
    final Path dir = Path.of("target", "simulate-test", name);
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
