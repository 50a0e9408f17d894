package dk.harness.cli;

import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.RunSummary;
import dk.harness.workflow.run.Runner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
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
        "     submission was refused by intake or the comparison (verdict ERROR; the run is recorded)",
        "  3  a submission FAILed a gate (threshold or regression against its previous result)"})
public final class RunCommand implements Callable<Integer> {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--plan", required = true, paramLabel = "PLAN.yaml", description = "The run plan.")
  Path plan;

  @Option(names = "--run-id", paramLabel = "ID",
      description = "Run id (folder name). Default: the plan's run_id, else UTC time and the plan's hash, e.g. "
          + "20261125T181500Z-ab12cd.")
  String runId;

  @Option(names = "--results", paramLabel = "DIR", description = "Results folder. Default: the plan's results_dir.")
  Path results;

  @Option(names = "--threads", paramLabel = "N", description = "Threads. Default: the plan's threads, else the "
      + "number of processors.")
  Integer threads;

  @Option(names = "--gates", paramLabel = "FILE", description = "Council criteria file. Default: the plan's gates.")
  Path gates;

  @Option(names = {"-q", "--quiet"}, description = "No progress (warnings and the summary are still printed).")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  RunCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1 (got " + threads
          + ")");
    }
    if (runId != null && !runId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--run-id must be letters, digits, '.', '_' "
          + "and '-' (got '" + runId + "')");
    }
    final Plan p = new PlanReader(Runtime.getRuntime().availableProcessors()).read(plan)
        .withOverrides(runId, results == null ? null : results.toAbsolutePath(), threads,
            gates == null ? null : gates.toAbsolutePath());
    final RunOptions options = new RunOptions(Version.get(), err, System.console() != null, quiet,
        Clock.systemUTC(), dk.harness.workflow.run.RunListener.NONE);
    final RunResult result = new Runner(options).run(p);
    RunSummary.print(result, out);
    return result.exitCode();
  }
}
