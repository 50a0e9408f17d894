package dk.harness.workflow.demo;

import dk.harness.simulate.CohortLayout;
import dk.harness.simulate.SimulationConfig;
import dk.harness.simulate.UnitProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plan of the simulated demo cohort: the small-variant truth set and the structural-variant truth set, the five
 * units' HG002 calls (each submission with its small-variant VCF and its SV VCF), each with the unit's (fictional)
 * example pipeline spec from {@code pipelines-spec/examples/}. Stateless.
 */
final class SimulatedPlan {
  static final String FILE = "plan.yaml";
  /** Folder of the units' pipeline specs, next to the plan. */
  static final String SPECS = "specs";

  private SimulatedPlan() {
  }

  /**
   * Writes {@code <cohortDir>/plan.yaml}; results go to the cohort's parent folder. Paths are relative to the plan,
   * so the folder can be moved as a whole.
   */
  static Path write(Path cohortDir, long seed, int threads) throws IOException {
    final String sample = SimulationConfig.DEFAULT_SAMPLE;
    Files.createDirectories(cohortDir.resolve(SPECS));
    for (UnitProfile u : UnitProfile.values()) {
      copySpec(u.unitName(), cohortDir.resolve(SPECS).resolve(specName(u.unitName())));
    }
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
    // The SV truth: the benchmark BED is Truvari's --includebed; with the reference, symbolic calls are resolved.
    sb.append("  - id: ").append(svTruthSetId(sample)).append('\n');
    sb.append("    kind: structural-variant\n");
    sb.append("    version: simulated-sv-seed-").append(seed).append('\n');
    sb.append("    sample: ").append(sample).append('\n');
    sb.append("    vcf: ").append(CohortLayout.svTruthVcf(sample)).append('\n');
    sb.append("    confident: ").append(CohortLayout.svBenchmarkBed(sample)).append('\n');
    sb.append("    reference: ").append(CohortLayout.REFERENCE).append('\n');
    sb.append("submissions:\n");
    for (UnitProfile u : UnitProfile.values()) {
      sb.append("  - unit: ").append(u.unitName()).append('\n');
      sb.append("    sample: ").append(sample).append('\n');
      sb.append("    pipeline_spec: ").append(SPECS).append('/').append(specName(u.unitName())).append('\n');
      sb.append("    truth_set: demo-").append(sample.toLowerCase(java.util.Locale.ROOT)).append('\n');
      sb.append("    vcf: ").append(CohortLayout.queryVcf(u.unitName(), sample)).append('\n');
      sb.append("    roc: ").append(u.rocScore().name()).append('\n');
      sb.append("    sv_truth_set: ").append(svTruthSetId(sample)).append('\n');
      sb.append("    sv_vcf: ").append(CohortLayout.svQueryVcf(u.unitName(), sample)).append('\n');
    }
    final Path plan = cohortDir.resolve(FILE);
    Files.writeString(plan, sb.toString());
    return plan;
  }

  /** The id of the SV truth set of {@code sample} in the plan. */
  static String svTruthSetId(String sample) {
    return "demo-" + sample.toLowerCase(java.util.Locale.ROOT) + "-sv";
  }

  static String specName(String unit) {
    return "unit-" + unit + ".yaml";
  }

  /** The example spec of a unit (pipelines-spec/examples/, bundled in the jar). */
  private static void copySpec(String unit, Path to) throws IOException {
    try (InputStream in = SimulatedPlan.class.getResourceAsStream(SPECS + "/" + specName(unit))) {
      if (in == null) {
        throw new IllegalStateException("the example pipeline spec of unit " + unit + " is missing from the jar");
      }
      Files.write(to, in.readAllBytes());
    }
  }
}
