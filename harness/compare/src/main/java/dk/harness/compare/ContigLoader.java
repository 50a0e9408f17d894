package dk.harness.compare;

import dk.harness.core.ReferenceSequence;
import dk.harness.core.RegionSet;
import dk.harness.io.FastaReference;
import dk.harness.io.LoadedRecord;
import dk.harness.io.RefCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads one contig of truth, query and reference, checks REF alleles and applies the target regions. Owns the
 * readers, which are not thread-safe: call {@link #load} from one thread at a time (the run calls it from its
 * single reading thread). Within a load the truth and the reference are read on the {@code sides} executor
 * while the calling thread reads the query: each reader is still used by one thread at a time, and a load
 * returns only after all three are done, so the next load sees their state.
 */
final class ContigLoader {
  /** One side's records, contig by contig. */
  interface Side {
    /** The contig's records (ids = index), empty if none. */
    List<LoadedRecord> read(String contig);

    /** Called after the last contig: fails if records were left unread. */
    void checkConsumed();
  }

  private final Side truth;
  private final Side query;
  private final boolean checkTruthRef;
  private final Path truthPath;
  private final Path queryPath;
  private final FastaReference fasta;
  private final RegionSet target;
  private final ExecutorService sides;

  /**
   * @param checkTruthRef whether to check truth REF alleles (false when the truth was checked when loaded)
   * @param target records not overlapping it are dropped before matching; null keeps everything
   * @param sides runs the truth's and the reference's reads (two threads let the three reads overlap); owned by
   *     the caller, which must stop it before closing the readers
   */
  ContigLoader(Side truth, Path truthPath, boolean checkTruthRef, Side query, Path queryPath, FastaReference fasta,
      RegionSet target, ExecutorService sides) {
    this.sides = sides;
    this.truth = truth;
    this.checkTruthRef = checkTruthRef;
    this.query = query;
    this.truthPath = truthPath;
    this.queryPath = queryPath;
    this.fasta = fasta;
    this.target = target;
  }

  /** @throws dk.harness.io.InputException on bad records or a REF mismatch */
  LoadedContig load(String contig) {
    final long t0 = System.nanoTime();
    // A small contig's reads are the run's fixed cost: 1.4 s of a chromosome's 5 s when read in turn.
    final Future<List<LoadedRecord>> truthRead = sides.submit(() -> truth.read(contig));
    final Future<ReferenceSequence> refRead = sides.submit(() -> fasta.contig(contig));
    List<LoadedRecord> q = null;
    RuntimeException queryFailure = null;
    try {
      q = query.read(contig);
    } catch (RuntimeException e) {
      queryFailure = e;
    }
    // Every read finishes before any failure is raised, in the order of reading them in turn: truth, query, REF.
    final Outcome<List<LoadedRecord>> t = Outcome.of(truthRead);
    final Outcome<ReferenceSequence> r = Outcome.of(refRead);
    t.rethrow();
    if (queryFailure != null) {
      throw queryFailure;
    }
    r.rethrow();
    final List<LoadedRecord> truthRecords = t.value;
    final ReferenceSequence ref = r.value;
    if (checkTruthRef) {
      RefCheck.check(truthPath, truthRecords, ref, fasta.path());
    }
    RefCheck.check(queryPath, q, ref, fasta.path());
    return new LoadedContig(contig, ref, onTarget(target, contig, truthRecords), onTarget(target, contig, q),
        truthRecords.size(), q.size(), System.nanoTime() - t0);
  }

  /** A finished task's value or failure. */
  private static final class Outcome<T> {
    private T value;
    private Throwable failure;

    static <T> Outcome<T> of(Future<T> f) {
      final Outcome<T> o = new Outcome<>();
      boolean interrupted = false;
      while (true) {
        try {
          o.value = f.get();
          break;
        } catch (ExecutionException e) {
          o.failure = e.getCause();
          break;
        } catch (InterruptedException e) {
          // The task still uses a reader: wait for it, then pass the interrupt on.
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return o;
    }

    void rethrow() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    }
  }

  /** Called after the last contig: verifies nothing was left unread. */
  void finish() {
    truth.checkConsumed();
    query.checkConsumed();
  }

  /**
   * Keeps records whose REF span overlaps the target regions, renumbering ids so each id is again the record's
   * index (the engine needs unique ids; the reports pair records and decisions by position).
   */
  static List<LoadedRecord> onTarget(RegionSet target, String contig, List<LoadedRecord> records) {
    if (target == null) {
      return records;
    }
    final List<LoadedRecord> kept = new ArrayList<>();
    for (LoadedRecord r : records) {
      if (target.overlaps(contig, r.variant().start(), r.variant().end())) {
        kept.add(kept.size() == r.variant().id() ? r : r.withId(kept.size()));
      }
    }
    return kept;
  }
}
