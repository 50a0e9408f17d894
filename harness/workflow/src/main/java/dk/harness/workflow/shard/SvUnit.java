package dk.harness.workflow.shard;

import dk.harness.compare.ProgressSink;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.Severity;
import dk.harness.io.FaultException;
import dk.harness.io.InputException;
import dk.harness.report.Sha256;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import dk.harness.workflow.run.SubmissionFiles;
import dk.harness.workflow.run.SubmissionWork;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The work unit of a structural-variant part: the intake check {@code harness run} makes of it
 * ({@code unit-K.intake.json}) and, without intake errors, its whole SV comparison into the folder
 * {@code unit-K.sv/} (what {@code harness compare-sv --output} writes). A refused file or truth set is recorded in
 * the result, as for compare units. The folder's files are checksummed together into the result
 * ({@link #digest}), so the merge can tell a damaged folder. Stateless.
 */
final class SvUnit {
  private SvUnit() {
  }

  /** The unit's SV folder in a results folder. */
  static Path folder(Path dir, WorkUnit u) {
    return dir.resolve(u.stem() + ".sv");
  }

  static ShardRunner.Outcome run(String shardsSha, int k, WorkUnit unit, Plan plan, PlanSubmission s, Path outDir,
      ProgressSink progress, long t0) throws Exception {
    final SubmissionPart part = s.parts().stream().filter(SubmissionPart::structural).findFirst()
        .orElseThrow(() -> new InputException(null, -1, "unit " + k + " is the SV unit of " + s.key()
            + ", which has no sv_truth_set in the plan", "plan again"));
    final PlanTruthSet t = plan.truthSet(part.truthSetId()).orElseThrow();
    final IntakeReport report = SubmissionWork.checkSvIntake(part, t);
    final Path intake = UnitResult.intakeFile(outDir, unit);
    final Path tmp = intake.resolveSibling("." + intake.getFileName() + ".tmp");
    SubmissionFiles.write(tmp, report);
    Files.move(tmp, intake, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    final Path folder = folder(outDir, unit);
    if (Files.exists(folder)) {
      // Left by an earlier attempt of this unit (its result file was not written, or is replaced now).
      dk.harness.compare.AtomicOutput.deleteTree(folder);
    }
    InputException submissionError = null;
    InputException truthError = null;
    long size = 0;
    String sha = null;
    if (!report.hasErrors()) {
      try {
        // The harness version is the merge's: it rewrites metrics.json's harness_version (ShardMerge).
        SubmissionWork.compareSv(part, t, plan.svConfig(), folder, "unit", progress);
        size = size(folder);
        sha = digest(folder);
      } catch (FaultException e) {
        throw e;
      } catch (InputException e) {
        if (truthFile(t, e.file())) {
          truthError = e;
        } else {
          submissionError = e;
        }
      }
    }
    final Path result = UnitResult.resultFile(outDir, unit);
    new UnitResult(shardsSha, k, unit.kind(), unit.key(), null, null, null, List.of(), submissionError, truthError,
        size, sha, 0, 0, (System.nanoTime() - t0) / 1e9).write(result);
    final String error = report.hasErrors() ? report.findings(Severity.ERROR).get(0).format()
        : truthError != null ? truthError.getMessage() : submissionError != null ? submissionError.getMessage() : null;
    return new ShardRunner.Outcome(unit, error, 0, result);
  }

  static boolean truthFile(PlanTruthSet t, Path file) {
    if (file == null) {
      return false;
    }
    final Path f = file.toAbsolutePath().normalize();
    for (Path p : new Path[] {t.vcf(), t.confident(), t.reference(), t.stratification()}) {
      if (p != null && p.toAbsolutePath().normalize().equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** SHA-256 over the sorted lines {@code name<TAB>sha256 of the file} of the folder's files. */
  static String digest(Path folder) throws IOException {
    final StringBuilder lines = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        lines.append(f.getFileName()).append('\t').append(Sha256.of(f)).append('\n');
      }
    }
    final MessageDigest md = ShardRunner.sha256();
    return HexFormat.of().formatHex(md.digest(lines.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static long size(Path folder) throws IOException {
    long n = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        n += Files.size(f);
      }
    }
    return n;
  }
}
