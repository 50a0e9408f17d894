package dk.harness.workflow.demo;

import dk.harness.simulate.CohortLayout;
import dk.harness.simulate.SimulationConfig;
import dk.harness.simulate.UnitProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plan of the simulated demo cohort: one truth set, the five units' HG002 calls. Stateless. */
final class SimulatedPlan {
  static final String FILE = "plan.yaml";

  private SimulatedPlan() {
  }

  /**
   * Writes {@code <cohortDir>/plan.yaml}; results go to the cohort's parent folder. Paths are relative to the plan,
   * so the folder can be moved as a whole.
   */
  static Path write(Path cohortDir, long seed, int threads) throws IOException {
    final String sample = SimulationConfig.DEFAULT_SAMPLE;
    final StringBuilder sb = new StringBuilder();
    sb.append("# Written by 'harness demo': the simulated cohort of this folder, five units, one sample.\n");
    sb.append("plan_version: 1\n");
    sb.append("results_dir: ..\n");
    sb.append("threads: ").append(threads).append('\n');
    sb.append("gates: ").append(Demo.CRITERIA_RESOURCE).append('\n');
    sb.append("truth_sets:\n");
    sb.append("  - id: demo-").append(sample.toLowerCase(java.util.Locale.ROOT)).append('\n');
    sb.append("    version: simulated-seed-").append(seed).append('\n');
    sb.append("    sample: ").append(sample).append('\n');
    sb.append("    vcf: ").append(CohortLayout.truthVcf(sample)).append('\n');
    sb.append("    confident: ").append(CohortLayout.confidentBed(sample)).append('\n');
    sb.append("    reference: ").append(CohortLayout.REFERENCE).append('\n');
    sb.append("    stratification: ").append(CohortLayout.STRATA_TSV).append('\n');
    sb.append("submissions:\n");
    for (UnitProfile u : UnitProfile.values()) {
      sb.append("  - unit: ").append(u.unitName()).append('\n');
      sb.append("    sample: ").append(sample).append('\n');
      sb.append("    pipeline: {name: ").append(u.unitName()).append("-germline, version: \"1.0\"}\n");
      sb.append("    truth_set: demo-").append(sample.toLowerCase(java.util.Locale.ROOT)).append('\n');
      sb.append("    vcf: ").append(CohortLayout.queryVcf(u.unitName(), sample)).append('\n');
      sb.append("    roc: ").append(u.rocScore().name()).append('\n');
    }
    final Path plan = cohortDir.resolve(FILE);
    Files.writeString(plan, sb.toString());
    return plan;
  }
}
