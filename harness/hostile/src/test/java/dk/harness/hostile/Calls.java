package dk.harness.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builders of the command lines a case runs: {@code compare} on the NA12878 or HG002 inputs, {@code validate},
 * {@code run} with a plan, {@code report} and {@code history} on a real run made once from the NA12878 data. Each
 * knows its clean counterpart, so a case that must not change the counts is compared with the same command on the
 * undamaged files.
 */
final class Calls {
  /** The run id of every run the suite makes. */
  static final String RUN_ID = "hostile";
  static final String UNIT = "north";
  static final String SAMPLE = "HG001";

  private static Path cleanRun;

  private Calls() {
  }

  /** {@code harness compare}, output prefix out/run, --quiet. */
  static final class Compare {
    private final boolean hg;
    Path truth;
    Path query;
    Path reference;
    Path confident;
    Path strata;
    Path target;
    String prefix = "run";
    final List<String> extra = new ArrayList<>();
    /** Options of the case only, not of its clean run (e.g. choosing a sample column the clean file lacks). */
    final List<String> caseExtra = new ArrayList<>();

    private Compare(boolean hg) {
      this.hg = hg;
      this.truth = hg ? Fixtures.hgTruth() : Fixtures.naTruth();
      this.query = hg ? Fixtures.hgQuery() : Fixtures.naQuery();
      this.reference = hg ? Fixtures.hgRef() : Fixtures.naRef();
      this.confident = hg ? Fixtures.hgBed() : Fixtures.naBed();
    }

    Compare truth(Path p) {
      truth = p;
      return this;
    }

    Compare query(Path p) {
      query = p;
      return this;
    }

    Compare reference(Path p) {
      reference = p;
      return this;
    }

    Compare confident(Path p) {
      confident = p;
      return this;
    }

    Compare strata(Path p) {
      strata = p;
      return this;
    }

    Compare target(Path p) {
      target = p;
      return this;
    }

    Compare prefix(String p) {
      prefix = p;
      return this;
    }

    Compare extra(String... args) {
      extra.addAll(Arrays.asList(args));
      return this;
    }

    Compare caseOnly(String... args) {
      caseExtra.addAll(Arrays.asList(args));
      return this;
    }

    private List<String> args(Path t, Path q, Path r, Path c, Path s, Path g, String out) {
      final List<String> a = new ArrayList<>(List.of("compare", "--truth", t.toString(), "--query", q.toString(),
          "--reference", r.toString()));
      if (c != null) {
        a.addAll(List.of("--confident", c.toString()));
      }
      if (s != null) {
        a.addAll(List.of("--stratification", s.toString()));
      }
      if (g != null) {
        a.addAll(List.of("--target", g.toString()));
      }
      a.addAll(List.of("--output", out, "--quiet"));
      a.addAll(extra);
      return a;
    }

    Invocation done() {
      final List<String> caseArgs = args(truth, query, reference, confident, strata, target,
          CaseDir.OUT + "/" + prefix);
      caseArgs.addAll(caseExtra);
      final Invocation inv = new Invocation(caseArgs);
      final Path cleanBed = hg ? Fixtures.hgBed() : Fixtures.naBed();
      final Path cleanStrata = strata == null ? null : Fixtures.strata();
      final Path cleanTarget = target == null ? null : cleanBed;
      final Path cleanConfident = confident == null ? null : cleanBed;
      final List<String> cleanArgs = new Compare(hg).args(hg ? Fixtures.hgTruth() : Fixtures.naTruth(),
          hg ? Fixtures.hgQuery() : Fixtures.naQuery(), hg ? Fixtures.hgRef() : Fixtures.naRef(), cleanConfident,
          cleanStrata, cleanTarget, CaseDir.OUT + "/run");
      cleanArgs.addAll(extra);
      inv.cleanKey = String.join(" ", cleanArgs);
      inv.clean = dir -> cleanArgs;
      // extended.csv also holds region sizes, which a changed confident BED moves legitimately; the counts are in
      // summary.csv, and per stratum in extended.csv.
      for (String suffix : strata == null ? List.of(".summary.csv") : List.of(".summary.csv", ".extended.csv")) {
        inv.countFiles.add(prefix + suffix);
        inv.cleanCountFiles.add("run" + suffix);
      }
      inv.expectedOutputs.addAll(List.of(prefix + ".summary.csv", prefix + ".metrics.json", prefix + ".vcf.gz"));
      return inv;
    }
  }

  static Compare na() {
    return new Compare(false);
  }

  static Compare hg() {
    return new Compare(true);
  }

  /** {@code harness validate --vcf VCF} against the NA12878 truth and reference. */
  static Invocation validate(Path vcf, String... extra) {
    final List<String> a = new ArrayList<>(List.of("validate", "--vcf", vcf.toString(), "--truth",
        Fixtures.naTruth().toString(), "--reference", Fixtures.naRef().toString()));
    a.addAll(Arrays.asList(extra));
    final Invocation inv = new Invocation(a);
    inv.findingsOnStdout = true;
    return inv;
  }

  /** {@code harness validate SUBMISSION.yaml}. */
  static Invocation validateSubmission(Path yaml) {
    final Invocation inv = new Invocation(List.of("validate", yaml.toString(), "--truth", Fixtures.naTruth().toString(),
        "--reference", Fixtures.naRef().toString()));
    inv.findingsOnStdout = true;
    return inv;
  }

  /** The lines of a clean plan: the NA12878 truth set and the GATK4 calls of unit north, results in resultsDir. */
  static List<String> planLines(Path resultsDir) {
    return new ArrayList<>(List.of(
        "plan_version: 1",
        "results_dir: " + resultsDir,
        "threads: 2",
        "gates: criteria.yaml",
        "truth_sets:",
        "  - id: na12878",
        "    version: v1",
        "    vcf: " + Fixtures.naTruth(),
        "    confident: " + Fixtures.naBed(),
        "    reference: " + Fixtures.naRef(),
        "submissions:",
        "  - unit: " + UNIT,
        "    sample: " + SAMPLE,
        "    pipeline: {name: gatk4, version: \"4\"}",
        "    truth_set: na12878",
        "    vcf: " + Fixtures.naQuery()));
  }

  static List<String> criteriaLines() {
    return new ArrayList<>(List.of(
        "criteria_version: \"hostile\"",
        "effective_date: \"2026-01-01\"",
        "interval: jeffreys-95",
        "rules:",
        "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.50, warn_below: 0.60}"));
  }

  /** {@code harness run --plan PLAN --run-id hostile -q}; the plan's results_dir should be {@code out/results}. */
  static Invocation run(Path plan) {
    final Invocation inv = new Invocation(List.of("run", "--plan", plan.toString(), "--run-id", RUN_ID, "-q"));
    inv.cleanKey = "run";
    inv.clean = dir -> {
      final CaseDir d = new CaseDir(dir);
      d.lines("criteria.yaml", criteriaLines());
      final Path p = d.lines("plan.yaml", planLines(d.out.resolve("results")));
      return List.of("run", "--plan", p.toString(), "--run-id", RUN_ID, "-q");
    };
    final String folder = "results/" + RUN_ID + "/" + UNIT + "/" + SAMPLE + "/" + SAMPLE;
    inv.countFiles.add(folder + ".summary.csv");
    inv.cleanCountFiles.add(folder + ".summary.csv");
    inv.expectedOutputs.add("results/" + RUN_ID + "/run.json");
    return inv;
  }

  /** Writes criteria.yaml and the given plan lines into the case's in/ folder; returns the plan. */
  static Path writePlan(CaseDir d, List<String> plan) {
    d.lines("criteria.yaml", criteriaLines());
    return d.lines("plan.yaml", plan);
  }

  /**
   * A complete results folder (results/hostile/... and results/history.sqlite) made once by a clean run; cases
   * copy it into their in/ folder and damage the copy.
   */
  static synchronized Path cleanResults() {
    if (cleanRun == null) {
      final CaseDir d = CaseDir.fresh("_fixtures/run");
      d.lines("criteria.yaml", criteriaLines());
      final Path p = d.lines("plan.yaml", planLines(d.out.resolve("results")));
      final Runs.Result r = Runs.run(List.of("run", "--plan", p.toString(), "--run-id", RUN_ID, "-q"));
      if (r.exitCode() != 0) {
        throw new IllegalStateException("the clean run failed: " + r.stderr());
      }
      cleanRun = d.out.resolve("results");
    }
    return cleanRun;
  }

  /** Copies the clean results folder to in/results; returns it. */
  static Path copyResults(CaseDir d) {
    final Path from = cleanResults();
    final Path to = d.in("results");
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        final Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().endsWith(".lock")) {
          Files.copy(p, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** {@code harness report RUN_DIR --out out/report.<ext> -q} plus extra options. */
  static Invocation report(Path runDir, String fileName, String... extra) {
    final List<String> a = new ArrayList<>(List.of("report", runDir.toString(), "--out",
        CaseDir.OUT + "/" + fileName, "-q"));
    a.addAll(Arrays.asList(extra));
    final Invocation inv = new Invocation(a);
    inv.expectedOutputs.add(fileName);
    return inv;
  }

  /** {@code harness history --db DB} (CSV on stdout, compared with the clean database's). */
  static Invocation history(Path db, String... extra) {
    final List<String> a = new ArrayList<>(List.of("history", "--db", db.toString()));
    a.addAll(Arrays.asList(extra));
    final Invocation inv = new Invocation(a);
    final List<String> cleanArgs = new ArrayList<>(List.of("history", "--db",
        cleanResults().resolve("history.sqlite").toString()));
    cleanArgs.addAll(Arrays.asList(extra));
    inv.cleanKey = String.join(" ", cleanArgs);
    inv.clean = dir -> cleanArgs;
    inv.countFiles.add(Invocation.STDOUT);
    inv.cleanCountFiles.add(Invocation.STDOUT);
    return inv;
  }
}
