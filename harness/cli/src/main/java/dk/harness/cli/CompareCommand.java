package dk.harness.cli;

import dk.harness.io.ScoreField;
import dk.harness.compare.CompareSettings;
import dk.harness.compare.Comparison;
import dk.harness.compare.MatchMode;
import dk.harness.workflow.shard.ShardRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harness compare}: the options and their help text. The work itself is done by {@link Comparison}. */
@Command(
    name = "compare",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Compare a query VCF against a truth VCF and write hap.py/GA4GH-style reports.",
    descriptionHeading = "%n",
    description = {
        "Matching is haplotype-aware (like RTG vcfeval): truth and query alleles are replayed on the reference, so "
            + "the same haplotype written differently (indel position, MNP vs SNPs) still matches. Each record gets "
            + "TP/FP/FN at a GA4GH match level: gm (genotype match), am (allele match, genotype wrong), lm (local match "
            + "within 30 bp). Hom-ref, no-call and '*' records are not variants and take no part.",
        "",
        "With --match site the outputs report site-level matching instead (GATK Concordance / Picard "
            + "GenotypeConcordance style): a call matches only at the same position with the same REF and ALT, after "
            + "splitting multi-allelic records and right-trimming alleles. Both are always computed: metrics.json's "
            + "site_level block holds the site-level counts, the genotype concordance table and the representation "
            + "gap (records TP haplotype-aware but FN/FP at site level), whichever --match is chosen.",
        "",
        "Results come in two sets: ALL (every record) and PASS (records failing FILTER or FT removed from both "
            + "truth and query BEFORE matching, as vcfeval does). Confident regions (--confident) are applied AFTER "
            + "matching: records outside are counted as UNK (query) or not counted (truth).",
        "",
        "Outputs, for --output PREFIX (written to a temporary folder next to PREFIX and moved into place only when "
            + "everything succeeded; on failure no result file is left behind):",
        "  PREFIX.summary.csv     hap.py-style rows SNP/INDEL x ALL/PASS: TRUTH.TOTAL,",
        "                         TRUTH.TP, TRUTH.FN, QUERY.TOTAL, QUERY.FP, QUERY.UNK,",
        "                         FP.gt, FP.al, recall, precision, F1",
        "  PREFIX.extended.csv    the same per stratum and variant subtype",
        "  PREFIX.vcf.gz(.tbi)    GA4GH benchmarking VCF (samples TRUTH and QUERY;",
        "                         BD decision, BK match level, ...)",
        "  PREFIX.roc.*.csv.gz    precision/recall per score threshold (--roc):",
        "                         roc.all plus SNP/INDEL and their PASS variants",
        "  PREFIX.metrics.json    counts, too-complex regions, inputs with sha256,",
        "                         samples, parameters, harness version",
        "",
        "Progress (one line per contig) and a summary table go to stderr. Regions too complex to resolve are always "
            + "listed on stderr and counted in metrics.json, never dropped silently.",
        ""},
    usageHelpWidth = 100,
    optionListHeading = "Options:%n",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success: all outputs written",
        "  1  internal error (a bug): rerun with --debug and report the stack trace",
        "  2  bad input or usage: one line on stderr starting 'harness: error: ' that names",
        "     the file and the fix; no output file is written. Examples: contig naming",
        "     mismatch ('chr20' vs '20'), REF not matching the reference, unsorted VCF,",
        "     no GT in any record, truncated bgzip, corrupt index, unknown sample; also a",
        "     full disk or an unwritable or vanished output folder.",
        "",
        "Example:",
        "  harness compare --truth HG002_truth.vcf.gz --query unit_calls.vcf.gz \\",
        "      --reference GRCh38.fa --confident HG002_benchmark.bed \\",
        "      --output out/HG002_unitA"})
public final class CompareCommand implements Callable<Integer>, FaultLocation {
  private final PrintWriter err;

  @Option(names = "--truth", paramLabel = "VCF",
      description = "Truth VCF (e.g. a GIAB benchmark VCF), plain or bgzipped; sorted; an index (.tbi/.csi) is "
          + "used when present.")
  Path truth;

  @Option(names = "--query", paramLabel = "VCF",
      description = "Query VCF: the calls to benchmark, plain or bgzipped; sorted; must use the same contig names "
          + "as the truth and the reference.")
  Path query;

  @Option(names = "--reference", paramLabel = "FASTA",
      description = "Reference FASTA the VCFs were called against, plain or bgzipped, indexed (.fai, plus .gzi when "
          + "bgzipped: samtools faidx). REF alleles are checked against it.")
  Path reference;

  @Option(names = "--confident", paramLabel = "BED",
      description = "Confident regions BED (e.g. the GIAB benchmark BED). Applied after matching: truth records "
          + "outside are not counted, query records outside are UNK. Without it every record counts (not "
          + "recommended for GIAB truth sets).")
  Path confident;

  @Option(names = "--stratification", paramLabel = "TSV",
      description = "Stratification regions: a TSV of 'name<TAB>bed path' lines (paths relative to the TSV), e.g. "
          + "the GIAB stratifications. Adds per-stratum rows to PREFIX.extended.csv.")
  Path stratification;

  @Option(names = "--target", paramLabel = "BED",
      description = "Target regions BED (e.g. an exome capture kit): records not overlapping a target interval are "
          + "dropped from truth and query BEFORE matching (like hap.py -T).")
  Path target;

  @Option(names = "--truth-sample", paramLabel = "NAME",
      description = "Sample column to use from the truth VCF. Default: its only sample (required when it has several).")
  String truthSample;

  @Option(names = "--query-sample", paramLabel = "NAME",
      description = "Sample column to use from the query VCF. Default: its only sample (required when it has several).")
  String querySample;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads for the comparison. Default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--match", paramLabel = "haplotype|site", converter = MatchConverter.class,
      description = "Matching the hap.py-style outputs report: haplotype (haplotype-aware, like vcfeval) or site "
          + "(same position, REF and ALT, like GATK Concordance). Site-level figures are in metrics.json either way. "
          + "Default: haplotype.")
  MatchMode match = MatchMode.HAPLOTYPE;

  @Option(names = "--roc", paramLabel = "QUAL|GQ",
      description = "Score used to rank query calls for the ROC files: QUAL (the QUAL column) or GQ (the query "
          + "sample's GQ). Default: ${DEFAULT-VALUE}.")
  ScoreField roc = ScoreField.QUAL;

  @Option(names = {"-o", "--output"}, paramLabel = "PREFIX",
      description = "Output prefix, e.g. out/HG002_unitA gives out/HG002_unitA.summary.csv etc. The folder is created "
          + "if missing; existing files with this prefix are replaced only when the run succeeds.")
  Path output;

  @Option(names = "--shard", paramLabel = "shards.json:K",
      description = "Run work unit K (from 0) of a shards file written by 'harness plan' instead of a comparison "
          + "given by the options above: the unit's intake check or its contigs (read through the indexes), "
          + "written as unit-K.* into the folder --output (default: the current folder) for 'harness merge'. "
          + "Only --output, --threads, --quiet and --debug apply. A refused submission is recorded, not an error "
          + "(exit 0); exit 2 means the shards file, the plan or an input changed since planning.")
  String shard;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (errors and too-complex regions are still reported).")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Accepts {@code haplotype} and {@code site} in any case. */
  static final class MatchConverter implements CommandLine.ITypeConverter<MatchMode> {
    @Override
    public MatchMode convert(String value) {
      for (MatchMode m : MatchMode.values()) {
        if (m.label().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new CommandLine.TypeConversionException("expected 'haplotype' or 'site', got '" + value + "'");
    }
  }

  CompareCommand(PrintWriter err) {
    this.err = err;
  }

  @Override
  public Path faultLocation() {
    return output;
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threads must be at least 1 (got " + threads + ")");
    }
    if (shard != null) {
      return runShard();
    }
    for (Object[] o : new Object[][] {{truth, "--truth=VCF"}, {query, "--query=VCF"},
        {reference, "--reference=FASTA"}, {output, "--output=PREFIX"}}) {
      if (o[0] == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '" + o[1] + "'");
      }
    }
    final String name = output.getFileName() == null ? "" : output.getFileName().toString();
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.endsWith("/")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--output must be a file prefix such as out/HG002_unitA, not a folder (got '" + output + "')");
    }
    final CompareSettings settings = new CompareSettings(truth, query, reference, confident, stratification, target,
        truthSample, querySample, threads, roc, output, match);
    Comparison.run(settings, Version.get(), new Progress(err, quiet));
    return Main.EXIT_OK;
  }

  private Integer runShard() throws Exception {
    if (truth != null || query != null || reference != null || confident != null || stratification != null
        || target != null || truthSample != null || querySample != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shard takes its inputs from the shards "
          + "file: leave out --truth, --query, --reference, --confident, --stratification, --target and the "
          + "sample options");
    }
    final int colon = shard.lastIndexOf(':');
    final String file = colon < 0 ? "" : shard.substring(0, colon);
    final String k = colon < 0 ? "" : shard.substring(colon + 1);
    if (file.isEmpty() || !k.matches("[0-9]{1,9}")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--shard must be FILE:K, e.g. shards.json:3 "
          + "(got '" + shard + "')");
    }
    final Path dir = output == null ? Path.of(".") : output;
    final ShardRunner.Outcome o = ShardRunner.run(Path.of(file).toAbsolutePath(), Integer.parseInt(k),
        dir.toAbsolutePath(), threads, new Progress(err, quiet));
    err.println("harness: unit " + k + " (" + o.unit().kind().label() + " " + o.unit().key()
        + (o.unit().contigs().isEmpty() ? "" : ", " + o.compared() + " of " + o.unit().contigs().size()
        + " contig(s) compared") + ") done: " + o.result());
    if (o.error() != null) {
      err.println("harness: unit " + k + " recorded a refused input (merge will report it): " + o.error());
    }
    err.flush();
    return Main.EXIT_OK;
  }
}
