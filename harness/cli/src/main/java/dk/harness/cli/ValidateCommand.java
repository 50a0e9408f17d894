package dk.harness.cli;

import dk.harness.intake.Finding;
import dk.harness.intake.Intake;
import dk.harness.intake.IntakeJson;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.IntakeTarget;
import dk.harness.intake.Severity;
import dk.harness.intake.Submission;
import dk.harness.intake.SubmissionFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness validate}: the submission preflight. Parses options and prints the intake report. */
@Command(
    name = "validate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Check a submitted VCF before it is benchmarked; fail loudly instead of producing bad numbers.",
    descriptionHeading = "%n",
    description = {
        "Checks the VCF against the truth VCF and the reference and reports every problem, not just the first: "
            + "reference build (from ##contig lengths) and contig names (with the exact rename and bcftools "
            + "command), sample column present and unambiguous, GT present, sorted, REF matching the reference, "
            + "gVCFs (refused: genotype them first) and symbolic alleles (not compared), and the shares of "
            + "filtered, unphased and multi-allelic records. The VCF's sha256 is reported. Files are only read, "
            + "never modified. Rules and finding codes: docs/intake.md.",
        "",
        "The submission is either a SUBMISSION.yaml (keys as a plan's submission: vcf, sample, vcf_sample, "
            + "index, unit, truth_set, ...; paths relative to the file) or --vcf.",
        "",
        "Text output: one finding per line, 'SEVERITY CODE FILE:LINE: message (fix: ...)'; repeated findings of "
            + "one code are listed up to 20 times, then counted.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  no ERROR finding: the submission may be benchmarked",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  at least one ERROR finding (the submission is refused), or bad usage",
        "",
        "Example:",
        "  harness validate --vcf unitA_HG002.vcf.gz --truth HG002_GRCh38_v4.2.1.vcf.gz \\",
        "      --reference GRCh38.fa --sample HG002 --build GRCh38"})
public final class ValidateCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "SUBMISSION.yaml",
      description = "A submission file; alternatively give --vcf.")
  Path submissionFile;

  @Option(names = "--vcf", paramLabel = "VCF", description = "The submitted VCF (plain, gzip or bgzip).")
  Path vcf;

  @Option(names = "--index", paramLabel = "TBI",
      description = "Its index, when not next to it as VCF.tbi / VCF.csi.")
  Path index;

  @Option(names = "--truth", required = true, paramLabel = "VCF", description = "The truth set's VCF.")
  Path truth;

  @Option(names = "--reference", required = true, paramLabel = "FASTA",
      description = "The reference FASTA of the truth set (indexed: .fai, plus .gzi when bgzipped).")
  Path reference;

  @Option(names = "--confident", paramLabel = "BED",
      description = "The truth set's confident-regions BED: records the comparison cannot assess (symbolic, too "
          + "long, ploidy above two) and repeated records are then reported as inside or outside it.")
  Path confident;

  @Option(names = "--sample", paramLabel = "NAME",
      description = "Sample to compare: the exact column name, or a GIAB id such as HG002 (then the column is found "
          + "by name, also as NA24385 or HG002_HG002). Default: the submission file's, else the VCF's only sample.")
  String sample;

  @Option(names = "--expected-sample", paramLabel = "HG00x",
      description = "The truth set's sample, for the sample-name check. Default: the submission file's 'sample'.")
  String expectedSample;

  @Option(names = "--build", paramLabel = "BUILD",
      description = "The truth set's build (GRCh37/hg19/b37 or GRCh38/hg38). Default: read from the truth VCF's "
          + "##contig lengths, else the reference's.")
  String build;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format { TEXT, JSON }

  @Override
  public Integer call() {
    if ((submissionFile == null) == (vcf == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give either a SUBMISSION.yaml or --vcf (exactly one of them)");
    }
    Submission submission;
    String expected = expectedSample;
    if (submissionFile != null) {
      final SubmissionFile file = SubmissionFile.load(submissionFile);
      submission = file.submission();
      if (sample != null || index != null) {
        submission = new Submission(submission.unit(), submission.spec(), sample != null ? sample
            : submission.sample(), submission.truthSet(), submission.vcf(), index != null ? index
            : submission.index());
      }
      if (expected == null) {
        expected = file.giabSample();
      }
    } else {
      submission = new Submission(null, null, sample, null, vcf, index);
    }
    final IntakeReport report = Intake.check(submission, new IntakeTarget(truth, reference, build, expected,
        confident));
    final PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.print(IntakeJson.write(report));
    } else {
      for (Finding f : report.findings()) {
        out.println(f.format());
      }
    }
    out.flush();
    final PrintWriter err = spec.commandLine().getErr();
    if (report.hasErrors()) {
      final Set<String> codes = new TreeSet<>();
      report.findings(Severity.ERROR).forEach(f -> codes.add(f.code()));
      err.println(Main.ERROR_PREFIX + "the submission " + submission.vcf() + " is refused: ERROR " + String.join(", ",
          codes) + (format == Format.TEXT ? " (see the ERROR lines above)" : " (see the JSON report)"));
      err.flush();
      return Main.EXIT_BAD_INPUT;
    }
    err.println("harness: " + submission.vcf() + ": no errors, " + report.findings(Severity.WARNING).size()
        + " warning(s); the submission may be benchmarked");
    err.flush();
    return Main.EXIT_OK;
  }
}
