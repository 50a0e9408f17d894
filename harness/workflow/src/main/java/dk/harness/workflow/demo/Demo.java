package dk.harness.workflow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import dk.harness.simulate.Cohort;
import dk.harness.simulate.CohortLayout;
import dk.harness.simulate.CohortSimulator;
import dk.harness.simulate.SimulationConfig;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.history.HistoryReport;
import dk.harness.workflow.history.HistoryRow;
import dk.harness.intake.Finding;
import dk.harness.intake.Intake;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.IntakeTarget;
import dk.harness.intake.Severity;
import dk.harness.intake.Submission;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.RunSummary;
import dk.harness.workflow.run.Runner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code harness demo}: the whole flow on a simulated cohort (or on the NA12878 chr20 data), with no network and
 * no other setup: simulate the cohort, validate every submission (intake), run the plan (compare and judge), show
 * the verdicts and the history, and say where everything is. Each invocation adds a run, so the history grows
 * a trend.
 *
 * <p>Files, under {@code out}: {@code demo-cohort/} (the cohort, {@code plan.yaml}, {@code council-criteria.yaml}),
 * or {@code na12878-chr20/} (plan and criteria) with {@code --real}; {@code <run-id>/} per run and
 * {@code history.sqlite}. Not thread-safe.
 */
public final class Demo {
  /** Resource holding the council criteria (copied from gates/council-criteria.yaml at build time). */
  static final String CRITERIA_RESOURCE = "council-criteria.yaml";

  /**
   * What to demonstrate.
   *
   * @param out results folder (the cohort goes into a subfolder)
   * @param seed simulation seed
   * @param contigLength length of each of the two simulated contigs (smaller is faster)
   * @param real use the NA12878 chr20 data under {@code sharedData} instead of a simulated cohort
   * @param sharedData the shared data folder (holding {@code na12878-hg19-chr20-10mb/})
   * @param threads threads for the run
   */
  public record Options(Path out, long seed, int contigLength, boolean real, Path sharedData, int threads) {
    public Options {
      Objects.requireNonNull(out, "out");
    }
  }

  private final RunOptions runOptions;
  private final PrintWriter out;

  /**
   * @param runOptions how the run reports (its log gets progress)
   * @param out where the demo's steps, tables and pointers go
   */
  public Demo(RunOptions runOptions, PrintWriter out) {
    this.runOptions = runOptions;
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @return the run
   * @throws InputException on unusable options (e.g. --real without the data)
   */
  public RunResult run(Options o) throws Exception {
    final Path outDir = o.out().toAbsolutePath().normalize();
    final Path planFile;
    if (o.real()) {
      step(1, "use the NA12878 chr20 data (five GATK/DeepVariant call sets as five units)");
      planFile = RealDataPlan.write(outDir.resolve("na12878-chr20"), o.sharedData().toAbsolutePath().normalize(),
          o.threads());
      out.println("  Note: the fixture covers 100 kb (49 confident truth variants). That is too few to show the");
      out.println("  council's 99% recall with 95% confidence, so the gates FAIL every unit on the interval's");
      out.println("  lower bound: the point here is the flow on real files, not the verdicts.");
    } else {
      final Path cohortDir = outDir.resolve("demo-cohort");
      step(1, "simulate a cohort (seed " + o.seed() + ", 2 contigs x " + o.contigLength() + " bp, five units) in "
          + cohortDir);
      ensureCohort(cohortDir, o.seed(), o.contigLength());
      planFile = SimulatedPlan.write(cohortDir, o.seed(), o.threads());
    }
    writeCriteria(planFile.getParent().resolve(CRITERIA_RESOURCE));
    out.println("  plan: " + planFile);
    out.flush();

    final Plan plan = new PlanReader(o.threads()).read(planFile);
    step(2, "validate every submission (intake preflight, as 'harness validate' does)");
    validate(plan);

    step(3, "run the plan: compare every submission with the truth, in parallel");
    out.flush();
    final RunResult result = new Runner(runOptions).run(plan);

    step(4, "the council's gates (criteria " + result.criteriaVersion() + ", 95% Jeffreys lower bounds)");
    RunSummary.print(result, out);

    step(5, "history: PASS F1 per unit over its runs, oldest first (" + result.history() + ")");
    try (History h = History.openReadOnly(result.history())) {
      final String sample = plan.submissions().get(0).sample();
      final List<HistoryRow> rows = new ArrayList<>(h.query(new HistoryQuery(null, sample,
          plan.submissions().get(0).truthSetId(), null, "PASS", "*")));
      // A trend reads best unit by unit (the query orders by run first).
      rows.sort(Comparator.comparing(HistoryRow::unit).thenComparing(HistoryRow::type)
          .thenComparing(HistoryRow::startedAt).thenComparing(HistoryRow::runId));
      HistoryReport.write(rows, HistoryReport.Metric.F1, HistoryReport.Format.TABLE, out);
    }
    out.println();
    out.println("Done. Results: " + result.runDir());
    out.println("  per submission: " + result.runDir().resolve("<unit>/<sample>/") + " (summary.csv, extended.csv, "
        + "GA4GH VCF, ROC, metrics.json, intake.json, verdict.json)");
    out.println("  SV part:        " + result.runDir().resolve("<unit>/<sample>/sv/") + " (summary.json and "
        + "tp-base/tp-comp/fp/fn VCFs as Truvari writes them, metrics.json)");
    out.println("  provenance:     " + result.runDir().resolve("run.json"));
    out.println("  history:        " + result.history());
    out.println("Next: run the demo again to add a run to the trend, or query the history, e.g.");
    out.println("  bin/harness history --db " + result.history() + " --unit " + plan.submissions().get(0).unit()
        + " --metric recall --filter PASS --format table");
    out.flush();
    return result;
  }

  private void step(int n, String what) {
    out.println();
    out.println("== " + n + "/5 " + what);
    out.flush();
  }

  /**
   * Generates the cohort unless one from the same seed and size, with structural variants, is already there:
   * generation is deterministic, so the files would be the same, and keeping them keeps the truth set's checksums
   * (and the history) comparable. A cohort from before SVs were simulated is regenerated; its small-variant files
   * come out byte-identical, so the history stays comparable.
   */
  private void ensureCohort(Path dir, long seed, int contigLength) throws IOException {
    final Path json = dir.resolve(CohortLayout.COHORT_JSON);
    if (Files.isRegularFile(json) && sameCohort(json, seed, contigLength)) {
      out.println("  reusing the cohort generated earlier (same seed and size)");
      return;
    }
    final SimulationConfig config = SimulationConfig.defaults().withSeed(seed)
        .withContigs(SimulationConfig.contigs(SimulationConfig.DEFAULT_CONTIG_COUNT, contigLength));
    final Cohort c = new CohortSimulator(config).generate(dir);
    out.println("  generated reference, truth set (" + c.samples().size() + " sample), strata and "
        + c.units().size() + " units' calls");
    out.println("  and structural variants: an SV truth set with its benchmark BED, and each unit's SV calls");
  }

  private static boolean sameCohort(Path json, long seed, int contigLength) {
    try {
      final JsonNode root = new ObjectMapper().readTree(json.toFile());
      return root.path("seed").asLong() == seed
          && root.path("config").path("contigs").path(0).path("length").asInt() == contigLength
          && root.path("samples").path(0).has("svTruth");
    } catch (IOException e) {
      return false;
    }
  }

  private void writeCriteria(Path to) throws IOException {
    try (InputStream in = Demo.class.getResourceAsStream(CRITERIA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the council criteria are missing from the jar (" + CRITERIA_RESOURCE + ")");
      }
      Files.write(to, in.readAllBytes());
    }
  }

  private void validate(Plan plan) {
    for (dk.harness.workflow.plan.SubmissionPart p : plan.parts()) {
      final PlanSubmission s = p.submission();
      final PlanTruthSet t = plan.truthSet(p.truthSetId()).orElseThrow();
      final IntakeReport r = p.structural()
          ? dk.harness.workflow.run.SubmissionWork.checkSvIntake(p, t)
          : Intake.check(new Submission(s.unit(), s.pipelineName(), s.vcfSample(), s.truthSetId(), s.vcf(),
              s.index()), new IntakeTarget(t.vcf(), t.reference(), t.build(), t.sample(), t.confident()));
      final List<Finding> errors = r.findings(Severity.ERROR);
      final List<Finding> warnings = r.findings(Severity.WARNING);
      out.printf(java.util.Locale.ROOT, "  %-16s %s: %,d records, %d error(s), %d warning(s)%n", p.key(),
          errors.isEmpty() ? "OK" : "REFUSED", r.records(), errors.size(), warnings.size());
      for (Finding f : errors.isEmpty() ? warnings.subList(0, Math.min(2, warnings.size())) : errors) {
        out.println("      " + f.format());
      }
    }
    out.flush();
  }
}
