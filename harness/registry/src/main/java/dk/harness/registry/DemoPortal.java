package dk.harness.registry;

import dk.harness.simulate.Cohort;
import dk.harness.simulate.CohortLayout;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.simulate.UnitProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets up a registry on the simulated demo cohort ({@code harness demo}'s): the cohort under the data folder, the
 * five demo units with one user each, a council user and an operator (random passwords, returned once), an open
 * round on the cohort's truth set, and each unit's calls submitted (as that unit). Used by {@code harness serve
 * --demo} and by tests. Not thread-safe.
 */
public final class DemoPortal {
  /** The demo round's id. */
  public static final String ROUND = "demo-round-1";
  /** The demo cohort's folder in the data folder. */
  public static final String COHORT = "demo-cohort";
  private static final String RESOURCES = "/dk/harness/workflow/demo/";

  /**
   * What was set up.
   *
   * @param passwords log-in to password, in the order: operator, council, then the units
   * @param cohort the cohort's folder
   * @param criteria the criteria file the round was opened with
   */
  public record Setup(Map<String, String> passwords, Path cohort, Path criteria) {
  }

  private DemoPortal() {
  }

  /**
   * Sets up the demo in an empty registry.
   *
   * @param contigLength length of each of the two simulated contigs (smaller is faster)
   * @param submit whether to submit each unit's calls
   */
  public static Setup create(Registry reg, long seed, int contigLength, boolean submit) throws IOException {
    if (!reg.accounts().users().isEmpty()) {
      throw new RegistryException("the data folder " + reg.dataDir() + " has users already",
          "start the demo on an empty --data folder");
    }
    final Path cohortDir = reg.dataDir().resolve(COHORT);
    final Cohort cohort = new CohortSimulator(SimulationConfig.defaults().withSeed(seed)
        .withContigs(SimulationConfig.contigs(SimulationConfig.DEFAULT_CONTIG_COUNT, contigLength)))
        .generate(cohortDir);
    final Path criteria = cohortDir.resolve("council-criteria.yaml");
    copyResource("council-criteria.yaml", criteria);
    final String actor = "system (demo set-up)";
    final Accounts acc = reg.accounts();
    final Map<String, String> passwords = new LinkedHashMap<>();
    passwords.put("operator", acc.secrets().newSecret().substring(0, 16));
    acc.createUser(actor, "operator", Role.OPERATOR, null, passwords.get("operator"));
    passwords.put("council", acc.secrets().newSecret().substring(0, 16));
    acc.createUser(actor, "council", Role.COUNCIL, null, passwords.get("council"));
    for (UnitProfile u : UnitProfile.values()) {
      acc.createUnit(actor, u.unitName(), "Demo unit " + u.unitName());
      final String login = u.unitName() + "-user";
      passwords.put(login, acc.secrets().newSecret().substring(0, 16));
      acc.createUser(actor, login, Role.UNIT, u.unitName(), passwords.get(login));
    }
    final String sample = SimulationConfig.DEFAULT_SAMPLE;
    final String truth = "- id: demo-" + sample.toLowerCase(java.util.Locale.ROOT) + "\n"
        + "  version: simulated-seed-" + seed + "\n"
        + "  sample: " + sample + "\n"
        + "  vcf: " + CohortLayout.truthVcf(sample) + "\n"
        + "  confident: " + CohortLayout.confidentBed(sample) + "\n"
        + "  reference: " + CohortLayout.REFERENCE + "\n"
        + "  stratification: " + CohortLayout.STRATA_TSV + "\n";
    Files.writeString(cohortDir.resolve("truth-sets.yaml"), truth);
    reg.rounds().open(actor, ROUND, "Demo round 1 (simulated HG002)",
        reg.instant().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        truth, cohortDir, criteria);
    if (submit) {
      for (Cohort.UnitCalls c : cohort.units()) {
        final User user = acc.user(c.unit() + "-user").orElseThrow();
        reg.submissions().submit(user, upload(cohortDir, c.unit(), sample), Submissions.DEFAULT_LIMIT);
      }
    }
    return new Setup(passwords, cohortDir, criteria);
  }

  /** The upload of a demo unit's calls (VCF, index and its example spec) for the demo round. */
  public static Upload upload(Path cohortDir, String unit, String sample) {
    final Path vcf = cohortDir.resolve(CohortLayout.queryVcf(unit, sample));
    return new Upload(ROUND, sample, null, null, vcf.getFileName().toString(), () -> Files.newInputStream(vcf),
        () -> Files.newInputStream(vcf.resolveSibling(vcf.getFileName() + ".tbi")), () -> spec(unit));
  }

  /** A demo unit's example pipeline spec (pipelines-spec/examples/, bundled in the workflow jar). */
  public static InputStream spec(String unit) throws IOException {
    final InputStream in = DemoPortal.class.getResourceAsStream(RESOURCES + "specs/unit-" + unit + ".yaml");
    if (in == null) {
      throw new IOException("the example pipeline spec of unit " + unit + " is missing from the jar");
    }
    return in;
  }

  private static void copyResource(String name, Path to) throws IOException {
    try (InputStream in = DemoPortal.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IOException("resource " + RESOURCES + name + " is missing from the jar");
      }
      Files.write(to, in.readAllBytes());
    }
  }
}
