package dk.harness.workflow.run;

import dk.harness.compare.Comparison;
import dk.harness.compare.ProgressSink;
import dk.harness.compare.TruthSetData;
import dk.harness.compare.sv.SvComparison;
import dk.harness.compare.sv.SvSettings;
import dk.harness.core.sv.SvConfig;
import dk.harness.intake.Intake;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.IntakeTarget;
import dk.harness.intake.Submission;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import java.nio.file.Path;
import java.util.Map;

/** {@code harness run}'s work: intake and comparison here, each truth set read once ({@link TruthSets}). */
final class LocalWork implements SubmissionWork {
  private final TruthSets truthSets;
  /** SV truth sets: reads per id (each SV part reads its truth set). */
  private final Map<String, Integer> svLoads = new java.util.TreeMap<>();
  /**
   * One reader per reference FASTA for the intakes of the run, closed with the run. A reference that cannot be
   * opened gets none: each intake then opens its own and reports why it is unusable.
   */
  private final Map<Path, FastaReference> intakeReferences = new java.util.HashMap<>();

  LocalWork(Plan plan) {
    this.truthSets = new TruthSets(plan.truthSets(), plan.submissions());
  }

  /** The intake check a run makes of a submission. */
  static IntakeReport check(PlanSubmission s, PlanTruthSet truth) {
    return Intake.check(submission(s), target(truth));
  }

  private static Submission submission(PlanSubmission s) {
    return new Submission(s.unit(), s.pipelineName(), s.vcfSample(), s.truthSetId(), s.vcf(), s.index());
  }

  private static IntakeTarget target(PlanTruthSet truth) {
    return new IntakeTarget(truth.vcf(), truth.reference(), truth.build(), truth.sample(), truth.confident());
  }

  /** The intake check a run makes of an SV part: symbolic alleles are normal, the reference optional. */
  static IntakeReport checkSv(SubmissionPart p, PlanTruthSet truth) {
    final PlanSubmission s = p.submission();
    return Intake.check(new Submission(s.unit(), s.pipelineName(), p.vcfSample(), p.truthSetId(), p.vcf(),
        p.index()), IntakeTarget.structural(truth.vcf(), truth.reference(), truth.build(), truth.sample(),
            truth.confident()));
  }

  /** The SV comparison of a run: {@code harness compare-sv} with the truth set's files and the plan's parameters. */
  static void compareSvPart(SubmissionPart p, PlanTruthSet truth, SvConfig config, Path folder,
      String harnessVersion, ProgressSink progress) throws Exception {
    // The SV truth is read per part: SvComparison takes files, and an SV truth set is small (GIAB Tier 1 whole
    // genome: 37k records, read in well under a second).
    SvComparison.run(new SvSettings(truth.vcf(), p.vcf(), truth.confident(), truth.reference(),
        truth.stratification(), truth.vcfSample(), p.vcfSample(), folder, config), harnessVersion, progress);
  }

  @Override
  public IntakeReport svIntake(SubmissionPart part, PlanTruthSet truth) {
    return checkSv(part, truth);
  }

  @Override
  public void svCompare(SubmissionPart part, PlanTruthSet truth, SvConfig config, Path folder,
      String harnessVersion, ProgressSink progress) throws Exception {
    synchronized (svLoads) {
      svLoads.merge(truth.id(), 1, Integer::sum);
    }
    compareSvPart(part, truth, config, folder, harnessVersion, progress);
  }

  @Override
  public IntakeReport intake(PlanSubmission s, PlanTruthSet truth) {
    final FastaReference reference = intakeReference(truth.reference());
    if (reference == null) {
      return check(s, truth);
    }
    return Intake.check(submission(s), target(truth), reference);
  }

  private FastaReference intakeReference(Path fasta) {
    synchronized (intakeReferences) {
      return intakeReferences.computeIfAbsent(fasta, f -> {
        try {
          return FastaReference.open(f);
        } catch (InputException e) {
          return null;
        }
      });
    }
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
    final Map<String, Integer> all = new java.util.TreeMap<>(truthSets.loads());
    synchronized (svLoads) {
      all.putAll(svLoads);
    }
    return all;
  }

  @Override
  public TruthSetSummary truthSetSummary(String id) {
    return truthSets.summary(id);
  }

  @Override
  public void close() {
    truthSets.close();
    synchronized (intakeReferences) {
      for (FastaReference r : intakeReferences.values()) {
        if (r != null) {
          r.close();
        }
      }
      intakeReferences.clear();
    }
  }
}
