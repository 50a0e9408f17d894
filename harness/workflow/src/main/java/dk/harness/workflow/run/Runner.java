package dk.harness.workflow.run;

import dk.harness.io.FaultException;
import dk.harness.io.Faults;
import dk.harness.io.InputException;
import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateEvaluator;
import dk.harness.workflow.gates.GateVerdict;
import dk.harness.workflow.gates.ResultCounts;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.PreviousResult;
import dk.harness.workflow.history.RunRecord;
import dk.harness.intake.Finding;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.Severity;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import dk.harness.workflow.history.ComparisonRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a plan: every submission part through intake, the comparison (small variants: against its truth set, read
 * once per run and shared; structural variants: {@code harness compare-sv}'s comparison into
 * {@code <unit>/<sample>/sv/}) and the council's gates, in parallel; writes {@code results/<run-id>/<unit>/<sample>/...} plus
 * {@code run.json}, renames the run folder into place atomically and then records the run in
 * {@code results/history.sqlite} in one transaction.
 *
 * <p>Failure semantics: a submission whose files are refused (intake errors, or the comparison rejecting the
 * VCF) is recorded with verdict ERROR and the run goes on. Anything else (a broken truth set or criteria file,
 * an internal error, an exception from a {@link RunListener}) aborts the run: its temporary folder is removed,
 * no run folder appears and the history is not touched. A killed run leaves only a hidden
 * {@code .<run-id>.partial} folder, removed by the next run. A run folder whose recording in the history was
 * interrupted is recorded by the next run (from its run.json and outputs).
 *
 * <p>Not thread-safe: one run per instance at a time. Several processes may run plans into the same results
 * folder; the history has one writer at a time.
 */
public final class Runner {
  /** The history database's name in the results folder. */
  public static final String HISTORY_FILE = "history.sqlite";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
      Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'",
      Locale.ROOT).withZone(ZoneOffset.UTC);

  private final RunOptions options;

  public Runner(RunOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Runs the plan.
   *
   * @return the committed run; {@link RunResult#exitCode()} is the CLI's exit code
   * @throws InputException on a bad plan, criteria file or truth set, or an existing run id (nothing is written)
   */
  public RunResult run(Plan plan) throws Exception {
    try (SubmissionWork work = SubmissionWork.local(plan)) {
      return run(plan, work);
    }
  }

  /**
   * Runs the plan with another source of intake reports and comparison outputs ({@code harness merge} replays
   * shards' results); everything else is as {@link #run(Plan)}. {@code work} is not closed.
   *
   * @throws InputException as {@link #run(Plan)}, or when {@code work} refuses its inputs
   */
  public RunResult run(Plan plan, SubmissionWork work) throws Exception {
    if (!Files.isRegularFile(plan.gates())) {
      throw new InputException(plan.gates(), -1, "the council criteria file does not exist",
          "set 'gates:' in the plan (or --gates) to the criteria file, e.g. gates/council-criteria.yaml");
    }
    final Criteria criteria = Criteria.load(plan.gates());
    requireTruthFiles(plan);
    final Path results = plan.resultsDir();
    try {
      Files.createDirectories(results);
    } catch (IOException e) {
      throw new InputException(results, -1, "cannot create the results folder (" + e.getMessage() + ")",
          "set results_dir to a writable folder", e);
    }
    final Instant start = options.clock().instant();
    try (History history = History.open(results.resolve(HISTORY_FILE))) {
      recordUnrecordedRuns(results, history);
      final String runId = runId(plan, start, results, history);
      final Map<String, PreviousResult> previous = new HashMap<>();
      for (SubmissionPart p : plan.parts()) {
        final PlanSubmission s = p.submission();
        history.previous(s.unit(), s.sample(), p.truthSetId(), runId, p.structural()
            ? ComparisonRecord.STRUCTURAL_VARIANT : ComparisonRecord.SMALL_VARIANT)
            .ifPresent(r -> previous.put(p.key(), r));
      }
      final RunResult result;
      try (RunDirectory dir = RunDirectory.create(results, runId, options.log())) {
        final List<SubmissionPart> parts = plan.parts();
        final int parallel = Math.min(plan.threads(), parts.size());
        final int engineThreads = Math.max(1, plan.threads() / parallel);
        final List<SubmissionOutcome> outcomes;
        try (RunProgress progress = new RunProgress(options.log(), options.interactive(), options.quiet(),
            parts.stream().map(SubmissionPart::key).toList())) {
          final long sv = parts.stream().filter(SubmissionPart::structural).count();
          progress.info(String.format(Locale.ROOT, "run %s: %d submission(s)%s, %d at a time, results in %s", runId,
              plan.submissions().size(), sv == 0 ? "" : " (" + (parts.size() - sv) + " small-variant and " + sv
                  + " structural-variant part(s))", parallel, results.resolve(runId)));
          outcomes = runAll(plan, runId, dir.partial(), criteria, previous, work, parallel, engineThreads,
              progress);
        }
        final Instant end = options.clock().instant();
        RunManifest.write(dir.partial(), new RunManifest.Content(runId, options.harnessVersion(), TIME.format(start),
            TIME.format(end), HostInfo.describe(), plan, plan.gates(), criteria, parallel, engineThreads, work,
            outcomes));
        final Path runDir = dir.commit();
        result = new RunResult(runId, runDir, history.file(), outcomes, work.truthSetLoads(),
            criteria.criteriaVersion());
      }
      recordCompleted(history, result.runDir());
      return result;
    }
  }

  /**
   * Records a complete run folder in the history {@code db} (created if missing), e.g. one whose recording failed
   * ({@code harness history --record}); the rows come from its run.json and outputs, as a run records itself.
   *
   * @return false if the run was in the history already (nothing is written)
   * @throws InputException if the folder is not a complete run folder or the history is unusable
   */
  public static boolean record(Path runDir, Path db) throws IOException {
    if (!Files.isRegularFile(runDir.resolve(RunManifest.FILE))) {
      throw new InputException(runDir, -1, "not a complete run folder (it has no " + RunManifest.FILE + ")",
          "pass a folder results/<run-id> written by 'harness run'");
    }
    final RunRecord record = RunManifest.toRecord(runDir);
    try (History history = History.open(db)) {
      if (history.contains(record.runId())) {
        return false;
      }
      history.record(record);
      return true;
    }
  }

  /**
   * Records a committed run. If that fails, the run folder stays (it is complete and correct) and the message
   * says how to record it once the history is usable again.
   */
  private static void recordCompleted(History history, Path runDir) {
    try {
      history.record(RunManifest.toRecord(runDir));
    } catch (Exception e) {
      final InputException fault = Faults.classify(e, history.file());
      final String problem = fault == null ? String.valueOf(e.getMessage()) : fault.problem();
      final String fix = fault == null || fault.fix() == null ? "" : fault.fix() + "; then ";
      throw new InputException(fault == null || fault.file() == null ? history.file() : fault.file(), -1,
          "the run is complete in " + runDir + " but could not be recorded in the history (" + problem + ")",
          fix + "record it with 'harness history --db " + history.file() + " --record " + runDir
              + "' (the next 'harness run' into this results folder also records it)", e);
    }
  }

  /** Compares every submission part on a pool of {@code parallel} threads; outcomes in plan order. */
  private List<SubmissionOutcome> runAll(Plan plan, String runId, Path runDir, Criteria criteria,
      Map<String, PreviousResult> previous, SubmissionWork work, int parallel, int engineThreads,
      RunProgress progress) throws Exception {
    final ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
      final Thread t = new Thread(r, "harness-submission");
      t.setDaemon(true);
      return t;
    });
    try {
      // Start submissions grouped by truth set, so a truth set's memory is freed before most of the next is read;
      // outcomes are still collected in plan order.
      final List<String> truthOrder = plan.truthSets().stream().map(PlanTruthSet::id).toList();
      final List<SubmissionPart> order = new ArrayList<>(plan.parts());
      order.sort(java.util.Comparator.comparingInt(p -> truthOrder.indexOf(p.truthSetId())));
      final Map<String, Future<SubmissionOutcome>> futures = new HashMap<>();
      for (SubmissionPart p : order) {
        final PlanSubmission s = p.submission();
        final PlanTruthSet truth = plan.truthSet(p.truthSetId()).orElseThrow();
        futures.put(p.key(), pool.submit(() -> {
          final SubmissionOutcome o;
          if (p.structural()) {
            o = new SvPartTask(p, truth, runId, runDir, criteria, previous.get(p.key()), work, plan.svConfig(),
                options.harnessVersion(), progress).call();
          } else {
            try {
              o = new SubmissionTask(s, truth, runId, runDir, criteria, previous.get(p.key()), work,
                  engineThreads, progress).call();
            } finally {
              work.release(s);
            }
          }
          options.listener().submissionDone(s, o);
          return o;
        }));
      }
      final List<SubmissionOutcome> outcomes = new ArrayList<>();
      for (SubmissionPart p : plan.parts()) {
        final Future<SubmissionOutcome> f = futures.get(p.key());
        try {
          outcomes.add(f.get());
        } catch (ExecutionException e) {
          // The first failure aborts the run; the others are not waited for.
          pool.shutdownNow();
          if (e.getCause() instanceof Exception ex) {
            throw ex;
          }
          throw e;
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
      // Let the workers notice the interrupt before the run folder is removed under them.
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** One submission: intake, comparison, gates; writes its folder. */
  private final class SubmissionTask {
    private final PlanSubmission s;
    private final PlanTruthSet truth;
    private final String runId;
    private final Path runDir;
    private final Criteria criteria;
    private final PreviousResult previous;
    private final SubmissionWork work;
    private final int engineThreads;
    private final RunProgress progress;

    SubmissionTask(PlanSubmission s, PlanTruthSet truth, String runId, Path runDir, Criteria criteria,
        PreviousResult previous, SubmissionWork work, int engineThreads, RunProgress progress) {
      this.s = s;
      this.truth = truth;
      this.runId = runId;
      this.runDir = runDir;
      this.criteria = criteria;
      this.previous = previous;
      this.work = work;
      this.engineThreads = engineThreads;
      this.progress = progress;
    }

    SubmissionOutcome call() throws Exception {
      final long t0 = System.nanoTime();
      final Path folder = Path.of(s.unit(), s.sample());
      final Path dir = runDir.resolve(folder);
      Files.createDirectories(dir);

      progress.phase(s.key(), "intake");
      final IntakeReport intake = work.intake(s, truth);
      SubmissionFiles.writeIntake(dir, intake);
      final long t1 = System.nanoTime();
      if (intake.hasErrors()) {
        final List<String> reasons = new ArrayList<>();
        for (Finding f : intake.findings(Severity.ERROR)) {
          reasons.add("intake: " + f.format());
        }
        return finish(dir, folder, Status.ERROR, reasons, intake.sha256(), null, t0, t1, t1, t1);
      }

      progress.phase(s.key(), "loading truth set " + truth.id());
      work.loadTruth(s, truth);
      final long t2 = System.nanoTime();
      progress.phase(s.key(), "comparing");
      try {
        work.compare(s, truth, engineThreads, dir.resolve(s.sample()), options.harnessVersion(),
            progress.sink(s.key()));
      } catch (FaultException e) {
        throw e; // a full disk or a vanished folder is not the submission's fault: stop the run
      } catch (InputException e) {
        // The submitted files were refused (intake does not catch everything a full read finds).
        return finish(dir, folder, Status.ERROR, List.of("comparison: " + e.getMessage()), intake.sha256(), null,
            t0, t1, t2, System.nanoTime());
      }
      final long t3 = System.nanoTime();

      progress.phase(s.key(), "judging");
      final ResultCounts current = ResultCounts.ofOutput(dir.resolve(s.sample()));
      final GateVerdict verdict = GateEvaluator.evaluate(criteria, current,
          previous == null ? null : previous.counts());
      return finish(dir, folder, Status.of(verdict.status()), verdict.reasons(), intake.sha256(),
          previous == null ? null : previous.runId(), t0, t1, t2, t3);
    }

    private SubmissionOutcome finish(Path dir, Path folder, Status status, List<String> reasons, String sha,
        String previousRunId, long t0, long tIntake, long tTruth, long tCompare) throws IOException {
      SubmissionFiles.writeVerdict(dir, runId, s, truth, status, reasons, criteria.criteriaVersion(),
          previousRunId);
      final long end = System.nanoTime();
      progress.done(s.key(), status, status == Status.ERROR ? "(" + reasons.size() + " error(s), see intake.json)"
          : "");
      return new SubmissionOutcome(s, status, reasons, sha, previousRunId, folder, (tIntake - t0) / 1e9,
          (tTruth - tIntake) / 1e9, (tCompare - tTruth) / 1e9, (end - t0) / 1e9);
    }
  }

  /** A missing truth-set file is the plan's problem, not a submission's: refuse the run before writing anything. */
  private static void requireTruthFiles(Plan plan) {
    for (PlanTruthSet t : plan.truthSets()) {
      final Path[] files = {t.vcf(), t.reference(), t.confident(), t.stratification()};
      final String[] what = {"VCF", "reference", "confident-regions BED", "stratification TSV"};
      for (int i = 0; i < files.length; i++) {
        if (files[i] != null && !Files.isRegularFile(files[i])) {
          throw new InputException(files[i], -1, "the " + what[i] + " of truth set '" + t.id() + "' (plan "
              + plan.source().getFileName() + " line " + t.line() + ") does not exist", "fix the path in the plan");
        }
      }
    }
  }

  /** The plan's run id, or a fresh one: UTC time and the plan's hash, with a counter if that exists already. */
  private static String runId(Plan plan, Instant start, Path results, History history) {
    if (plan.runId() != null) {
      if (Files.exists(results.resolve(plan.runId())) || history.contains(plan.runId())) {
        throw new InputException(results.resolve(plan.runId()), -1, "a run with id '" + plan.runId()
            + "' already exists", "choose another run_id (or leave it out to get a fresh one)");
      }
      return plan.runId();
    }
    final String base = RUN_ID_TIME.format(start) + "-" + plan.sha256().substring(0, 6);
    String id = base;
    for (int n = 2; Files.exists(results.resolve(id)) || history.contains(id)
        || Files.exists(results.resolve("." + id + RunDirectory.PARTIAL_SUFFIX)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Records run folders that are complete (renamed into place) but missing from the history: a run killed after
   * its rename and before its history transaction committed.
   */
  private void recordUnrecordedRuns(Path results, History history) throws IOException {
    final List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(results)) {
      for (Path p : ds) {
        if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")
            && Files.isRegularFile(p.resolve(RunManifest.FILE))) {
          dirs.add(p);
        }
      }
    }
    dirs.sort(null);
    for (Path p : dirs) {
      if (!history.contains(p.getFileName().toString())) {
        final RunRecord record;
        try {
          record = RunManifest.toRecord(p);
        } catch (InputException e) {
          // A damaged run folder must not block every later run into this results folder.
          options.log().println("harness: warning: run folder " + p.getFileName() + " is not in the history and "
              + "cannot be recorded: " + e.getMessage());
          options.log().flush();
          continue;
        }
        history.record(record);
        options.log().println("harness: recorded run " + p.getFileName() + " in the history (its run had stopped "
            + "before recording it)");
        options.log().flush();
      }
    }
  }
}
