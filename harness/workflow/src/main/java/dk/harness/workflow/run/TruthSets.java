package dk.harness.workflow.run;

import dk.harness.report.RunInfo;
import dk.harness.report.Stratum;
import dk.harness.compare.TruthSetData;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The truth sets of one run, each read once on first use and then shared read-only by every submission using
 * it. A submission asking while another loads the same set waits for that load. When the last submission using a
 * set {@link #release releases} it, the set is closed and its memory freed (a GIAB whole-genome set holds a few GB);
 * what run.json needs about it is kept as a {@link TruthSetSummary}. Thread-safe.
 */
final class TruthSets implements AutoCloseable {
  private final Map<String, PlanTruthSet> plan = new HashMap<>();
  private final Map<String, Integer> users = new HashMap<>();
  private final Map<String, CompletableFuture<TruthSetData>> loaded = new HashMap<>();
  private final Map<String, Integer> loads = new TreeMap<>();
  private final Map<String, TruthSetSummary> summaries = new TreeMap<>();

  /** @param submissions every submission of the run (each with a small-variant part releases its truth set once) */
  TruthSets(List<PlanTruthSet> truthSets, List<PlanSubmission> submissions) {
    for (PlanTruthSet t : truthSets) {
      plan.put(t.id(), t);
    }
    for (PlanSubmission s : submissions) {
      if (s.hasSmallPart()) {
        users.merge(s.truthSetId(), 1, Integer::sum);
      }
    }
  }

  /**
   * The loaded truth set; do not use it after {@link #release}.
   *
   * @throws dk.harness.io.InputException if its files are unusable (for every submission asking)
   */
  TruthSetData get(String id) throws Exception {
    final CompletableFuture<TruthSetData> f;
    final boolean mine;
    synchronized (this) {
      final CompletableFuture<TruthSetData> existing = loaded.get(id);
      mine = existing == null;
      f = mine ? new CompletableFuture<>() : existing;
      if (mine) {
        if (loads.containsKey(id)) {
          throw new IllegalStateException("truth set " + id + " asked for after its last user released it");
        }
        loaded.put(id, f);
        loads.merge(id, 1, Integer::sum);
      }
    }
    if (mine) {
      final PlanTruthSet t = plan.get(id);
      final long t0 = System.nanoTime();
      try {
        final TruthSetData data = TruthSetData.load(new TruthSetData.Files(t.vcf(), t.reference(), t.confident(),
            t.stratification(), t.vcfSample()));
        final List<String> strata = new ArrayList<>();
        for (Stratum s : data.strata()) {
          strata.add(s.name());
        }
        synchronized (this) {
          summaries.put(id, new TruthSetSummary(data.digests(), strata, data.recordCount(), (System.nanoTime() - t0) / 1e9));
        }
        f.complete(data);
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
  }

  /** A submission of this truth set is done with it (whether it used it or not). */
  void release(String id) {
    final CompletableFuture<TruthSetData> f;
    synchronized (this) {
      final int left = users.merge(id, -1, Integer::sum);
      if (left > 0) {
        return;
      }
      f = loaded.remove(id);
    }
    if (f != null && f.isDone() && !f.isCompletedExceptionally()) {
      f.join().close();
    }
  }

  /** How many times each truth set was read (sorted by id). */
  synchronized Map<String, Integer> loads() {
    return new TreeMap<>(loads);
  }

  /** What was loaded of this truth set, or null if it never was (successfully). */
  synchronized TruthSetSummary summary(String id) {
    return summaries.get(id);
  }

  @Override
  public synchronized void close() {
    for (CompletableFuture<TruthSetData> f : loaded.values()) {
      if (f.isDone() && !f.isCompletedExceptionally()) {
        f.join().close();
      }
    }
    loaded.clear();
  }
}
