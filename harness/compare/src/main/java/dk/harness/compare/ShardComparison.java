package dk.harness.compare;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.RegionSet;
import dk.harness.core.VariantComparison;
import dk.harness.io.ContigNaming;
import dk.harness.io.ContigRecords;
import dk.harness.io.FastaReference;
import dk.harness.io.InputException;
import dk.harness.io.LoadedRecord;
import dk.harness.io.RefCheck;
import dk.harness.io.ReferenceContigs;
import dk.harness.io.ScoreField;
import dk.harness.io.VcfInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One shard of a {@code harness run} submission: the checks a run's comparison makes (in the same order, so the
 * same input gives the same first error), then only the contigs of the shard, each read through its index
 * (.tbi/.csi and .fai) so a shard never reads the whole genome. Every compared contig goes to a {@link Listener}
 * instead of the report files; {@code harness merge} replays them through {@link ReportOutput}.
 *
 * <p>Errors are sorted the way {@code harness run} sorts them. A problem with the truth set (its VCF, reference or
 * confident BED) would abort the run: it is returned as {@link Result#truthError()}. A problem with the submitted
 * files would make the submission ERROR: it is returned as {@link Result#submissionError()}, and the remaining
 * contigs are still read on the truth side only, so a truth error behind it is not missed. Messages name the same
 * line numbers as the run's: when the run would stream a file and the shard read it by index, a failing contig is
 * read again by streaming to find the error's line.
 *
 * <p>Not thread-safe; one shard per instance.
 */
public final class ShardComparison {
  /**
   * What a shard learned before its contigs.
   *
   * @param truthSample the truth VCF's selected sample
   * @param querySample the query VCF's selected sample (null when the query could not be opened)
   * @param contigs every contig the whole submission compares, in reference order (null when not known)
   */
  public record Info(String truthSample, String querySample, List<String> contigs) {
    public Info {
      contigs = contigs == null ? null : List.copyOf(contigs);
    }
  }

  /** Receives the shard's compared contigs, in reference order. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param truthRead truth records read (before target regions)
     * @param queryRead query records read (before target regions)
     */
    void contig(ComparedContig contig, int truthRead, int queryRead) throws IOException;
  }

  /**
   * How the shard ended.
   *
   * @param info what was learned before the contigs (truth sample always; the rest when the query was readable)
   * @param compared contigs handed to the listener, in order
   * @param submissionError the first problem with the submitted files, or null
   * @param truthError a problem with the truth set, or null
   * @param truthWithoutGt truth records of the compared contigs the reader skipped for having no GT
   *     ({@link VcfInput#recordsWithoutGt}); summed over a submission's shards, the whole file's count
   * @param queryWithoutGt the same for the query
   */
  public record Result(Info info, List<String> compared, InputException submissionError,
      InputException truthError, long truthWithoutGt, long queryWithoutGt) {
    public Result {
      compared = List.copyOf(compared);
    }
  }

  /** A truth-set problem, carried past the submission's error handling. */
  private static final class TruthProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TruthProblem(InputException cause) {
      super(cause);
    }

    InputException input() {
      return (InputException) getCause();
    }
  }

  private final CompareSettings s;
  private final ProgressSink progress;

  /**
   * @param settings the submission's settings as {@code harness run} makes them ({@link TruthSetData#settings}
   *     with the same files); {@code output} is not used
   */
  public ShardComparison(CompareSettings settings, ProgressSink progress) {
    this.s = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Runs the shard.
   *
   * @param group the shard's contigs; contigs of it that the submission does not compare (no records on either
   *     side) are skipped
   * @throws IOException if the listener fails
   */
  public Result run(List<String> group, Listener listener) throws IOException {
    final List<String> compared = new ArrayList<>();
    long truthWithoutGt = 0;
    long queryWithoutGt = 0;
    final Set<String> wanted = new HashSet<>(group);
    Info info = null;
    try (Readers r = new Readers()) {
      // The truth set, as TruthSetData.load checks it.
      truth(() -> {
        Inputs.requireFile(s.truth(), "the truth VCF");
        Inputs.requireFile(s.reference(), "the reference FASTA");
        Inputs.requireFile(s.confident(), "the confident-regions BED");
        Inputs.requireFile(s.stratification(), "the stratification TSV");
        r.fasta = FastaReference.open(s.reference());
        r.truth = VcfInput.open(s.truth(), "truth", s.truthSample(), ScoreField.QUAL);
        r.truthContigs = r.truth.recordContigs();
        r.confident = InputContigs.bed(s.confident(), TruthSetData.CONFIDENT, new ReferenceContigs(s.reference(),
            r.fasta.contigLengths().keySet()), progress::warn);
      });
      info = new Info(r.truth.sampleName(), null, null);
      final LinkedHashMap<String, Integer> lengths = r.fasta.contigLengths();
      ContigPlan plan = null;
      InputException submissionError = null;
      RegionSet target = null;
      try {
        // The submission, as Comparison checks it before its first contig.
        Inputs.requireFile(s.query(), "the query VCF (--query)");
        Inputs.requireFile(s.target(), "the target-regions BED (--target)");
        r.query = VcfInput.open(s.query(), "query", s.querySample(), s.roc());
        // The same choice merge makes (and warns about): every shard ranks by the same field.
        r.roc = RocField.choose(r.query, ProgressSink.SILENT);
        if (r.roc != s.roc()) {
          r.query.close();
          r.query = VcfInput.open(s.query(), "query", s.querySample(), r.roc);
        }
        info = new Info(r.truth.sampleName(), r.query.sampleName(), null);
        final List<String> queryContigs = r.query.recordContigs();
        final ContigNaming.Result naming = ContigNaming.check(ContigNaming.Side.of(r.truth, r.truthContigs),
            ContigNaming.Side.of(r.query, queryContigs), s.reference(), lengths.keySet());
        naming.warnings().forEach(progress::warn);
        InputContigs.headerLengths(s.truth(), "the truth VCF", r.truth.headerContigLengths(), lengths, s.reference(),
            progress::warn);
        InputContigs.headerLengths(s.query(), "the query VCF", r.query.headerContigLengths(), lengths, s.reference(),
            progress::warn);
        // The run's truth is loaded into memory, so it is random access whatever its order.
        plan = ContigPlan.of(lengths.keySet(), s.truth(), naming.compared("truth", r.truthContigs), true, s.query(),
            naming.compared("query", queryContigs), r.query.hasIndex());
        info = new Info(r.truth.sampleName(), r.query.sampleName(), plan.contigs());
        Comparison.requireSharedContigs(s.confident(), "confident-regions BED", r.confident, plan);
        target = InputContigs.bed(s.target(), Comparison.TARGET, new ReferenceContigs(s.reference(),
            lengths.keySet()), progress::warn);
        Comparison.requireSharedContigs(s.target(), "target BED", target, plan);
      } catch (InputException e) {
        submissionError = e;
      }
      final List<String> contigs = new ArrayList<>();
      for (String c : plan != null ? plan.contigs() : r.truthContigs) {
        if (wanted.contains(c)) {
          contigs.add(c);
        }
      }
      progress.info(String.format(Locale.ROOT, "shard: %d of the submission's contig(s): %s", contigs.size(),
          String.join(", ", contigs)));
      final ContigComparer comparer = new ContigComparer(new VariantComparison(
          ComparisonConfig.defaults().withThreads(s.threads())));
      for (String c : contigs) {
        if (!lengths.containsKey(c)) {
          continue; // only after a naming error: the run's truth load checks contigs of the reference only
        }
        final long t0 = System.nanoTime();
        final ReferenceSequence ref = r.fasta.contig(c);
        final List<LoadedRecord> truthRecords = truth(() -> r.truthContig(c, ref));
        if (submissionError != null) {
          continue; // the truth side is still checked
        }
        try {
          final List<LoadedRecord> queryRecords = r.queryContig(c, ref, plan.streamQuery());
          final LoadedContig loaded = new LoadedContig(c, ref, ContigLoader.onTarget(target, c, truthRecords),
              ContigLoader.onTarget(target, c, queryRecords), truthRecords.size(), queryRecords.size(),
              System.nanoTime() - t0);
          final long t1 = System.nanoTime();
          final ComparedContig result = comparer.compare(loaded);
          listener.contig(result, truthRecords.size(), queryRecords.size());
          compared.add(c);
          truthWithoutGt += r.truthWithoutGt;
          queryWithoutGt += r.queryWithoutGt;
          progress.contig(new ContigProgress(c, truthRecords.size(), queryRecords.size(), loaded.truth().size(),
              loaded.query().size(), result.separatePass(), result.all().result().tooComplex().size(),
              t1 - t0, System.nanoTime() - t1));
        } catch (InputException e) {
          submissionError = e;
        }
      }
      return new Result(info, compared, submissionError, null, truthWithoutGt, queryWithoutGt);
    } catch (TruthProblem e) {
      return new Result(info == null ? new Info(null, null, null) : info, compared, null, e.input(), 0, 0);
    }
  }

  @FunctionalInterface
  private interface Step<T> {
    T get();
  }

  @FunctionalInterface
  private interface VoidStep {
    void run();
  }

  private static <T> T truth(Step<T> step) {
    try {
      return step.get();
    } catch (InputException e) {
      throw new TruthProblem(e);
    }
  }

  private static void truth(VoidStep step) {
    truth(() -> {
      step.run();
      return null;
    });
  }

  /** The shard's open files. */
  private final class Readers implements AutoCloseable {
    FastaReference fasta;
    VcfInput truth;
    VcfInput query;
    List<String> truthContigs;
    RegionSet confident;
    /** The field the query is ranked by ({@link RocField}). */
    ScoreField roc;
    /** Records without GT the last {@link #truthContig} / {@link #queryContig} skipped on its contig. */
    long truthWithoutGt;
    long queryWithoutGt;
    /** Streams of files without an index (opened on first use). */
    private Sequential truthStream;
    private Sequential queryStream;

    /** A truth contig, REF-checked (TruthSetData.load streams, so an error is reported as a stream finds it). */
    List<LoadedRecord> truthContig(String contig, ReferenceSequence ref) {
      if (!truth.hasIndex()) {
        truthStream = truthStream != null ? truthStream
            : new Sequential(() -> VcfInput.open(s.truth(), "truth", s.truthSample(), ScoreField.QUAL));
        final List<LoadedRecord> records = truthStream.read(contig);
        truthWithoutGt = truthStream.lastWithoutGt;
        RefCheck.check(s.truth(), records, ref, fasta.path());
        return records;
      }
      try {
        // One reader serves every contig of the shard, so the contig's share is the growth of its count.
        final long before = truth.recordsWithoutGt();
        final List<LoadedRecord> records = truth.readContig(contig).records();
        truthWithoutGt = truth.recordsWithoutGt() - before;
        RefCheck.check(s.truth(), records, ref, fasta.path());
        return records;
      } catch (InputException e) {
        throw streamedError(e, s.truth(), "truth", s.truthSample(), ScoreField.QUAL, contig, ref);
      }
    }

    /** A query contig, REF-checked; by index, or streamed when the file has none. */
    List<LoadedRecord> queryContig(String contig, ReferenceSequence ref, boolean runStreams) {
      if (!query.hasIndex()) {
        queryStream = queryStream != null ? queryStream
            : new Sequential(() -> VcfInput.open(s.query(), "query", s.querySample(), roc));
        final List<LoadedRecord> records = queryStream.read(contig);
        queryWithoutGt = queryStream.lastWithoutGt;
        RefCheck.check(s.query(), records, ref, fasta.path());
        return records;
      }
      try {
        final long before = query.recordsWithoutGt();
        final List<LoadedRecord> records = query.readContig(contig).records();
        queryWithoutGt = query.recordsWithoutGt() - before;
        RefCheck.check(s.query(), records, ref, fasta.path());
        return records;
      } catch (InputException e) {
        if (!runStreams) {
          throw e;
        }
        throw streamedError(e, s.query(), "query", s.querySample(), roc, contig, ref);
      }
    }

    /**
     * The error a stream through the file reports for this contig (with its line number), or {@code indexed} if
     * the stream finds none.
     */
    private InputException streamedError(InputException indexed, Path vcf, String role, String sample,
        ScoreField score, String contig, ReferenceSequence ref) {
      try (Sequential stream = new Sequential(() -> VcfInput.open(vcf, role, sample, score))) {
        RefCheck.check(vcf, stream.read(contig), ref, fasta.path());
      } catch (InputException e) {
        return e;
      }
      return indexed;
    }

    @Override
    public void close() {
      for (AutoCloseable c : new AutoCloseable[] {queryStream, truthStream, query, truth, fasta}) {
        if (c != null) {
          try {
            c.close();
          } catch (Exception e) {
            // closing a reader cannot lose results
          }
        }
      }
    }
  }

  /**
   * Whole-contig reads from a file without an index: a stream that moves forward to the contig asked for, and
   * starts again from the top when asked for a contig it has passed. Records of contigs passed on the way are
   * parsed, so their errors surface too (as they would in the run's stream). Not thread-safe.
   */
  private static final class Sequential implements AutoCloseable {
    private final Step<VcfInput> opener;
    private VcfInput stream;
    private final Set<String> passed = new HashSet<>();
    /**
     * Records without GT on the contig the last {@link #read} returned (the stream's own count also holds the
     * contigs passed on the way, and restarts with the stream).
     */
    long lastWithoutGt;

    Sequential(Step<VcfInput> opener) {
      this.opener = opener;
    }

    List<LoadedRecord> read(String contig) {
      if (stream == null || passed.contains(contig)) {
        close();
        stream = opener.get();
        passed.clear();
      }
      lastWithoutGt = 0;
      while (true) {
        final long before = stream.recordsWithoutGt();
        final ContigRecords next = stream.nextContig();
        if (next == null) {
          return List.of();
        }
        passed.add(next.contig());
        if (next.contig().equals(contig)) {
          lastWithoutGt = stream.recordsWithoutGt() - before;
          return next.records();
        }
      }
    }

    @Override
    public void close() {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
