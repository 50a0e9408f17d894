package dk.harness.cli;

import dk.harness.council.CouncilReport;
import dk.harness.io.InputException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness report}: options and exit codes. The work is done by {@link CouncilReport}. */
@Command(
    name = "report",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Write the council's report of a run: HTML, Markdown, CSV or MultiQC files.",
    descriptionHeading = "%n",
    description = {
        "html (default): one self-contained HTML file that works offline: overview with 95%% Jeffreys intervals "
            + "and verdicts, side-by-side charts with the national median, strata, precision-recall curves, "
            + "trends from the history, drill-down of each unit's errors, provenance. "
            + "md: the overview and the reasons, for minutes. csv: the overview table. "
            + "multiqc: custom-content files for MultiQC, written into the --out folder "
            + "(then: multiqc -d -dd 2 RUN_DIR OUT). See docs/council-report.md.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  the report was written",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input: not a run folder, a damaged output of it, an unusable history, or --out not writable"})
public final class ReportCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter err;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run folder, e.g. results/<run-id>.")
  Path runDir;

  @Option(names = "--history", paramLabel = "DB", description = "The history database for trends and changes "
      + "since the previous result. Default: history.sqlite next to the run folder, if there is one.")
  Path history;

  @Option(names = "--no-history", description = "Leave trends and changes since the previous result out.")
  boolean noHistory;

  @Option(names = "--format", paramLabel = "FORMAT", description = "html, md, csv or multiqc. Default: html.")
  CouncilReport.Format format = CouncilReport.Format.HTML;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
      description = "Output file (a folder for --format multiqc).")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "Do not list the files written.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  ReportCommand(PrintWriter err) {
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return out;
  }

  @Override
  public Integer call() throws Exception {
    Path db = null;
    if (!noHistory) {
      if (history != null) {
        if (!Files.isRegularFile(history)) {
          throw new InputException(history, -1, "no history database here",
              "point --history at results/history.sqlite, or leave it out");
        }
        db = history;
      } else {
        db = CouncilReport.defaultHistory(runDir);
      }
    }
    final List<Path> written = CouncilReport.write(runDir, db, format, out, Version.get());
    if (!quiet) {
      for (Path p : written) {
        err.println("harness: wrote " + p);
      }
      if (db == null) {
        err.println("harness: no history read: trends and changes since the previous result are left out");
      }
      err.flush();
    }
    return Main.EXIT_OK;
  }
}
