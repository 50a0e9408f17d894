package dk.harness.workflow.run;

import dk.harness.workflow.compare.TruthSetData;
import dk.harness.workflow.plan.PlanTruthSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The truth sets of one run, each read once on first use and then shared read-only by every submission using
 * it. A submission asking while another loads the same set waits for that load. Thread-safe.
 */
final class TruthSets implements AutoCloseable {
  private final Map<String, PlanTruthSet> plan = new HashMap<>();
  private final Map<String, CompletableFuture<TruthSetData>> loaded = new HashMap<>();
  private final Map<String, Integer> loads = new TreeMap<>();
  private final Map<String, Double> loadSeconds = new TreeMap<>();

  TruthSets(List<PlanTruthSet> truthSets) {
    for (PlanTruthSet t : truthSets) {
      plan.put(t.id(), t);
    }
  }

  /**
   * The loaded truth set.
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
        loaded.put(id, f);
        loads.merge(id, 1, Integer::sum);
      }
    }
    if (mine) {
      final PlanTruthSet t = plan.get(id);
      final long t0 = System.nanoTime();
      try {
        f.complete(TruthSetData.load(new TruthSetData.Files(t.vcf(), t.reference(), t.confident(),
            t.stratification(), t.vcfSample())));
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
      synchronized (this) {
        loadSeconds.put(id, (System.nanoTime() - t0) / 1e9);
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

  /** How many times each truth set was read (sorted by id). */
  synchronized Map<String, Integer> loads() {
    return new TreeMap<>(loads);
  }

  /** Seconds each load took (sorted by id). */
  synchronized Map<String, Double> loadSeconds() {
    return new TreeMap<>(loadSeconds);
  }

  /** The loaded set, or null if it was not (successfully) loaded. */
  synchronized TruthSetData ifLoaded(String id) {
    final CompletableFuture<TruthSetData> f = loaded.get(id);
    return f != null && f.isDone() && !f.isCompletedExceptionally() ? f.join() : null;
  }

  @Override
  public synchronized void close() {
    for (CompletableFuture<TruthSetData> f : loaded.values()) {
      if (f.isDone() && !f.isCompletedExceptionally()) {
        f.join().close();
      }
    }
  }
}
