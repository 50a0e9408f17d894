package dk.harness.cli;

import dk.harness.core.sv.SvConfig;
import dk.harness.core.sv.SvSummary;
import dk.harness.compare.sv.SvComparison;
import dk.harness.compare.sv.SvSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness compare-sv}: structural-variant benchmarking with Truvari 5.4 {@code bench} semantics. */
@Command(
    name = "compare-sv",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Compare structural-variant calls against an SV truth set, exactly as Truvari 5.4 'bench' does.",
    descriptionHeading = "%n",
    description = {
        "Calls inside the regions are compared pairwise when within --refdist of each other: same type (unless "
            + "--typeignore; DUP may count as INS with --dup-to-ins), size similarity >= --pctsize, reciprocal "
            + "overlap >= --pctovl, and for two sequence-resolved alleles sequence similarity >= --pctseq. Breakends "
            + "are matched within --bnddist, DEL/DUP/INV against breakends by splitting them. Each call takes part "
            + "in at most one match (--pick single), up to its genotype's ALT count (ac) or any number (multi). "
            + "Defaults are Truvari's; option names follow Truvari's (truth = Truvari's base, query = comp). "
            + "Rules and every difference from Truvari: docs/sv.md.",
        "",
        "Outputs in the folder --output (written to a temporary folder and renamed into place only when "
            + "everything succeeded; the folder must not exist or be empty):",
        "  summary.json   Truvari's summary (same keys and meanings)",
        "  params.json    Truvari's parameter record",
        "  tp-base.vcf.gz, fn.vcf.gz     truth records matched / missed",
        "  tp-comp.vcf.gz, fp.vcf.gz     query records matched / false",
        "                 (with .tbi; INFO annotated like Truvari's: MatchId, TruScore, ...)",
        "  metrics.json   counts by SV type and size bin (and stratum), parameters,",
        "                 inputs with sha256, excluded records by reason, warnings",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success: all outputs written",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input or usage: one line on stderr starting 'harness: error: ' that names",
        "     the file and the fix; nothing is written. Examples: unsorted VCF, multi-allelic",
        "     record inside the regions, unknown sample, output folder not empty.",
        "",
        "Example (the GIAB HG002 SV v0.6 Tier 1 settings):",
        "  harness compare-sv --truth HG002_SVs_Tier1_v0.6.vcf.gz --query unit_sv.vcf.gz \\",
        "      --includebed HG002_SVs_Tier1_v0.6.bed --passonly --refdist 1000 --pctseq 0 \\",
        "      --output out/HG002_unitA_sv"})
public final class SvCompareCommand implements Callable<Integer> {
  private static final SvConfig D = SvConfig.defaults();
  private final PrintWriter err;

  @Option(names = {"--truth", "-b", "--base"}, required = true, paramLabel = "VCF",
      description = "Truth SV VCF (plain, gzip or bgzip; sorted).")
  Path truth;

  @Option(names = {"--query", "-c", "--comp"}, required = true, paramLabel = "VCF",
      description = "Query SV VCF: the calls to benchmark (plain, gzip or bgzip; sorted).")
  Path query;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Result folder; must not exist or be empty.")
  Path output;

  @Option(names = "--includebed", paramLabel = "BED",
      description = "Only calls lying within one region are counted (truth and query). Default: the truth "
          + "header's contigs.")
  Path includebed;

  @Option(names = "--extend", paramLabel = "BP", description = "Widen the regions for query calls by this many "
      + "bases; unmatched query calls outside the original regions are then not counted. Default: 0.")
  int extend;

  @Option(names = {"-f", "--reference"}, paramLabel = "FASTA",
      description = "Reference FASTA (indexed): symbolic <DEL>/<INV> (and <DUP> with --dup-to-ins) get sequence, "
          + "so --pctseq applies to them.")
  Path reference;

  @Option(names = "--stratification", paramLabel = "TSV",
      description = "Strata 'name<TAB>bed path' (as for compare): adds metrics.json rows per stratum.")
  Path stratification;

  @Option(names = {"-r", "--refdist"}, paramLabel = "BP", description = "Max distance between calls. Default: 500.")
  int refdist = D.refdist();

  @Option(names = {"-p", "--pctseq"}, paramLabel = "FRACTION",
      description = "Min sequence similarity; 0 turns it off. Default: 0.7.")
  double pctseq = D.pctseq();

  @Option(names = {"-P", "--pctsize"}, paramLabel = "FRACTION", description = "Min size similarity. Default: 0.7.")
  double pctsize = D.pctsize();

  @Option(names = {"-O", "--pctovl"}, paramLabel = "FRACTION", description = "Min reciprocal overlap. Default: 0.")
  double pctovl = D.pctovl();

  @Option(names = {"-t", "--typeignore"}, description = "Match calls of different SV types.")
  boolean typeignore;

  @Option(names = {"-d", "--dup-to-ins"}, description = "Treat DUP as INS.")
  boolean dupToIns;

  @Option(names = {"-B", "--bnddist"}, paramLabel = "BP",
      description = "Max breakend distance; -1 leaves breakends out. Default: 100.")
  int bnddist = D.bnddist();

  @Option(names = {"-N", "--no-decompose"}, description = "Do not split DEL/DUP/INV to compare them with breakends.")
  boolean noDecompose;

  @Option(names = {"-C", "--chunksize"}, paramLabel = "BP",
      description = "Gap that separates independent groups of calls; at least --refdist. Default: 1000.")
  int chunksize = D.chunksize();

  @Option(names = {"-n", "--no-roll"}, description = "Compare sequences without rolling (tandem-repeat shifts).")
  boolean noRoll;

  @Option(names = {"-m", "--max-resolve"}, paramLabel = "BP",
      description = "Largest symbolic call given sequence from --reference. Default: 25000.")
  int maxResolve = D.maxResolve();

  @Option(names = "--passonly", description = "Only FILTER PASS or '.' records.")
  boolean passonly;

  @Option(names = {"-s", "--sizemin"}, paramLabel = "BP",
      description = "Min truth call size (and min size of an unmatched query call to count as FP). Default: 50.")
  int sizemin = D.sizemin();

  @Option(names = {"-S", "--sizefilt"}, paramLabel = "BP",
      description = "Min query call size to take part. Default: 30, or --sizemin when that is lower.")
  Integer sizefilt;

  @Option(names = "--sizemax", paramLabel = "BP", description = "Max call size; -1 for none. Default: 50000.")
  int sizemax = D.sizemax();

  @Option(names = "--no-ref", paramLabel = "a|b|c",
      description = "Leave out calls whose genotype has no ALT: in all (a), truth (b) or query (c).")
  String noRef;

  @Option(names = "--pick", paramLabel = "single|ac|multi",
      description = "Matches per call: single, up to the genotype's ALT count (ac), or any (multi). Default: single.")
  String pick = "single";

  @Option(names = "--svtype-dot", paramLabel = "from-alleles|unknown",
      description = "A record with SVTYPE=. is typed from its alleles (from-alleles, default) or, as Truvari does, "
          + "UNK (unknown; such calls never match).")
  String svtypeDot = "from-alleles";

  @Option(names = "--truth-sample", paramLabel = "NAME", description = "Truth sample column. Default: the first.")
  String truthSample;

  @Option(names = "--query-sample", paramLabel = "NAME", description = "Query sample column. Default: the first.")
  String querySample;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (errors and warnings still shown).")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  SvCompareCommand(PrintWriter err) {
    this.err = err;
  }

  @Override
  public Integer call() throws Exception {
    final SvConfig config = config();
    final SvSettings s = new SvSettings(truth, query, includebed, reference, stratification, truthSample,
        querySample, output, config);
    final SvComparison.Outcome o = SvComparison.run(s, Version.get(), new Progress(err, quiet));
    if (!quiet) {
      final SvSummary sum = o.result().summary();
      err.printf(Locale.ROOT, "harness: SV TP-base %d, TP-comp %d, FP %d, FN %d; precision %s, recall %s, f1 %s%n",
          sum.tpBase(), sum.tpComp(), sum.fp(), sum.fn(), fmt(sum.precision()), fmt(sum.recall()), fmt(sum.f1()));
      err.flush();
    }
    return Main.EXIT_OK;
  }

  private static String fmt(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
  }

  SvConfig config() {
    final SvConfig.Pick p = switch (pick.toLowerCase(Locale.ROOT)) {
      case "single" -> SvConfig.Pick.SINGLE;
      case "ac" -> SvConfig.Pick.AC;
      case "multi" -> SvConfig.Pick.MULTI;
      default -> throw bad("--pick must be single, ac or multi (got '" + pick + "')");
    };
    final SvConfig.NoRef nr = noRef == null ? SvConfig.NoRef.NONE : switch (noRef) {
      case "a" -> SvConfig.NoRef.ALL;
      case "b" -> SvConfig.NoRef.BASE;
      case "c" -> SvConfig.NoRef.COMP;
      default -> throw bad("--no-ref must be a, b or c (got '" + noRef + "')");
    };
    final boolean fromAlleles = switch (svtypeDot) {
      case "from-alleles" -> true;
      case "unknown" -> false;
      default -> throw bad("--svtype-dot must be from-alleles or unknown (got '" + svtypeDot + "')");
    };
    if (chunksize < refdist) {
      throw bad("--chunksize (" + chunksize + ") must be at least --refdist (" + refdist + ")");
    }
    if (extend > 0 && includebed == null) {
      throw bad("--extend needs --includebed");
    }
    if (refdist < 0 || sizemin < 0 || extend < 0 || (sizefilt != null && sizefilt < 0)) {
      throw bad("--refdist, --sizemin, --sizefilt and --extend must not be negative");
    }
    for (double v : new double[] {pctseq, pctsize, pctovl}) {
      if (!(v >= 0 && v <= 1)) {
        throw bad("--pctseq, --pctsize and --pctovl must be between 0 and 1");
      }
    }
    return new SvConfig(refdist, pctseq, pctsize, pctovl, typeignore, dupToIns, bnddist, !noDecompose, sizemin,
        sizefilt != null ? sizefilt : SvConfig.defaultSizefilt(sizemin), sizemax, passonly, nr, p, chunksize, noRoll,
        maxResolve, extend, fromAlleles);
  }

  private CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
