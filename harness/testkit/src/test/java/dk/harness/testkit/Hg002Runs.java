package dk.harness.testkit;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import java.util.List;

/** Runs one HG002 caller comparison; shared by the HG002 oracle and property tests. Stateless. */
final class Hg002Runs {
  private Hg002Runs() {
  }

  /**
   * A caller's loaded inputs and its vcfeval-default (PASS-only) run.
   *
   * @param loaded inputs
   * @param runs decisions per contig
   * @param statuses vcfeval statuses per contig
   * @param seconds wall time of the comparison (for messages)
   */
  record CallerRun(ComparisonCase.Loaded loaded, List<ContigRun> runs, List<VcfevalView.Statuses> statuses,
      double seconds) {
  }

  static CallerRun passRun(SharedData data, String caller) {
    final ComparisonCase.Loaded loaded = Hg002OracleTest.caseOf(data, caller).load();
    final long t0 = System.nanoTime();
    final List<ContigRun> runs = loaded.run(new OracleRunner(new VariantComparison(ComparisonConfig.defaults())),
        false);
    final double s = Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    return new CallerRun(loaded, runs, loaded.statuses(runs), s);
  }
}
