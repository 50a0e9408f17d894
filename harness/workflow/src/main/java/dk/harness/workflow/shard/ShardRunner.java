package dk.harness.workflow.shard;

import dk.harness.io.InputException;
import dk.harness.report.Sha256;
import dk.harness.compare.CompareSettings;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.ShardComparison;
import dk.harness.intake.IntakeReport;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.run.SubmissionFiles;
import dk.harness.workflow.run.SubmissionWork;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * {@code harness compare --shard shards.json:K}: runs one work unit and writes its results into a folder
 * ({@code unit-K.*}, see {@link UnitResult}). A refused submission is a result, not a failure: the unit records the
 * error (as {@code harness run} records the submission as ERROR) and succeeds. It fails (exception) only when the
 * shards file, the plan or an input changed since planning, or on an internal error. Results are written under
 * temporary names and renamed, the result JSON last, so a killed unit leaves nothing that looks finished.
 * Stateless.
 */
public final class ShardRunner {
  private ShardRunner() {
  }

  /**
   * What a unit did, for the command's summary line.
   *
   * @param unit the unit
   * @param error the submission's or truth set's problem it recorded, or null
   * @param compared contigs compared (compare units)
   * @param result the unit's result file
   */
  public record Outcome(WorkUnit unit, String error, int compared, Path result) {
  }

  /**
   * Runs unit {@code k} of a shards file.
   *
   * @param threads engine threads (compare units)
   * @throws InputException if the shards file, the plan or an input is unusable or changed since planning
   */
  public static Outcome run(Path shardsFile, int k, Path outDir, int threads, ProgressSink progress)
      throws Exception {
    final ShardPlan shards = ShardPlan.read(shardsFile);
    final String shardsSha = Sha256.of(shardsFile);
    if (k < 0 || k >= shards.units().size()) {
      throw new InputException(shardsFile, -1, "there is no unit " + k + " (the file has units 0 to "
          + (shards.units().size() - 1) + ")", "pass --shard " + shardsFile + ":K with K in that range");
    }
    final WorkUnit unit = shards.units().get(k);
    for (String p : unit.inputs()) {
      final InputFile f = shards.file(p).orElseThrow(() -> new InputException(shardsFile, -1,
          "unit " + k + " reads " + p + ", which the file does not list", "plan again"));
      f.requireUnchanged(shardsFile);
    }
    final Plan plan = readPlan(shards, shardsFile);
    final PlanSubmission s = plan.submissions().stream().filter(x -> x.key().equals(unit.key())).findFirst()
        .orElseThrow(() -> new InputException(shardsFile, -1, "unit " + k + " is of submission " + unit.key()
            + ", which the plan does not have", "plan again"));
    Files.createDirectories(outDir);
    final long t0 = System.nanoTime();
    if (unit.kind() == WorkUnit.Kind.SV) {
      return SvUnit.run(shardsSha, k, unit, plan, s, outDir, progress, t0);
    }
    final PlanTruthSet t = plan.truthSet(s.truthSetId()).orElseThrow();
    if (unit.kind() == WorkUnit.Kind.INTAKE) {
      final IntakeReport report = SubmissionWork.checkIntake(s, t);
      final Path file = UnitResult.intakeFile(outDir, unit);
      final Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      SubmissionFiles.write(tmp, report);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      final Path result = UnitResult.resultFile(outDir, unit);
      new UnitResult(shardsSha, k, unit.kind(), unit.key(), null, null, null, java.util.List.of(), null, null, 0,
          null, 0, 0, (System.nanoTime() - t0) / 1e9).write(result);
      return new Outcome(unit, report.hasErrors() ? report.findings(dk.harness.intake.Severity.ERROR)
          .get(0).format() : null, 0, result);
    }
    final CompareSettings settings = new CompareSettings(t.vcf(), s.vcf(), t.reference(), t.confident(),
        t.stratification(), s.target(), t.vcfSample(), s.vcfSample(), threads, s.roc(), outDir.resolve(unit.stem()));
    final Path data = UnitResult.dataFile(outDir, unit);
    final Path tmp = data.resolveSibling("." + data.getFileName() + ".tmp");
    final MessageDigest digest = sha256();
    final ShardComparison.Result r;
    try (OutputStream file = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
            new DigestOutputStream(file, digest), 1 << 16), 1 << 16))) {
      r = new ShardComparison(settings, progress).run(unit.contigs(),
          (c, truthRead, queryRead) -> ContigCodec.write(out, c, truthRead, queryRead));
      out.writeByte(ContigCodec.END);
    }
    Files.move(tmp, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    final Path result = UnitResult.resultFile(outDir, unit);
    new UnitResult(shardsSha, k, unit.kind(), unit.key(), r.info().truthSample(), r.info().querySample(),
        r.info().contigs(), r.compared(), r.submissionError(), r.truthError(), Files.size(data),
        HexFormat.of().formatHex(digest.digest()), r.truthWithoutGt(), r.queryWithoutGt(), (System.nanoTime() - t0) / 1e9).write(result);
    final InputException e = r.truthError() != null ? r.truthError() : r.submissionError();
    return new Outcome(unit, e == null ? null : e.getMessage(), r.compared().size(), result);
  }

  /**
   * The plan the shards file was made from, refusing a plan that changed since.
   *
   * @throws InputException if the plan is missing, unreadable or changed
   */
  static Plan readPlan(ShardPlan shards, Path shardsFile) {
    final Path planFile = Path.of(shards.planPath());
    final Plan plan = new PlanReader(Runtime.getRuntime().availableProcessors()).read(planFile);
    if (!plan.sha256().equals(shards.planSha256())) {
      throw new InputException(planFile, -1, "the plan changed since " + shardsFile + " was made from it",
          "plan again: harness plan --plan " + planFile + " --out " + shardsFile);
    }
    return plan;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
