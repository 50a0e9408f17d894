package dk.harness.cli;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.RegionSet;
import dk.harness.core.VariantComparison;
import dk.harness.io.BedRegions;
import dk.harness.io.ContigNaming;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.Stratifications;
import dk.harness.io.VcfInput;
import dk.harness.report.FilterKind;
import dk.harness.report.OutputPaths;
import dk.harness.report.ReportContext;
import dk.harness.report.ReportWriter;
import dk.harness.report.RunInfo;
import dk.harness.report.Stratum;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One {@code harness compare} run. Order matters for the "no partial outputs" promise: every input is opened and
 * checked (files exist, headers, contig naming, sort order, BED contigs) before the output folder is touched; then
 * everything is written into a temporary folder that {@link AtomicOutput} moves into place only on success.
 *
 * <p>Threads: the engine gets {@code --threads}; one extra reading thread loads (and REF-checks) the next contig
 * while the current one is compared. All readers are used by that thread only; sinks only by the calling thread.
 */
final class CompareRun {
  private final CompareSettings s;
  private final Progress progress;

  CompareRun(CompareSettings settings, PrintWriter err) {
    this.s = settings;
    this.progress = new Progress(err, settings.quiet());
  }

  /**
   * @throws InputException on bad input (exit code 2)
   * @throws IOException if writing fails
   */
  void execute() throws Exception {
    requireFile(s.truth(), "--truth", "the truth VCF");
    requireFile(s.query(), "--query", "the query VCF");
    requireFile(s.reference(), "--reference", "the reference FASTA");
    requireFile(s.confident(), "--confident", "the confident-regions BED");
    requireFile(s.stratification(), "--stratification", "the stratification TSV");
    requireFile(s.target(), "--target", "the target-regions BED");
    refuseOverwritingInputs();

    final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
      final Thread t = new Thread(r, "harness-reader");
      t.setDaemon(true);
      return t;
    });
    try (VcfInput truth = VcfInput.open(s.truth(), "truth", s.truthSample(), s.roc());
        VcfInput query = VcfInput.open(s.query(), "query", s.querySample(), s.roc());
        FastaReference fasta = FastaReference.open(s.reference())) {
      try {
        // Digests run alongside the checks; they are only needed once outputs are opened.
        final Future<Map<String, RunInfo.InputFile>> digests = background.submit(this::digestInputs);
        // Contigs with records: from the index, or a CHROM pre-scan of each file (the two run in parallel).
        final Future<List<String>> queryScan = background.submit(query::recordContigs);
        final List<String> truthContigs = truth.recordContigs();
        final List<String> queryContigs = await(queryScan);
        final LinkedHashMap<String, Integer> lengths = fasta.contigLengths();
        ContigNaming.check(new ContigNaming.Side("truth", s.truth(), truthContigs, truth.headerContigs()),
            new ContigNaming.Side("query", s.query(), queryContigs, query.headerContigs()), s.reference(),
            lengths.keySet());
        final ContigPlan plan = ContigPlan.of(lengths.keySet(), s.truth(), truthContigs, truth.hasIndex(), s.query(),
            queryContigs, query.hasIndex());
        progress.info(String.format(java.util.Locale.ROOT, "truth %s (sample %s), query %s (sample %s): %d contig(s) to compare",
            s.truth(), truth.sampleName(), s.query(), query.sampleName(), plan.contigs().size()));

        final RegionSet confident = s.confident() == null ? null : BedRegions.read(s.confident());
        requireSharedContigs(s.confident(), "confident-regions BED", confident, plan);
        final RegionSet target = s.target() == null ? null : BedRegions.read(s.target());
        requireSharedContigs(s.target(), "target BED", target, plan);
        if (confident == null) {
          progress.warn("no --confident BED: every record is counted; benchmark results against GIAB truth sets "
              + "need the benchmark's BED");
        }
        final List<Stratum> strata = loadStrata(lengths.keySet());

        final Map<String, Long> contigLengths = new LinkedHashMap<>();
        lengths.forEach((k, v) -> contigLengths.put(k, v.longValue()));
        final ReportContext context = new ReportContext(contigLengths, confident, strata, s.roc().name());
        final ComparisonConfig config = ComparisonConfig.defaults().withThreads(s.threads());
        final RunInfo runInfo = new RunInfo(Version.get(), await(digests), truth.sampleName(), query.sampleName(),
            parameters(config));

        final ContigLoader loader = new ContigLoader(new ContigSource(truth, plan.streamTruth()), s.truth(),
            new ContigSource(query, plan.streamQuery()), s.query(), fasta, target);
        try (AtomicOutput out = createOutput()) {
          try (ReportWriter writer = new ReportWriter(OutputPaths.forPrefix(out.tempPrefix().toString()), context,
              runInfo)) {
            compareAll(plan.contigs(), loader, new ContigComparer(new VariantComparison(config)), writer, background);
            writer.finish();
            progress.tooComplex("ALL", writer.tally().tooComplex(FilterKind.ALL),
                writer.tally().tooComplexTruth(FilterKind.ALL), writer.tally().tooComplexQuery(FilterKind.ALL));
            progress.tooComplex("PASS", writer.tally().tooComplex(FilterKind.PASS),
                writer.tally().tooComplexTruth(FilterKind.PASS), writer.tally().tooComplexQuery(FilterKind.PASS));
            progress.summary(writer.tally());
          }
          out.commit();
        progress.outputs(OutputPaths.forPrefix(out.finalPrefix().toString()).all());
        }
      } finally {
        // Stop the reading thread before the readers close under it.
        background.shutdownNow();
        background.awaitTermination(1, TimeUnit.MINUTES);
      }
    } finally {
      background.shutdownNow();
    }
  }

  /** Compares every contig, loading contig i+1 on the reading thread while contig i is compared. */
  private void compareAll(List<String> contigs, ContigLoader loader, ContigComparer comparer, ReportWriter writer,
      ExecutorService background) throws Exception {
    Future<LoadedContig> next = contigs.isEmpty() ? null : background.submit(() -> loader.load(contigs.get(0)));
    for (int i = 0; i < contigs.size(); i++) {
      final LoadedContig current = await(next);
      final String following = i + 1 < contigs.size() ? contigs.get(i + 1) : null;
      next = following == null ? null : background.submit(() -> loader.load(following));
      final long t0 = System.nanoTime();
      final ContigComparer.Pair pair = comparer.compare(current);
      final long compareNanos = System.nanoTime() - t0;
      writer.accept(pair.all(), pair.pass());
      progress.contig(current, pair, compareNanos);
    }
    await(background.submit(() -> {
      loader.finish();
      return null;
    }));
  }

  private Map<String, RunInfo.InputFile> digestInputs() throws IOException {
    final Map<String, RunInfo.InputFile> inputs = new LinkedHashMap<>();
    addInput(inputs, "truth", s.truth());
    addInput(inputs, "query", s.query());
    addInput(inputs, "reference", s.reference());
    addInput(inputs, "confident", s.confident());
    addInput(inputs, "stratification", s.stratification());
    addInput(inputs, "target", s.target());
    return inputs;
  }

  private static void addInput(Map<String, RunInfo.InputFile> inputs, String role, Path file) throws IOException {
    inputs.put(role, file == null ? null : new RunInfo.InputFile(file.toString(), dk.harness.report.Sha256.of(file)));
  }

  private Map<String, Object> parameters(ComparisonConfig config) {
    final Map<String, Object> p = new LinkedHashMap<>();
    p.put("roc", s.roc().name());
    p.put("threads", config.threads());
    p.put("max_paths", config.maxPaths());
    p.put("max_iterations", config.maxIterations());
    p.put("local_match_window", config.localMatchWindow());
    p.put("max_allele_length", config.maxAlleleLength());
    p.put("pass_rows", "filtered records removed from truth and query before matching");
    p.put("confident_regions", "applied after matching");
    p.put("target_regions", s.target() == null ? null : "records not overlapping removed before matching");
    return p;
  }

  private List<Stratum> loadStrata(Set<String> referenceContigs) {
    if (s.stratification() == null) {
      return List.of();
    }
    final List<Stratum> out = new ArrayList<>();
    for (Stratifications.Stratum st : Stratifications.read(s.stratification())) {
      try {
        out.add(new Stratum(st.name(), st.load(referenceContigs)));
      } catch (IllegalArgumentException e) {
        throw new InputException(s.stratification(), -1, e.getMessage(), "rename the stratum in the TSV", e);
      }
    }
    final Set<String> names = new java.util.HashSet<>();
    for (Stratum st : out) {
      if (!names.add(st.name())) {
        throw new InputException(s.stratification(), -1, "stratum '" + st.name() + "' is listed twice",
            "give every stratum a unique name");
      }
    }
    return out;
  }

  /**
   * A BED that shares no contig with the VCFs would silently count nothing (typically 'chr20' vs '20'): refuse it.
   */
  private static void requireSharedContigs(Path bed, String what, RegionSet regions, ContigPlan plan) {
    if (regions == null || plan.contigs().isEmpty()) {
      return;
    }
    for (String c : plan.contigs()) {
      if (!regions.intervals(c).isEmpty()) {
        return;
      }
    }
    final List<String> bedContigs = new ArrayList<>(regions.contigs());
    throw new InputException(bed, -1, "the " + what + " has no interval on any contig of the VCFs (BED contigs: "
        + abbreviate(bedContigs) + "; VCF contigs: " + abbreviate(plan.contigs()) + ")",
        "use a BED with the VCFs' contig names (e.g. add or strip the 'chr' prefix: sed 's/^chr//' or "
            + "sed 's/^/chr/')");
  }

  private static String abbreviate(List<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    return String.join(", ", names.subList(0, Math.min(5, names.size()))) + (names.size() > 5 ? ", ..." : "");
  }

  private AtomicOutput createOutput() {
    try {
      return AtomicOutput.create(s.output());
    } catch (IOException e) {
      throw new InputException(s.output(), -1, "cannot write outputs with this prefix (" + e + ")",
          "choose an --output prefix in a writable folder", e);
    }
  }

  /** An output that replaced an input (e.g. --query calls.vcf.gz --output calls) would destroy the user's data. */
  private void refuseOverwritingInputs() {
    final List<Path> inputs = new ArrayList<>();
    for (Path p : new Path[] {s.truth(), s.query(), s.reference(), s.confident(), s.stratification(), s.target()}) {
      if (p != null) {
        inputs.add(p.toAbsolutePath().normalize());
        inputs.add(Path.of(p.toAbsolutePath().normalize() + ".tbi"));
      }
    }
    final String prefix = s.output().toAbsolutePath().normalize().toString();
    for (Path out : OutputPaths.forPrefix(prefix).all()) {
      if (inputs.contains(out)) {
        throw new InputException(out, -1, "--output " + s.output() + " would overwrite this input file",
            "choose another --output prefix");
      }
    }
  }

  private static void requireFile(Path file, String option, String what) {
    if (file == null) {
      return;
    }
    if (!Files.exists(file)) {
      throw new InputException(file, -1, what + " (" + option + ") does not exist", "check the path");
    }
    if (!Files.isRegularFile(file)) {
      // Pipes and process substitutions cannot work: every input is read more than once (checks, sha256).
      throw new InputException(file, -1, what + " (" + option + ") is not a regular file",
          "write it to a file first (pipes and <(...) cannot be read twice)");
    }
    if (!Files.isReadable(file)) {
      throw new InputException(file, -1, what + " (" + option + ") is not readable", "check its permissions");
    }
  }

  /** Waits for a background task; its exceptions surface unchanged (so input errors stay exit code 2). */
  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      final Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
