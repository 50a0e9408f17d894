package dk.harness.workflow.shard;

import dk.harness.core.ComparisonConfig;
import dk.harness.io.InputException;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import dk.harness.report.NotAssessedTally;
import dk.harness.report.RunInfo;
import dk.harness.report.Sha256;
import dk.harness.report.Stratum;
import dk.harness.compare.Comparison;
import dk.harness.compare.ContigProgress;
import dk.harness.compare.MatchMode;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.ReportOutput;
import dk.harness.compare.RocField;
import dk.harness.compare.TruthRegions;
import dk.harness.compare.TruthSetData;
import dk.harness.intake.IntakeReport;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import dk.harness.core.sv.SvConfig;
import dk.harness.workflow.run.SubmissionFiles;
import dk.harness.workflow.run.SubmissionWork;
import dk.harness.workflow.run.TruthSetSummary;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The work of {@code harness merge}: a {@link SubmissionWork} that takes each submission's intake report and
 * compared contigs from the results of its work units, so the {@link dk.harness.workflow.run.Runner} writes the
 * run folder, verdicts, run.json and history rows exactly as {@code harness run} does. The compare outputs are
 * written by the same {@link ReportOutput} from the replayed contigs, in reference order.
 *
 * <p>Errors are taken as the run would meet them: a truth-set problem any unit of a compared submission recorded
 * aborts the merge (as it aborts a run); a submission problem makes the submission ERROR with the first unit's
 * message, in contig order. Thread-safe.
 */
public final class ShardMerge implements SubmissionWork {
  private final ShardPlan shards;
  private final Path shardsFile;
  private final Path resultsDir;
  private final Map<Integer, UnitResult> results;
  private final Map<String, TruthRegions> regions = new HashMap<>();
  private final Map<String, Integer> users = new HashMap<>();
  private final Map<String, Integer> loads = new TreeMap<>();
  private final Map<String, TruthSetSummary> summaries = new TreeMap<>();

  private ShardMerge(Plan plan, ShardPlan shards, Path shardsFile, Path resultsDir, Map<Integer, UnitResult> results) {
    this.shards = shards;
    this.shardsFile = shardsFile;
    this.resultsDir = resultsDir;
    this.results = results;
    for (PlanSubmission s : plan.submissions()) {
      if (s.hasSmallPart()) {
        users.merge(s.truthSetId(), 1, Integer::sum);
      }
    }
  }

  /**
   * Checks that the shards file belongs to the plan, that every unit's result is in {@code resultsDir} and comes
   * from this shards file, and that no input changed since planning.
   *
   * @param plan the plan, as read for the merge (its run id, results folder, threads and gates may be overridden)
   * @throws InputException naming what is missing or does not belong
   */
  public static ShardMerge open(Plan plan, Path shardsFile, Path resultsDir) throws IOException {
    final ShardPlan shards = ShardPlan.read(shardsFile);
    if (!plan.sha256().equals(shards.planSha256())) {
      throw new InputException(shardsFile, -1, "was made from another version of the plan " + plan.source()
          + " (sha256 differs)", "plan again: harness plan --plan " + plan.source() + " --out " + shardsFile);
    }
    for (PlanSubmission s : plan.submissions()) {
      final List<WorkUnit> us = smallUnits(shards, s);
      final long sv = shards.unitsOf(s.key()).stream().filter(u -> u.kind() == WorkUnit.Kind.SV).count();
      if (s.hasSmallPart() && (us.isEmpty() || us.get(0).kind() != WorkUnit.Kind.INTAKE || us.size() < 2)
          || !s.hasSmallPart() && !us.isEmpty() || sv != (s.hasSvPart() ? 1 : 0)) {
        throw new InputException(shardsFile, -1, "has no complete set of units for submission " + s.key(),
            "plan again: harness plan --plan " + plan.source() + " --out " + shardsFile);
      }
    }
    for (InputFile f : shards.files()) {
      f.requireUnchanged(shardsFile);
    }
    final String sha = Sha256.of(shardsFile);
    final Map<Integer, UnitResult> results = new HashMap<>();
    final List<Integer> missing = new ArrayList<>();
    for (WorkUnit u : shards.units()) {
      final Path file = UnitResult.resultFile(resultsDir, u);
      if (!Files.isRegularFile(file)) {
        missing.add(u.index());
        continue;
      }
      final UnitResult r = UnitResult.read(file);
      if (!r.shardsSha256().equals(sha) || r.index() != u.index() || r.kind() != u.kind()
          || !r.key().equals(u.key())) {
        throw new InputException(file, -1, "this result is not of unit " + u.index() + " of " + shardsFile
            + " (it was run from another shards file)", "run the unit again: harness compare --shard "
            + shardsFile + ":" + u.index() + " --output " + resultsDir);
      }
      results.put(u.index(), r);
    }
    if (!missing.isEmpty()) {
      throw new InputException(resultsDir, -1, missing.size() + " of " + shards.units().size()
          + " unit result(s) are missing (units " + abbreviate(missing) + ")", "run each missing unit: harness "
          + "compare --shard " + shardsFile + ":K --output " + resultsDir);
    }
    for (PlanSubmission s : plan.submissions()) {
      if (s.hasSmallPart()) {
        checkCompareUnits(s, shards, shardsFile, resultsDir, results);
      }
      ShardMergeSv.check(s, shards, shardsFile, resultsDir, results);
    }
    return new ShardMerge(plan, shards, shardsFile, resultsDir, results);
  }

  /**
   * Unless a unit recorded an error: the units saw the same inputs, together compared exactly the submission's
   * contigs, and their data files are the ones they wrote (size and sha256).
   */
  private static void checkCompareUnits(PlanSubmission s, ShardPlan shards, Path shardsFile, Path resultsDir,
      Map<Integer, UnitResult> results) throws IOException {
    final List<WorkUnit> units = shards.unitsOf(s.key()).stream().filter(u -> u.kind() == WorkUnit.Kind.COMPARE)
        .toList();
    for (WorkUnit u : units) {
      final UnitResult r = results.get(u.index());
      if (r.submissionError() != null || r.truthError() != null) {
        return; // the submission is refused (or the merge stops): its contigs are never replayed
      }
    }
    final UnitResult head = results.get(units.get(0).index());
    final List<String> covered = new ArrayList<>();
    for (WorkUnit u : units) {
      final UnitResult r = results.get(u.index());
      if (!Objects.equals(r.contigs(), head.contigs()) || !Objects.equals(r.truthSample(), head.truthSample())
          || !Objects.equals(r.querySample(), head.querySample())) {
        throw new InputException(UnitResult.resultFile(resultsDir, u), -1, "the units of submission " + s.key()
            + " saw different inputs (contigs or samples differ from unit " + units.get(0).index() + ")",
            "plan again and rerun every unit of the submission");
      }
      covered.addAll(r.compared());
      final Path file = UnitResult.dataFile(resultsDir, u);
      if (!Files.isRegularFile(file) || Files.size(file) != r.dataSize()
          || !Sha256.of(file).equals(r.dataSha256())) {
        throw new InputException(file, -1, "the unit's data is damaged (missing, or its size or checksum differs "
            + "from " + UnitResult.resultFile(resultsDir, u).getFileName() + ")", "run the unit again: harness "
            + "compare --shard " + shardsFile + ":" + u.index() + " --output " + resultsDir);
      }
    }
    if (!covered.equals(head.contigs())) {
      throw new InputException(shardsFile, -1, "the units of submission " + s.key() + " compared contigs "
          + covered + " but the submission has records on " + head.contigs(),
          "plan again (the VCFs changed since planning) and rerun every unit");
    }
  }

  private static String abbreviate(List<Integer> ks) {
    final List<String> out = new ArrayList<>();
    for (int i = 0; i < ks.size() && i < 10; i++) {
      out.add(Integer.toString(ks.get(i)));
    }
    return String.join(", ", out) + (ks.size() > 10 ? ", ..." : "");
  }

  /** A submission's intake and compare units (its small-variant part's). */
  private static List<WorkUnit> smallUnits(ShardPlan shards, PlanSubmission s) {
    return shards.unitsOf(s.key()).stream().filter(u -> u.kind() != WorkUnit.Kind.SV).toList();
  }

  private List<WorkUnit> compareUnits(PlanSubmission s) {
    return shards.unitsOf(s.key()).stream().filter(u -> u.kind() == WorkUnit.Kind.COMPARE).toList();
  }

  @Override
  public IntakeReport intake(PlanSubmission s, PlanTruthSet truth) {
    return SubmissionFiles.readIntake(UnitResult.intakeFile(resultsDir, smallUnits(shards, s).get(0)));
  }

  @Override
  public IntakeReport svIntake(SubmissionPart part, PlanTruthSet truth) {
    return SubmissionFiles.readIntake(UnitResult.intakeFile(resultsDir, ShardMergeSv.unit(shards, part)));
  }

  @Override
  public void svCompare(SubmissionPart part, PlanTruthSet truth, SvConfig config, Path folder,
      String harnessVersion, ProgressSink progress) throws Exception {
    synchronized (this) {
      loads.merge(truth.id(), 1, Integer::sum); // as harness run, which reads the SV truth per part
    }
    final WorkUnit u = ShardMergeSv.unit(shards, part);
    ShardMergeSv.copy(results.get(u.index()), SvUnit.folder(resultsDir, u), folder, harnessVersion);
  }

  @Override
  public void loadTruth(PlanSubmission s, PlanTruthSet t) throws IOException {
    for (WorkUnit u : compareUnits(s)) {
      final InputException e = results.get(u.index()).truthError();
      if (e != null) {
        throw e;
      }
    }
    synchronized (this) {
      if (regions.containsKey(t.id()) || loads.containsKey(t.id())) {
        if (!regions.containsKey(t.id())) {
          throw new IllegalStateException("truth set " + t.id() + " asked for after its last user released it");
        }
        return;
      }
      loads.put(t.id(), 1);
      final long t0 = System.nanoTime();
      final TruthRegions r = TruthRegions.load(new TruthSetData.Files(t.vcf(), t.reference(), t.confident(),
          t.stratification(), t.vcfSample()));
      regions.put(t.id(), r);
      final Map<String, RunInfo.InputFile> digests = new LinkedHashMap<>();
      digests.put("truth", digest(t.vcf()));
      digests.put("reference", digest(t.reference()));
      digests.put("confident", digest(t.confident()));
      digests.put("stratification", digest(t.stratification()));
      final List<String> strata = new ArrayList<>();
      for (Stratum st : r.strata()) {
        strata.add(st.name());
      }
      final Long records = shards.truthRecords().get(t.id());
      if (records == null) {
        throw new InputException(shardsFile, -1, "has no record count for truth set " + t.id(), "plan again");
      }
      summaries.put(t.id(), new TruthSetSummary(digests, strata, records, (System.nanoTime() - t0) / 1e9));
    }
  }

  @Override
  public void compare(PlanSubmission s, PlanTruthSet t, int engineThreads, Path prefix, String harnessVersion,
      ProgressSink progress) throws Exception {
    final List<WorkUnit> units = compareUnits(s);
    UnitResult first = null;
    for (WorkUnit u : units) {
      final UnitResult r = results.get(u.index());
      if (r.submissionError() != null) {
        throw r.submissionError();
      }
      first = first == null ? r : first;
    }
    final UnitResult head = Objects.requireNonNull(first);
    final TruthRegions r;
    synchronized (this) {
      r = Objects.requireNonNull(regions.get(t.id()), "truth set not loaded");
    }
    final Map<String, RunInfo.InputFile> inputs = new LinkedHashMap<>(summaries(t.id()).digests());
    // The run's order: truth, query, reference, confident, stratification, target.
    final Map<String, RunInfo.InputFile> ordered = new LinkedHashMap<>();
    ordered.put("truth", inputs.get("truth"));
    ordered.put("query", digest(s.vcf()));
    ordered.put("reference", inputs.get("reference"));
    ordered.put("confident", inputs.get("confident"));
    ordered.put("stratification", inputs.get("stratification"));
    ordered.put("target", digest(s.target()));
    final ScoreField roc;
    try (VcfInput query = VcfInput.open(s.vcf(), "query", head.querySample(), s.roc())) {
      roc = RocField.choose(query, progress);
    }
    final Map<String, Object> parameters = Comparison.parameters(MatchMode.HAPLOTYPE, roc, s.target() != null,
        ComparisonConfig.defaults().withThreads(engineThreads));
    if (roc != s.roc()) {
      parameters.put(Comparison.ROC_REQUESTED, s.roc().name());
    }
    final RunInfo info = new RunInfo(harnessVersion, ordered, head.truthSample(), head.querySample(), parameters);
    ReportOutput.write(prefix, r.context(roc), info, MatchMode.HAPLOTYPE, progress, sink -> {
      long truthWithoutGt = 0;
      long queryWithoutGt = 0;
      for (WorkUnit u : units) {
        replay(u, results.get(u.index()), sink, progress);
        truthWithoutGt += results.get(u.index()).truthWithoutGt();
        queryWithoutGt += results.get(u.index()).queryWithoutGt();
      }
      // As Comparison reports them: once per side, after the last contig.
      sink.skippedByReader(NotAssessedTally.Side.TRUTH, truthWithoutGt);
      sink.skippedByReader(NotAssessedTally.Side.QUERY, queryWithoutGt);
    });
  }

  private synchronized TruthSetSummary summaries(String id) {
    return summaries.get(id);
  }

  /** Feeds one unit's contigs to the sink (its file was checked by {@link #open}). */
  private void replay(WorkUnit u, UnitResult r, ReportOutput.ContigSink sink, ProgressSink progress)
      throws IOException {
    final Path file = UnitResult.dataFile(resultsDir, u);
    final List<String> seen = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
        Files.newInputStream(file), 1 << 16), 1 << 16))) {
      for (ContigCodec.Replayed c = ContigCodec.read(in); c != null; c = ContigCodec.read(in)) {
        sink.accept(c.contig());
        seen.add(c.contig().contig());
        progress.contig(new ContigProgress(c.contig().contig(), c.truthRead(), c.queryRead(),
            c.contig().all().truth().size(), c.contig().all().query().size(), c.contig().separatePass(),
            c.contig().all().result().tooComplex().size(), 0, 0));
      }
    }
    if (!seen.equals(r.compared())) {
      // Its checksum was verified when the merge opened: the file changed since.
      throw new IllegalStateException(file + " holds contigs " + seen + ", its result file names " + r.compared());
    }
  }

  /** A file with its planned checksum (a file the plan did not list is checksummed now), or null. */
  private RunInfo.InputFile digest(Path p) throws IOException {
    if (p == null) {
      return null;
    }
    final InputFile f = shards.file(p.toString()).orElse(null);
    return new RunInfo.InputFile(p.toString(), f != null ? f.sha256() : Sha256.of(p));
  }

  @Override
  public void release(PlanSubmission s) {
    synchronized (this) {
      if (users.merge(s.truthSetId(), -1, Integer::sum) <= 0) {
        regions.remove(s.truthSetId());
      }
    }
  }

  @Override
  public synchronized Map<String, Integer> truthSetLoads() {
    return new TreeMap<>(loads);
  }

  @Override
  public synchronized TruthSetSummary truthSetSummary(String id) {
    return summaries.get(id);
  }

  @Override
  public synchronized void close() {
    regions.clear();
  }
}
