package dk.harness.council;

import dk.harness.simulate.Cohort;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.Runner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A results folder made the way users make one: a simulated cohort (two contigs of 400 kb, five units with their
 * own kinds of errors, four strata), then three runs of the real {@link Runner} a month apart into one history:
 *
 * <ul>
 *   <li>{@code r1} (2026-09-01): every unit at pipeline 1.0; north submits its calls with every 12th record
 *       removed (lower recall).
 *   <li>{@code r2} (2026-10-01): as r1, but south at pipeline 1.1 (same calls).
 *   <li>{@code r3} (2026-11-01): north at pipeline 1.1 with its full calls (recall back up), plus a sixth unit
 *       {@code east} whose "VCF" is not a VCF (verdict ERROR).
 * </ul>
 *
 * Built once per test JVM under {@code target/council-fixture/}; read-only for the tests.
 */
final class Fixture {
  static final String CRITERIA = String.join("\n",
      "criteria_version: \"test-1\"",
      "effective_date: \"2026-01-01\"",
      "interval: jeffreys-95",
      "rules:",
      "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.95, warn_below: 0.98}",
      "  - {type: SNP, filter: PASS, subset: \"*\", metric: precision, fail_below: 0.95, warn_below: 0.98}",
      "  - {type: INDEL, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.80, warn_below: 0.90}",
      "  - {type: INDEL, filter: PASS, subset: \"*\", metric: precision, fail_below: 0.80, warn_below: 0.90}",
      "  - {type: SNP, filter: PASS, subset: homopolymer_ge7, metric: recall, fail_below: 0.5, warn_below: 0.6}",
      "regression:",
      "  metrics: [recall, precision, f1]",
      "  fail: current_upper_below_previous_lower",
      "  warn_drop: 0.01",
      "");
  static final List<String> UNITS = List.of("north", "central", "south", "capital", "zealand");

  private static Fixture built;

  final Path root;
  final Path results;
  final Path history;
  final Path cohort;
  final Path r1;
  final Path r3;

  private Fixture(Path root) {
    this.root = root;
    this.results = root.resolve("results");
    this.history = results.resolve("history.sqlite");
    this.cohort = root.resolve("cohort");
    this.r1 = results.resolve("r1");
    this.r3 = results.resolve("r3");
  }

  /** The fixture, built on first use. */
  static synchronized Fixture get() throws Exception {
    if (built == null) {
      final Fixture f = new Fixture(Path.of("target", "council-fixture").toAbsolutePath());
      f.build();
      built = f;
    }
    return built;
  }

  private void build() throws Exception {
    deleteTree(root);
    Files.createDirectories(root);
    final Cohort c = new CohortSimulator(SimulationConfig.defaults()
        .withContigs(SimulationConfig.contigs(2, 400_000))).generate(cohort);
    final Path criteria = root.resolve("criteria.yaml");
    Files.writeString(criteria, CRITERIA);
    final Path thinNorth = thinned(c.calls("north", "HG002").queryVcf(), root.resolve("north-thinned.vcf"), 12);
    final Path notVcf = root.resolve("east.vcf");
    Files.writeString(notVcf, "this is not a VCF\n");

    final Map<String, String[]> subs = new LinkedHashMap<>();
    for (String u : UNITS) {
      subs.put(u, new String[] {c.calls(u, "HG002").queryVcf().toString(), "1.0"});
    }
    subs.put("north", new String[] {thinNorth.toString(), "1.0"});
    run("r1", "2026-09-01T10:00:00Z", criteria, subs);
    subs.put("south", new String[] {subs.get("south")[0], "1.1"});
    run("r2", "2026-10-01T10:00:00Z", criteria, subs);
    subs.put("north", new String[] {c.calls("north", "HG002").queryVcf().toString(), "1.1"});
    subs.put("east", new String[] {notVcf.toString(), "0.9"});
    run("r3", "2026-11-01T10:00:00Z", criteria, subs);
  }

  private void run(String id, String time, Path criteria, Map<String, String[]> subs) throws Exception {
    final StringBuilder sb = new StringBuilder();
    sb.append("plan_version: 1\nrun_id: ").append(id).append("\nresults_dir: ").append(results)
        .append("\nthreads: 2\ngates: ").append(criteria).append("\ntruth_sets:\n");
    sb.append("  - id: hg002-sim\n    version: sim-1\n    sample: HG002\n");
    sb.append("    vcf: ").append(cohort.resolve("truth/HG002_truth.vcf.gz")).append('\n');
    sb.append("    confident: ").append(cohort.resolve("truth/HG002_confident.bed")).append('\n');
    sb.append("    reference: ").append(cohort.resolve("reference/demo.fa")).append('\n');
    sb.append("    stratification: ").append(cohort.resolve("strata/strata.tsv")).append('\n');
    sb.append("submissions:\n");
    subs.forEach((unit, v) -> {
      sb.append("  - unit: ").append(unit).append("\n    sample: HG002\n");
      sb.append("    pipeline: {name: ").append(unit).append("-germline, version: \"").append(v[1]).append("\"}\n");
      sb.append("    truth_set: hg002-sim\n    vcf: ").append(v[0]).append('\n');
      if ("zealand".equals(unit)) {
        sb.append("    roc: GQ\n");
      }
    });
    final Path planFile = root.resolve("plan-" + id + ".yaml");
    Files.writeString(planFile, sb.toString());
    final Plan plan = new PlanReader(2).read(planFile);
    final StringWriter log = new StringWriter();
    final RunResult r = new Runner(RunOptions.of("test-version", new PrintWriter(log, true)).withQuiet(true)
        .withClock(Clock.fixed(Instant.parse(time), ZoneOffset.UTC))).run(plan);
    if (!Files.isRegularFile(r.runDir().resolve("run.json"))) {
      throw new IllegalStateException("run " + id + " wrote no run.json: " + log);
    }
  }

  /** A plain-text copy of a bgzipped VCF without every {@code every}-th record. */
  static Path thinned(Path vcfGz, Path out, int every) throws IOException {
    final List<String> lines = new ArrayList<>();
    int n = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(vcfGz))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || ++n % every != 0) {
          lines.add(line);
        }
      }
    }
    Files.writeString(out, String.join("\n", lines) + "\n");
    return out;
  }

  /** A fresh folder under target/council-tests/. */
  static Path scratch(String name) throws IOException {
    final Path dir = Path.of("target", "council-tests", name).toAbsolutePath();
    deleteTree(dir);
    Files.createDirectories(dir);
    return dir;
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Copies a folder tree. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        final Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
