package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.simulate.Cohort;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.testdata.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures what sharing a loaded truth set saves over five submissions (the five simulated units), and checks that
 * both ways give the same numbers. The timing is reported, not asserted (machines differ).
 */
class TruthReuseTest {
  @Test
  void fiveComparisonsWithAndWithoutASharedTruth() throws Exception {
    final Path dir = TestFiles.scratch("truth-reuse");
    final Cohort cohort = new CohortSimulator(SimulationConfig.defaults()
        .withContigs(SimulationConfig.contigs(2, 1_000_000))).generate(dir.resolve("cohort"));
    final Cohort.SampleFiles truthFiles = cohort.samples().get(0);
    final TruthSetData.Files files = new TruthSetData.Files(truthFiles.truthVcf(), cohort.reference(),
        truthFiles.confidentBed(), cohort.strataTsv(), null);
    // Warm up the JIT on one comparison so the first measured loop is not penalised.
    Comparison.run(settings(files, cohort.units().get(0), dir.resolve("warmup/x")), "test", ProgressSink.SILENT);

    final long t0 = System.nanoTime();
    for (Cohort.UnitCalls u : cohort.units()) {
      Comparison.run(settings(files, u, dir.resolve("each/" + u.unit())), "test", ProgressSink.SILENT);
    }
    final long each = System.nanoTime() - t0;

    final long t1 = System.nanoTime();
    final long load;
    final long records;
    try (TruthSetData truth = TruthSetData.load(files)) {
      load = System.nanoTime() - t1;
      records = truth.recordCount();
      for (Cohort.UnitCalls u : cohort.units()) {
        Comparison.run(settings(files, u, dir.resolve("shared/" + u.unit())), truth, "test", ProgressSink.SILENT);
      }
    }
    final long shared = System.nanoTime() - t1;
    System.out.printf(Locale.ROOT, "[truth reuse] %d comparisons: %.2f s reading the truth set each time, %.2f s "
        + "with it read once (load %.2f s, %d truth records)%n", cohort.units().size(), each / 1e9, shared / 1e9,
        load / 1e9, records);
    for (Cohort.UnitCalls u : cohort.units()) {
      for (String ext : new String[] {".summary.csv", ".extended.csv", ".metrics.json"}) {
        assertEquals(Files.readString(dir.resolve("each/" + u.unit() + ext)),
            Files.readString(dir.resolve("shared/" + u.unit() + ext)), u.unit() + ext);
      }
    }
  }

  private static CompareSettings settings(TruthSetData.Files f, Cohort.UnitCalls u, Path output) {
    return new CompareSettings(f.vcf(), u.queryVcf(), f.reference(), f.confident(), f.stratification(), null, null,
        null, 1, u.rocScore(), output);
  }
}
