package dk.harness.workflow.run;

import dk.harness.compare.Comparison;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.TruthSetData;
import dk.harness.intake.Intake;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.IntakeTarget;
import dk.harness.intake.Submission;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import java.nio.file.Path;
import java.util.Map;

/** {@code harness run}'s work: intake and comparison here, each truth set read once ({@link TruthSets}). */
final class LocalWork implements SubmissionWork {
  private final TruthSets truthSets;

  LocalWork(Plan plan) {
    this.truthSets = new TruthSets(plan.truthSets(), plan.submissions());
  }

  /** The intake check a run makes of a submission. */
  static IntakeReport check(PlanSubmission s, PlanTruthSet truth) {
    return Intake.check(new Submission(s.unit(), s.pipelineName(), s.vcfSample(), s.truthSetId(), s.vcf(),
        s.index()), new IntakeTarget(truth.vcf(), truth.reference(), truth.build(), truth.sample(),
            truth.confident()));
  }

  @Override
  public IntakeReport intake(PlanSubmission s, PlanTruthSet truth) {
    return check(s, truth);
  }

  @Override
  public void loadTruth(PlanSubmission s, PlanTruthSet truth) throws Exception {
    truthSets.get(truth.id());
  }

  @Override
  public void compare(PlanSubmission s, PlanTruthSet truth, int engineThreads, Path prefix, String harnessVersion,
      ProgressSink progress) throws Exception {
    final TruthSetData data = truthSets.get(truth.id());
    Comparison.run(data.settings(s.vcf(), s.vcfSample(), s.target(), engineThreads, s.roc(), prefix), data,
        harnessVersion, progress);
  }

  @Override
  public void release(PlanSubmission s) {
    truthSets.release(s.truthSetId());
  }

  @Override
  public Map<String, Integer> truthSetLoads() {
    return truthSets.loads();
  }

  @Override
  public TruthSetSummary truthSetSummary(String id) {
    return truthSets.summary(id);
  }

  @Override
  public void close() {
    truthSets.close();
  }
}
