package dk.harness.compare;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.RegionSet;
import dk.harness.core.VariantComparison;
import dk.harness.io.ContigNaming;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ReferenceContigs;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import dk.harness.report.NotAssessedTally;
import dk.harness.report.OutputPaths;
import dk.harness.report.ReportContext;
import dk.harness.report.RunInfo;
import dk.harness.report.Stratum;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One comparison of a query VCF against a truth set, writing every report for one output prefix: the library
 * behind {@code harness compare} and each submission of {@code harness run}.
 *
 * <p>Order matters for the "no partial outputs" promise: every input is opened and checked (files exist, headers,
 * contig naming, sort order, BED contigs) before the output folder is touched; then everything is written into a
 * temporary folder that {@link AtomicOutput} moves into place only on success.
 *
 * <p>The truth comes either from files, streamed contig by contig alongside the query ({@link #run(CompareSettings,
 * String, ProgressSink)}), or from a {@link TruthSetData} loaded once and shared by many comparisons ({@link
 * #run(CompareSettings, TruthSetData, String, ProgressSink)}). Both give byte-identical outputs.
 *
 * <p>Threads: the engine gets {@link CompareSettings#threads()}; one extra reading thread loads (and REF-checks)
 * the next contig while the current one is compared and written (the report writer writes its VCF on a thread
 * of its own). Several comparisons may run at once (each has its own threads and readers); the progress sink is called from the
 * calling thread only.
 */
public final class Comparison {
  /** The target BED in messages. */
  static final String TARGET = "the target BED";
  /** The key metrics.json's parameters get when the ROC field asked for was replaced ({@link RocField}). */
  public static final String ROC_REQUESTED = "roc_requested";

  private final CompareSettings s;
  private final TruthSetData preloaded;
  private final String harnessVersion;
  private final ProgressSink progress;

  private Comparison(CompareSettings s, TruthSetData preloaded, String harnessVersion, ProgressSink progress) {
    this.s = Objects.requireNonNull(s, "settings");
    this.preloaded = preloaded;
    this.harnessVersion = Objects.requireNonNull(harnessVersion, "harnessVersion");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Compares the query with the truth files of {@code settings}.
   *
   * @param harnessVersion written to metrics.json
   * @throws InputException on bad input (nothing is written)
   * @throws IOException if writing fails (nothing is left behind)
   */
  public static ComparisonResult run(CompareSettings settings, String harnessVersion, ProgressSink progress)
      throws Exception {
    return new Comparison(settings, null, harnessVersion, progress).execute();
  }

  /**
   * Compares the query with an already loaded truth set. The truth, reference, confident, stratification and
   * truth-sample fields of {@code settings} must be those the truth set was loaded from (use
   * {@link TruthSetData#settings}).
   *
   * @throws IllegalArgumentException if the settings name other truth files than {@code truth}
   * @throws InputException on bad input (nothing is written)
   */
  public static ComparisonResult run(CompareSettings settings, TruthSetData truth, String harnessVersion,
      ProgressSink progress) throws Exception {
    final TruthSetData.Files f = truth.files();
    if (!Objects.equals(f.vcf(), settings.truth()) || !Objects.equals(f.reference(), settings.reference())
        || !Objects.equals(f.confident(), settings.confident())
        || !Objects.equals(f.stratification(), settings.stratification())
        || !Objects.equals(f.sample(), settings.truthSample())) {
      throw new IllegalArgumentException("settings name other truth files than the loaded truth set " + f);
    }
    return new Comparison(settings, truth, harnessVersion, progress).execute();
  }

  private ComparisonResult execute() throws Exception {
    if (preloaded == null) {
      Inputs.requireFile(s.truth(), "the truth VCF (--truth)");
    }
    Inputs.requireFile(s.query(), "the query VCF (--query)");
    if (preloaded == null) {
      Inputs.requireFile(s.reference(), "the reference FASTA (--reference)");
      Inputs.requireFile(s.confident(), "the confident-regions BED (--confident)");
      Inputs.requireFile(s.stratification(), "the stratification TSV (--stratification)");
    }
    Inputs.requireFile(s.target(), "the target-regions BED (--target)");
    refuseOverwritingInputs();

    final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
      final Thread t = new Thread(r, "harness-reader");
      t.setDaemon(true);
      return t;
    });
    final ExecutorService sides = Executors.newFixedThreadPool(2, r -> {
      final Thread t = new Thread(r, "harness-reader-side");
      t.setDaemon(true);
      return t;
    });
    final List<AutoCloseable> opened = new ArrayList<>();
    try {
      final VcfInput query = rocQuery(open(opened, VcfInput.open(s.query(), "query", s.querySample(), s.roc())),
          opened);
      final ScoreField roc = query.score();
      final VcfInput truth = preloaded != null ? null
          : open(opened, VcfInput.open(s.truth(), "truth", s.truthSample(), s.roc()));
      final FastaReference fasta = preloaded != null ? preloaded.fasta()
          : open(opened, FastaReference.open(s.reference()));
      try {
        // Digests run alongside the checks; they are only needed once outputs are opened.
        final Future<Map<String, RunInfo.InputFile>> digests = background.submit(this::digestInputs);
        // Contigs with records: from the index, or a CHROM pre-scan of each file (the two run in parallel).
        final Future<List<String>> queryScan = background.submit(query::recordContigs);
        final List<String> truthContigs = truth != null ? truth.recordContigs() : preloaded.recordContigs();
        final List<String> truthHeader = truth != null ? truth.headerContigs() : preloaded.headerContigs();
        final String truthSample = truth != null ? truth.sampleName() : preloaded.sampleName();
        final List<String> queryContigs = await(queryScan);
        final LinkedHashMap<String, Integer> lengths = fasta.contigLengths();
        final ContigNaming.Result naming = ContigNaming.check(new ContigNaming.Side("truth", s.truth(), truthContigs,
            truthHeader, truth != null ? truth::tally : InputContigs.tallies(preloaded::records)),
            ContigNaming.Side.of(query, queryContigs), s.reference(), lengths.keySet());
        naming.warnings().forEach(progress::warn);
        InputContigs.headerLengths(s.truth(), "the truth VCF", truth != null ? truth.headerContigLengths()
            : preloaded.headerLengths(), lengths, s.reference(), progress::warn);
        InputContigs.headerLengths(s.query(), "the query VCF", query.headerContigLengths(), lengths, s.reference(),
            progress::warn);
        // A preloaded truth is random access. Records on contigs the reference may lack are left out.
        final ContigPlan plan = ContigPlan.of(lengths.keySet(), s.truth(), naming.compared("truth", truthContigs),
            truth == null || truth.hasIndex(), s.query(), naming.compared("query", queryContigs), query.hasIndex());
        progress.info(String.format(Locale.ROOT, "truth %s (sample %s), query %s (sample %s): %d contig(s) to compare",
            s.truth(), truthSample, s.query(), query.sampleName(), plan.contigs().size()));

        final ReferenceContigs reference = new ReferenceContigs(s.reference(), lengths.keySet());
        if (preloaded != null) {
          preloaded.warnings().forEach(progress::warn);
        }
        final RegionSet confident = preloaded != null ? preloaded.confident()
            : InputContigs.bed(s.confident(), TruthSetData.CONFIDENT, reference, progress::warn);
        requireSharedContigs(s.confident(), "confident-regions BED", confident, plan);
        final RegionSet target = InputContigs.bed(s.target(), TARGET, reference, progress::warn);
        requireSharedContigs(s.target(), "target BED", target, plan);
        if (confident == null) {
          progress.warn("no --confident BED: every record is counted; benchmark results against GIAB truth sets "
              + "need the benchmark's BED");
        }
        final List<Stratum> strata = preloaded != null ? preloaded.strata()
            : Inputs.loadStrata(s.stratification(), reference, s.threads(), progress::warn);

        final Map<String, Long> contigLengths = new LinkedHashMap<>();
        lengths.forEach((k, v) -> contigLengths.put(k, v.longValue()));
        final ReportContext context = new ReportContext(contigLengths, confident, strata, roc.name());
        final ComparisonConfig config = ComparisonConfig.defaults().withThreads(s.threads());
        // The digests (a genome's reference takes seconds) are awaited only when metrics.json is written.
        final Map<String, Object> parameters = parameters(s.match(), roc, s.target() != null, config);
        if (roc != s.roc()) {
          parameters.put(ROC_REQUESTED, s.roc().name());
        }
        final String querySample = query.sampleName();
        final Supplier<RunInfo> runInfo = () -> {
          try {
            return new RunInfo(harnessVersion, await(digests), truthSample, querySample, parameters);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new DigestFailure(e);
          }
        };

        final ContigLoader.Side truthSide = truth != null
            ? new ContigSource(truth, plan.streamTruth(), naming.leftOutContigs()) : new PreloadedSide(preloaded);
        final ContigLoader loader = new ContigLoader(truthSide, s.truth(), truth != null,
            new ContigSource(query, plan.streamQuery(), naming.leftOutContigs()), s.query(), fasta, target, sides);
        final ContigComparer comparer = new ContigComparer(new VariantComparison(config));
        try {
          return ReportOutput.write(s.output(), context, runInfo, s.match(), progress, sink -> {
            compareAll(plan.contigs(), loader, comparer, sink, background, truth, query);
            // Inside the write: a refusal here leaves no output behind.
            finishReading(truth);
            finishReading(query);
          });
        } catch (DigestFailure e) {
          throw (Exception) e.getCause();
        }
      } finally {
        // Stop the reading threads before the readers close under them.
        background.shutdownNow();
        background.awaitTermination(1, TimeUnit.MINUTES);
        sides.shutdownNow();
        sides.awaitTermination(1, TimeUnit.MINUTES);
      }
    } finally {
      background.shutdownNow();
      sides.shutdownNow();
      closeAll(opened);
    }
  }

  /**
   * The query to compare, read with the field {@link RocField#choose} picks. The query given (one of
   * {@code opened}) is closed and replaced there when that is not the field it was opened with.
   */
  private VcfInput rocQuery(VcfInput query, List<AutoCloseable> opened) {
    final ScoreField roc = RocField.choose(query, progress);
    if (roc == query.score()) {
      return query;
    }
    opened.remove(query);
    query.close();
    return open(opened, VcfInput.open(s.query(), "query", s.querySample(), roc));
  }

  /**
   * Once every record of a VCF was read: refuses a file none of whose records has GT, then prints what the
   * reader accepted leniently (one warning per kind) and how many records without GT were skipped.
   */
  private void finishReading(VcfInput vcf) {
    if (vcf == null) {
      return;
    }
    vcf.requireGenotypes();
    for (String w : vcf.dialectWarnings()) {
      progress.warn(w);
    }
  }

  private static <T extends AutoCloseable> T open(List<AutoCloseable> opened, T resource) {
    opened.add(resource);
    return resource;
  }

  private static void closeAll(List<AutoCloseable> opened) throws Exception {
    Exception first = null;
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Compares every contig, loading contig i+1 on the reading thread while contig i is compared. */
  private void compareAll(List<String> contigs, ContigLoader loader, ContigComparer comparer,
      ReportOutput.ContigSink sink, ExecutorService background, VcfInput truthInput, VcfInput queryInput)
      throws Exception {
    Future<LoadedContig> next = contigs.isEmpty() ? null : background.submit(() -> loader.load(contigs.get(0)));
    for (int i = 0; i < contigs.size(); i++) {
      final LoadedContig current = await(next);
      final String following = i + 1 < contigs.size() ? contigs.get(i + 1) : null;
      next = following == null ? null : background.submit(() -> loader.load(following));
      final long t0 = System.nanoTime();
      final ComparedContig pair = comparer.compare(current);
      final long compareNanos = System.nanoTime() - t0;
      sink.accept(pair);
      progress.contig(new ContigProgress(current.contig(), current.truthRead(), current.queryRead(),
          current.truth().size(), current.query().size(), pair.separatePass(),
          pair.all().result().tooComplex().size(), current.readNanos(), compareNanos));
    }
    await(background.submit(() -> {
      loader.finish();
      return null;
    }));
    sink.skippedByReader(NotAssessedTally.Side.TRUTH, truthInput != null ? truthInput.recordsWithoutGt()
        : preloaded == null ? 0 : preloaded.recordsWithoutGt());
    sink.skippedByReader(NotAssessedTally.Side.QUERY, queryInput.recordsWithoutGt());
  }

  private Map<String, RunInfo.InputFile> digestInputs() throws IOException {
    final Map<String, RunInfo.InputFile> known = preloaded == null ? Map.of() : preloaded.digests();
    final Map<String, RunInfo.InputFile> inputs = new LinkedHashMap<>();
    addInput(inputs, known, "truth", s.truth());
    addInput(inputs, known, "query", s.query());
    addInput(inputs, known, "reference", s.reference());
    addInput(inputs, known, "confident", s.confident());
    addInput(inputs, known, "stratification", s.stratification());
    addInput(inputs, known, "target", s.target());
    return inputs;
  }

  private static void addInput(Map<String, RunInfo.InputFile> inputs, Map<String, RunInfo.InputFile> known,
      String role, Path file) throws IOException {
    inputs.put(role, known.containsKey(role) ? known.get(role) : Inputs.digest(file));
  }

  /**
   * The {@code parameters} block of metrics.json for a comparison with these settings.
   *
   * @param target whether a target BED restricts the records
   * @param config the engine's configuration (its thread count is recorded)
   */
  public static Map<String, Object> parameters(MatchMode match, dk.harness.io.ScoreField roc, boolean target,
      ComparisonConfig config) {
    final Map<String, Object> p = new LinkedHashMap<>();
    p.put("match", match.label());
    p.put("roc", roc.name());
    p.put("threads", config.threads());
    p.put("max_paths", config.maxPaths());
    p.put("max_iterations", config.maxIterations());
    p.put("local_match_window", config.localMatchWindow());
    p.put("max_allele_length", config.maxAlleleLength());
    p.put("pass_rows", "filtered records removed from truth and query before matching");
    p.put("confident_regions", "applied after matching");
    p.put("target_regions", target ? "records not overlapping removed before matching" : null);
    return p;
  }

  /**
   * A BED that shares no contig with the VCFs would silently count nothing (typically 'chr20' vs '20'): refuse it.
   */
  static void requireSharedContigs(Path bed, String what, RegionSet regions, ContigPlan plan) {
    if (regions == null || plan.contigs().isEmpty()) {
      return;
    }
    for (String c : plan.contigs()) {
      if (regions.coveredLength(c) > 0) {
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

  /** Carries a checked failure of the input digests out of the provenance supplier. */
  private static final class DigestFailure extends RuntimeException {
    DigestFailure(Exception cause) {
      super(cause);
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

  /** Truth records handed out from a loaded truth set (already validated and REF-checked). */
  private static final class PreloadedSide implements ContigLoader.Side {
    private final TruthSetData truth;

    PreloadedSide(TruthSetData truth) {
      this.truth = truth;
    }

    @Override
    public List<LoadedRecord> read(String contig) {
      return truth.records(contig);
    }

    @Override
    public void checkConsumed() {
    }
  }
}
