package dk.harness.cli;

import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.RunSummary;
import dk.harness.workflow.run.Runner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness run}: options and exit codes. The work is done by {@link Runner}. */
@Command(
    name = "run",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Run a plan: every submission through intake, the comparison and the council's gates.",
    descriptionHeading = "%n",
    description = {
        "The plan (YAML, see docs/workflow.md) lists truth sets and submissions (unit, sample, pipeline spec, "
            + "truth set, VCF). Submissions are compared in parallel; each truth set is read once and shared. "
            + "Writes results/<run-id>/<unit>/<sample>/<sample>.* (the compare outputs), intake.json and "
            + "verdict.json per submission, and results/<run-id>/run.json (provenance). The run folder appears "
            + "in one atomic rename when everything is written; then the run is recorded in "
            + "results/history.sqlite in one transaction. A failed or killed run leaves no run folder and does "
            + "not touch the history.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every submission PASSed or WARNed",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input: the plan, criteria or a truth set is unusable (nothing is written), or a",
        "     submission was refused by intake or the comparison (verdict ERROR; the run is recorded),",
        "     or a fault (full disk, unwritable folder, damaged history): the run stops; if only its",
        "     recording failed, the run folder stays and the message gives 'harness history --record'",
        "  3  a submission FAILed a gate (threshold or regression against its previous result)"})
public final class RunCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--plan", required = true, paramLabel = "PLAN.yaml", description = "The run plan.")
  Path plan;

  @CommandLine.Mixin
  RunSettingsOptions settings;

  /** The plan's results folder, once the plan is read. */
  private Path results;

  RunCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return results;
  }

  @Override
  public Integer call() throws Exception {
    final Plan p = settings.plan(plan);
    results = p.resultsDir();
    final RunOptions options = settings.runOptions(err);
    final RunResult result = new Runner(options).run(p);
    RunSummary.print(result, out);
    return result.exitCode();
  }
}
