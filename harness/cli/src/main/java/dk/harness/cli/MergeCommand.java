package dk.harness.cli;

import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.RunSummary;
import dk.harness.workflow.run.Runner;
import dk.harness.workflow.shard.ShardMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness merge}: options and exit codes. The work is done by {@link ShardMerge} and {@link Runner}. */
@Command(
    name = "merge",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Combine the work units' results into the run 'harness run --plan' would write.",
    descriptionHeading = "%n",
    description = {
        "Reads every unit's result (unit-K.* in --units-dir, from 'harness compare --shard shards.json:K'), "
            + "replays each submission's contigs in reference order through the same reports, gates and "
            + "history code as 'harness run', and writes the same results/<run-id>/ folder and history rows; only "
            + "run.json's times, timings and host differ. Refuses results of another shards file, missing units "
            + "and inputs changed since planning.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every submission PASSed or WARNed",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input: the plan, shards file or a unit's result is unusable (nothing is written), or a",
        "     submission was refused by intake or the comparison (verdict ERROR; the run is recorded)",
        "  3  a submission FAILed a gate"})
public final class MergeCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--plan", required = true, paramLabel = "PLAN.yaml", description = "The run plan.")
  Path plan;

  @Option(names = "--shards", required = true, paramLabel = "shards.json", description = "The plan's units "
      + "(harness plan).")
  Path shards;

  @Option(names = "--units-dir", required = true, paramLabel = "DIR",
      description = "Folder holding every unit's results (unit-K.result.json, .intake.json, .compare.bin).")
  Path unitsDir;

  @CommandLine.Mixin
  RunSettingsOptions settings;

  /** The plan's results folder, once the plan is read. */
  private Path results;

  MergeCommand(PrintWriter out, PrintWriter err) {
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
    final RunResult result;
    try (ShardMerge work = ShardMerge.open(p, shards.toAbsolutePath(), unitsDir.toAbsolutePath())) {
      result = new Runner(options).run(p, work);
    }
    RunSummary.print(result, out);
    return result.exitCode();
  }
}
