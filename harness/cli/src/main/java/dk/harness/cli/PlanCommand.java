package dk.harness.cli;

import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import dk.harness.workflow.shard.ShardPlan;
import dk.harness.workflow.shard.ShardPlanner;
import dk.harness.workflow.shard.WorkUnit;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness plan}: options and exit codes. The work is done by {@link ShardPlanner}. */
@Command(
    name = "plan",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Split a run plan into independent work units, for a cluster's workflow engine.",
    descriptionHeading = "%n",
    description = {
        "Writes shards.json: per submission one intake unit and one or more compare units, each a group of whole "
            + "contigs in reference order holding about --records-per-shard truth plus query records (counted "
            + "with a scan of each VCF's CHROM column), with every input's size, modification time and sha256.",
        "Run each unit anywhere with 'harness compare --shard shards.json:K --output DIR' (K from 0), then "
            + "'harness merge' writes exactly the run folder and history rows 'harness run --plan' would. The "
            + "Nextflow workflow in workflow/main.nf does all three (docs/cluster.md).",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  shards.json written; stdout lists the units (K, kind, submission, contigs, records)",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input: the plan or a truth set is unusable (nothing is written)"})
public final class PlanCommand implements Callable<Integer> {
  private final PrintWriter out;

  @Option(names = "--plan", paramLabel = "PLAN.yaml", description = "The run plan.")
  Path plan;

  @Option(names = "--out", required = true, paramLabel = "shards.json",
      description = "Where to write the units (with --from-round: the plan).")
  Path output;

  @Option(names = "--from-round", paramLabel = "ROUND",
      description = "Instead of splitting a plan, write the plan of a portal round (harness serve): the latest "
          + "accepted submission per unit and sample at the round's deadline. Needs --server-data.")
  String fromRound;

  @Option(names = "--server-data", paramLabel = "DIR", description = "The portal's data folder (with --from-round).")
  Path serverData;

  @Option(names = "--records-per-shard", paramLabel = "N",
      description = "Target size of a compare unit in truth plus query records; a contig is never split, so a "
          + "bigger contig makes a bigger unit. Default: ${DEFAULT-VALUE}.")
  long recordsPerShard = 2_000_000;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  PlanCommand(PrintWriter out) {
    this.out = out;
  }

  @Override
  public Integer call() throws Exception {
    if (recordsPerShard < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--records-per-shard must be at least 1 (got "
          + recordsPerShard + ")");
    }
    if ((plan == null) == (fromRound == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --plan or --from-round (exactly one)");
    }
    if (fromRound != null) {
      return RoundPlan.write(fromRound, serverData, output, out, spec.commandLine());
    }
    final Plan p = new PlanReader(Runtime.getRuntime().availableProcessors()).read(plan);
    final ShardPlan shards = ShardPlanner.plan(p, recordsPerShard);
    final Path abs = output.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    shards.write(abs);
    for (WorkUnit u : shards.units()) {
      out.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%d%n", u.index(), u.kind().label(), u.key(),
          u.contigs().isEmpty() ? "-" : String.join(",", u.contigs()), u.records());
    }
    out.flush();
    return Main.EXIT_OK;
  }
}
