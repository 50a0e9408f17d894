package dk.harness.cli;

import dk.harness.simulate.SimulationConfig;
import dk.harness.workflow.demo.Demo;
import dk.harness.workflow.run.RunListener;
import dk.harness.workflow.run.RunOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness demo}: the whole flow on a simulated cohort. The work is done by {@link Demo}. */
@Command(
    name = "demo",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Run the whole flow on a simulated cohort: simulate, validate, run, gates, history.",
    descriptionHeading = "%n",
    description = {
        "Needs no network and no input: simulates a reference, a GIAB-like truth set with strata and the calls of "
            + "five regional units (each with its own kind of errors), checks every submission (intake), compares "
            + "them with the truth in parallel, judges them with the council's criteria, and shows the history. "
            + "Each invocation adds a run, so the history shows a trend. --real does the same on the NA12878 "
            + "chr20 data in ../shared/data.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  the flow ran (whatever the verdicts: they are what the demo shows)",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input, e.g. --real without the data, or an unwritable --out"})
public final class DemoCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder. Default: ${DEFAULT-VALUE}.")
  Path outDir = Path.of("results");

  @Option(names = "--seed", paramLabel = "N", description = "Simulation seed. Default: ${DEFAULT-VALUE}.")
  long seed = SimulationConfig.DEFAULT_SEED;

  @Option(names = "--contig-length", paramLabel = "BP",
      description = "Length of each of the two simulated contigs (smaller is faster). Default: ${DEFAULT-VALUE}.")
  int contigLength = SimulationConfig.DEFAULT_CONTIG_LENGTH;

  @Option(names = "--real", description = "Use the NA12878 chr20 data (five real call sets as five units).")
  boolean real;

  @Option(names = "--data", paramLabel = "DIR",
      description = "The shared data folder for --real. Default: ${DEFAULT-VALUE}.")
  Path data = Path.of("..", "shared", "data");

  @Option(names = "--threads", paramLabel = "N", description = "Threads. Default: the number of processors.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-q", "--quiet"}, description = "No progress lines while comparing.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  DemoCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return outDir;
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (contigLength < 10_000) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--contig-length must be at least 10000");
    }
    final RunOptions options = new RunOptions(Version.get(), err, System.console() != null, quiet,
        Clock.systemUTC(), RunListener.NONE);
    new Demo(options, out).run(new Demo.Options(outDir, seed, contigLength, real, data, threads));
    return Main.EXIT_OK;
  }
}
