package dk.harness.cli;

import dk.harness.io.Faults;
import dk.harness.io.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code harness} command line.
 *
 * <p>{@link #run(String...)} executes a command in-process and returns its exit code, so tests can call it
 * without the JVM exiting; only {@link #main(String[])} calls {@link System#exit(int)}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_BAD_INPUT} bad input or usage (one line on stderr,
 * prefixed {@value #ERROR_PREFIX}); {@value #EXIT_INTERNAL} internal error (stack trace only with {@code --debug}).
 */
@Command(
    name = "harness",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    description = {
        "Benchmarks germline small-variant calls (a query VCF) against a truth set such as a GIAB benchmark, "
            + "with haplotype-aware matching (the way RTG vcfeval matches) and GA4GH/hap.py-style reports.",
        ""},
    subcommands = {CompareCommand.class, SvCompareCommand.class, ValidateCommand.class, TruthSetsCommand.class, SpecCommand.class,
        SimulateCommand.class, RunCommand.class, HistoryCommand.class, DemoCommand.class, ReportCommand.class,
        PlanCommand.class, MergeCommand.class, ServeCommand.class, TestDataCommand.class,
        CommandLine.HelpCommand.class},
    usageHelpWidth = 100,
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  internal error (a bug: rerun with --debug and report the stack trace)",
        "  2  bad input or bad usage (one line on stderr starting 'harness: error: ', naming the file and the fix),",
        "     also a fault of the machine: a full disk, an unwritable or vanished folder, a damaged history",
        "  3  run: a submission failed a council gate"})
public final class Main implements Runnable {
  /** Success. */
  public static final int EXIT_OK = 0;
  /** Internal error. */
  public static final int EXIT_INTERNAL = 1;
  /** Bad input or bad usage. */
  public static final int EXIT_BAD_INPUT = 2;
  /** A submission failed a gate ({@code harness run}, {@code harness demo}). */
  public static final int EXIT_GATE_FAILED = 3;
  /** Prefix of the one-line message for exit code 2. */
  public static final String ERROR_PREFIX = "harness: error: ";

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // "harness" alone: show what can be done rather than silently succeeding.
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'harness compare --help')");
  }

  /** Runs {@code harness args...} with the process's stdout/stderr. Never calls {@link System#exit(int)}. */
  public static int run(String... args) {
    final PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    final PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(out, err, args);
  }

  /**
   * Runs {@code harness args...} writing help/version to {@code out} and diagnostics and progress to {@code err}.
   * Never calls {@link System#exit(int)}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    final CommandLine cl = args.length > 0 && args[0].equals("compare-sv") ? svCompareOnly(out, err)
        : commandLine(out, err);
    cl.setOut(out);
    cl.setErr(err);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Builds the command tree with one writer for results and progress. */
  static CommandLine commandLine(PrintWriter err) {
    return commandLine(err, err);
  }

  /** Builds the command tree; {@code out} receives results, {@code err} progress of the commands. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    final CommandLine cl = new CommandLine(new Main(), new CommandFactory(out, err));
    cl.setExecutionExceptionHandler(Main::onExecutionException);
    cl.setParameterExceptionHandler(Main::onParameterException);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /**
   * The tree for a {@code harness compare-sv ...} command line: the root with that one subcommand. Building every
   * subcommand's model by reflection costs about 0.3 s of CPU in a fresh JVM, a fifth of a whole-genome SV
   * comparison (docs/benchmarks.md); the first argument already says only this one can run, and its help, version,
   * errors and exit codes come out as from the full tree.
   */
  private static CommandLine svCompareOnly(PrintWriter out, PrintWriter err) {
    final CommandFactory factory = new CommandFactory(out, err);
    final CommandLine cl = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Main())
        .name("harness").mixinStandardHelpOptions(true), factory);
    cl.addSubcommand(new CommandLine(SvCompareCommand.class, factory));
    cl.setExecutionExceptionHandler(Main::onExecutionException);
    cl.setParameterExceptionHandler(Main::onParameterException);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static int onParameterException(CommandLine.ParameterException e, String[] args) {
    final PrintWriter err = e.getCommandLine().getErr();
    err.println(ERROR_PREFIX + oneLine(e.getMessage()) + ". See '" + e.getCommandLine().getCommandSpec().qualifiedName()
        + " --help'");
    err.flush();
    return EXIT_BAD_INPUT;
  }

  private static int onExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    final PrintWriter err = cl.getErr();
    final boolean debug = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug");
    // Bad input, and faults of the environment (disk full, read-only folder, damaged history) alike: exit 2.
    final InputException input = Faults.classify(e, faultLocation(parsed));
    if (input != null) {
      err.println(ERROR_PREFIX + oneLine(input.getMessage()));
      if (debug) {
        input.printStackTrace(err);
      }
      err.flush();
      return EXIT_BAD_INPUT;
    }
    err.println("harness: internal error: " + oneLine(String.valueOf(e)));
    if (debug) {
      e.printStackTrace(err);
    } else {
      err.println("harness: this is a bug; rerun with --debug for the stack trace and report it");
    }
    err.flush();
    return EXIT_INTERNAL;
  }

  /** Where the command that ran writes, for faults that name no file (a full disk seen through a stream). */
  private static Path faultLocation(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult p = parsed;
    while (p.subcommand() != null) {
      p = p.subcommand();
    }
    return p.commandSpec().userObject() instanceof FaultLocation f ? f.faultLocation() : null;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ').strip();
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Hands the shared stderr writer to commands that report progress. */
  private static final class CommandFactory implements CommandLine.IFactory {
    private final PrintWriter out;
    private final PrintWriter err;

    CommandFactory(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == CompareCommand.class) {
        return cls.cast(new CompareCommand(err));
      }
      if (cls == SvCompareCommand.class) {
        return cls.cast(new SvCompareCommand(err));
      }
      if (cls == RunCommand.class) {
        return cls.cast(new RunCommand(out, err));
      }
      if (cls == DemoCommand.class) {
        return cls.cast(new DemoCommand(out, err));
      }
      if (cls == HistoryCommand.class) {
        return cls.cast(new HistoryCommand(out, err));
      }
      if (cls == ReportCommand.class) {
        return cls.cast(new ReportCommand(err));
      }
      if (cls == PlanCommand.class) {
        return cls.cast(new PlanCommand(out));
      }
      if (cls == ServeCommand.class) {
        return cls.cast(new ServeCommand(out, err));
      }
      if (cls == MergeCommand.class) {
        return cls.cast(new MergeCommand(out, err));
      }
      if (cls == SimulateCommand.class) {
        return cls.cast(new SimulateCommand(err));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
