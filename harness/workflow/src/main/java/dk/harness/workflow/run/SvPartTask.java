package dk.harness.workflow.run;

import dk.harness.core.sv.SvConfig;
import dk.harness.intake.Finding;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.Severity;
import dk.harness.io.FaultException;
import dk.harness.io.InputException;
import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateVerdict;
import dk.harness.workflow.history.PreviousResult;
import dk.harness.workflow.history.SvMetricRow;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One structural-variant part of a run: intake of its VCF, the SV comparison into {@code <unit>/<sample>/sv/}
 * (exactly what {@code harness compare-sv --output} writes, plus {@code intake.json}), then the SV gates.
 *
 * <p>As for small variants, a refused submitted file makes the part ERROR and the run goes on; a problem with the
 * truth set's files (VCF, BED, reference, stratification) aborts the run, and so does a fault of the machine.
 */
final class SvPartTask {
  private final SubmissionPart p;
  private final PlanTruthSet truth;
  private final String runId;
  private final Path runDir;
  private final Criteria criteria;
  private final PreviousResult previous;
  private final SubmissionWork work;
  private final SvConfig config;
  private final String harnessVersion;
  private final RunProgress progress;

  SvPartTask(SubmissionPart p, PlanTruthSet truth, String runId, Path runDir, Criteria criteria,
      PreviousResult previous, SubmissionWork work, SvConfig config, String harnessVersion, RunProgress progress) {
    this.p = p;
    this.truth = truth;
    this.runId = runId;
    this.runDir = runDir;
    this.criteria = criteria;
    this.previous = previous;
    this.work = work;
    this.config = config;
    this.harnessVersion = harnessVersion;
    this.progress = progress;
  }

  SubmissionOutcome call() throws Exception {
    final long t0 = System.nanoTime();
    final Path folder = p.folder();
    final Path dir = runDir.resolve(folder);
    Files.createDirectories(dir.getParent());

    progress.phase(p.key(), "intake");
    final IntakeReport intake = work.svIntake(p, truth);
    final long t1 = System.nanoTime();
    if (intake.hasErrors()) {
      final List<String> reasons = new ArrayList<>();
      for (Finding f : intake.findings(Severity.ERROR)) {
        reasons.add("intake: " + f.format());
      }
      return finish(dir, folder, intake, Status.ERROR, reasons, null, t0, t1, t1);
    }
    progress.phase(p.key(), "comparing structural variants with " + truth.id());
    try {
      work.svCompare(p, truth, config, dir, harnessVersion, progress.sink(p.key()));
    } catch (FaultException e) {
      throw e; // a full disk or a vanished folder is not the submission's fault: stop the run
    } catch (InputException e) {
      if (truthFile(e.file())) {
        throw e; // the truth set is broken: every part using it would fail the same way
      }
      return finish(dir, folder, intake, Status.ERROR, List.of("comparison: " + e.getMessage()), null, t0, t1,
          System.nanoTime());
    }
    // Truvari's params.json names the folder it wrote: the run's folder once renamed into place, not the
    // temporary one (so a run and a merge of the same plan write the same file).
    SvResults.setOutput(dir, runDir.resolveSibling(runId).resolve(folder));
    final long t2 = System.nanoTime();
    progress.phase(p.key(), "judging");
    final List<SvMetricRow> current = SvResults.read(dir);
    final GateVerdict verdict = SvJudge.DEFAULT.judge(criteria, current, previous == null ? null
        : previous.svRows());
    return finish(dir, folder, intake, Status.of(verdict.status()), verdict.reasons(),
        previous == null ? null : previous.runId(), t0, t1, t2);
  }

  private boolean truthFile(Path file) {
    if (file == null) {
      return false;
    }
    final Path f = file.toAbsolutePath().normalize();
    for (Path t : new Path[] {truth.vcf(), truth.confident(), truth.reference(), truth.stratification()}) {
      if (t != null && t.toAbsolutePath().normalize().equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** Writes intake.json last: the comparison's output folder must be new when the comparison starts. */
  private SubmissionOutcome finish(Path dir, Path folder, IntakeReport intake, Status status, List<String> reasons,
      String previousRunId, long t0, long tIntake, long tCompare) throws IOException {
    Files.createDirectories(dir);
    SubmissionFiles.writeIntake(dir, intake);
    final long end = System.nanoTime();
    progress.done(p.key(), status, status == Status.ERROR ? "(" + reasons.size() + " error(s), see sv/intake.json)"
        : "");
    return new SubmissionOutcome(p.submission(), status, reasons, intake.sha256(), previousRunId, folder,
        (tIntake - t0) / 1e9, 0, (tCompare - tIntake) / 1e9, (end - t0) / 1e9, Objects.requireNonNull(p));
  }
}
