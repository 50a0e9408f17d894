package dk.harness.cli;

import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.run.RunListener;
import dk.harness.workflow.run.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The plan overrides and output switches that {@code harness run} and {@code harness merge} share (a picocli mixin),
 * so a merged run is configured exactly like the single-machine run it must equal.
 */
final class RunSettingsOptions {
  @Option(names = "--run-id", paramLabel = "ID",
      description = "Run id (folder name). Default: the plan's run_id, else UTC time and the plan's hash, e.g. "
          + "20261125T181500Z-ab12cd.")
  String runId;

  @Option(names = "--results", paramLabel = "DIR", description = "Results folder. Default: the plan's results_dir.")
  Path results;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (recorded in run.json and metrics.json). "
      + "Default: the plan's threads, else the number of processors.")
  Integer threads;

  @Option(names = "--gates", paramLabel = "FILE", description = "Council criteria file. Default: the plan's gates.")
  Path gates;

  @Option(names = {"-q", "--quiet"}, description = "No progress (warnings and the summary are still printed).")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** Reads the plan and applies the overrides; usage errors are reported like picocli's own. */
  Plan plan(Path plan) {
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1 (got " + threads
          + ")");
    }
    if (runId != null && !runId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--run-id must be letters, digits, '.', '_' "
          + "and '-' (got '" + runId + "')");
    }
    return new PlanReader(Runtime.getRuntime().availableProcessors()).read(plan)
        .withOverrides(runId, results == null ? null : results.toAbsolutePath(), threads,
            gates == null ? null : gates.toAbsolutePath());
  }

  /** How the runner reports progress: live lines on a terminal, a log line every few seconds otherwise. */
  RunOptions runOptions(PrintWriter err) {
    return new RunOptions(Version.get(), err, System.console() != null, quiet, Clock.systemUTC(), RunListener.NONE);
  }
}
