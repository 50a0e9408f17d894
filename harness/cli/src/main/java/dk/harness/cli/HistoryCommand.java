package dk.harness.cli;

import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.history.HistoryReport;
import dk.harness.workflow.history.HistoryRow;
import dk.harness.workflow.run.Runner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness history}: lists recorded results over time. The work is done by {@link History}. */
@Command(
    name = "history",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "List recorded results over time (from results/history.sqlite).",
    descriptionHeading = "%n",
    description = {
        "One row per run, unit, sample, variant type, filter and subset, oldest run first: counts, recall, "
            + "precision and F1 with their 95%% Jeffreys intervals, the pipeline and truth-set versions and the "
            + "verdict. Submissions that were refused (verdict ERROR) have no counts and are listed on stderr.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  harness history --unit north --metric recall --type SNP --filter PASS --format table",
        "  harness history --record results/20261125T020000Z-1a2b3c"})
public final class HistoryCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter out;
  private final PrintWriter err;

  @Option(names = "--db", paramLabel = "FILE", description = "History database. Default: ${DEFAULT-VALUE}.")
  Path db = Path.of("results", "history.sqlite");

  @Option(names = "--unit", paramLabel = "UNIT", description = "Only this unit.")
  String unit;

  @Option(names = "--sample", paramLabel = "SAMPLE", description = "Only this sample.")
  String sample;

  @Option(names = "--truth-set", paramLabel = "ID", description = "Only this truth set.")
  String truthSet;

  @Option(names = "--metric", paramLabel = "recall|precision|f1",
      description = "Only this metric (columns metric, value, lower, upper). Default: every count and metric.")
  HistoryReport.Metric metric;

  @Option(names = "--type", paramLabel = "SNP|INDEL|ALL|DEL|INS|DUP|INV|BND",
      description = "Only this variant type (SNP, INDEL; SV rows: ALL, DEL, INS, DUP, INV, BND).")
  String type;

  @Option(names = "--filter", paramLabel = "ALL|PASS", description = "Only this filter row.")
  String filter;

  @Option(names = "--subset", paramLabel = "NAME",
      description = "Subset: '*' (whole confident regions, the default) or a stratum name.")
  String subset = "*";

  @Option(names = "--all-subsets", description = "Every subset (strata too).")
  boolean allSubsets;

  @Option(names = "--kind", paramLabel = "small-variant|structural-variant",
      description = "Only comparisons of this kind (a submission's SV part is its own comparison, with rows by SV "
          + "type and size bin). Default: both.")
  String kind;

  @Option(names = "--format", paramLabel = "csv|json|table", description = "Output format. Default: csv.")
  HistoryReport.Format format = HistoryReport.Format.CSV;

  @Option(names = "--record", paramLabel = "RUN_DIR", description = "Record this complete run folder "
      + "(results/<run-id>, with its run.json) in the history instead of listing, e.g. after a run whose recording "
      + "failed. Default --db here: history.sqlite next to the run folder.")
  Path record;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  HistoryCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return db;
  }

  @Override
  public Integer call() throws Exception {
    final String t = upper(type, "--type", List.of("SNP", "INDEL", "ALL", "DEL", "INS", "DUP", "INV", "BND"));
    final String k = kind == null ? null : kind.toLowerCase(Locale.ROOT);
    if (k != null && !List.of("small-variant", "structural-variant").contains(k)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be small-variant or "
          + "structural-variant (got '" + kind + "')");
    }
    final String f = upper(filter, "--filter", List.of("ALL", "PASS"));
    if (record != null) {
      return record();
    }
    final HistoryQuery q = new HistoryQuery(unit, sample, truthSet, t, f, allSubsets ? null : subset, k);
    try (History h = History.openReadOnly(db)) {
      final List<HistoryRow> rows = h.query(q);
      HistoryReport.write(rows, metric, format, out);
      for (String[] e : h.errors(q)) {
        err.println("harness: " + e[0] + " " + e[2] + "/" + e[3] + ("structural-variant".equals(e[6]) ? "/sv" : "")
            + " (" + e[4] + "): ERROR, not compared: " + e[5]);
      }
      err.flush();
    }
    return Main.EXIT_OK;
  }

  private int record() throws Exception {
    if (!spec.commandLine().getParseResult().hasMatchedOption("--db")) {
      db = record.toAbsolutePath().normalize().resolveSibling(Runner.HISTORY_FILE);
    }
    final boolean added = Runner.record(record, db);
    err.println("harness: " + (added ? "recorded run " : "run already in the history: ") + record.getFileName()
        + " (" + db + ")");
    err.flush();
    return Main.EXIT_OK;
  }

  private String upper(String value, String option, List<String> allowed) {
    if (value == null) {
      return null;
    }
    final String v = value.toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be one of " + allowed
          + " (got '" + value + "')");
    }
    return v;
  }
}
