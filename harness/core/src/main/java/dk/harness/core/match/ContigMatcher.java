package dk.harness.core.match;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compares the truth and query records of one contig: prepares the variants, splits them into independent groups,
 * resolves the groups (in parallel when configured), and turns the outcome into one {@link Decision} per record.
 * Holds only configuration; safe to share between threads.
 */
public final class ContigMatcher {
  private static final Comparator<ReplayVariant> SEARCH_ORDER =
      Comparator.<ReplayVariant>comparingInt(v -> v.start).thenComparingInt(v -> v.end);

  /** Groups per parallel work item. */
  private static final int CHUNK = 256;

  private final ComparisonConfig config;
  private final GroupResolver resolver;

  public ContigMatcher(ComparisonConfig config) {
    this.config = config;
    this.resolver = new GroupResolver(config.maxPaths(), config.maxIterations());
  }

  /** See {@link dk.harness.core.VariantComparison#compare}. */
  public ContigResult compare(String contig, ReferenceSequence reference, List<Variant> truth, List<Variant> query) {
    checkSorted(contig, "truth", truth);
    checkSorted(contig, "query", query);
    final List<TooComplexRegion> tooComplex = new ArrayList<>();
    final Decision[] truthOut = new Decision[truth.size()];
    final Decision[] queryOut = new Decision[query.size()];
    final ReplayVariant[] t = prepare(truth, true, truthOut, reference.length(), tooComplex);
    final ReplayVariant[] q = prepare(query, false, queryOut, reference.length(), tooComplex);
    final List<Group> groups = new Grouping(new Template(reference)).split(t, q);
    final GroupResult[] results = resolveAll(groups);
    for (int gi = 0; gi < groups.size(); gi++) {
      final Group g = groups.get(gi);
      final GroupResult r = results[gi];
      for (HaplotypeSearch.Skipped s : r.skipped) {
        tooComplex.add(new TooComplexRegion(s.start(), s.end(), countIn(g.truth, s), countIn(g.query, s), s.reason()));
      }
      for (int i = 0; i < g.truth.length; i++) {
        truthOut[g.truth[i].source] = decision(truth.get(g.truth[i].source).id(), r.truthLevel[i], false,
            r.truthBlock[i], r.truthAlleleBlock[i]);
      }
      for (int i = 0; i < g.query.length; i++) {
        queryOut[g.query[i].source] = decision(query.get(g.query[i].source).id(), r.queryLevel[i], true,
            r.queryBlock[i], r.queryAlleleBlock[i]);
      }
    }
    if (config.localMatchWindow() >= 0) {
      new LocalMatches(config.localMatchWindow()).apply(truth, truthOut, query, queryOut);
    }
    tooComplex.sort(Comparator.comparingInt(TooComplexRegion::start).thenComparingInt(TooComplexRegion::end));
    return new ContigResult(contig, Arrays.asList(truthOut), Arrays.asList(queryOut), tooComplex);
  }

  private static Decision decision(int id, MatchLevel level, boolean isQuery, int block, int alleleBlock) {
    if (level == null) {
      return new Decision(id, Outcome.TOO_COMPLEX, MatchLevel.NONE, -1, -1);
    }
    final Outcome outcome = level == MatchLevel.GM ? Outcome.TP : isQuery ? Outcome.FP : Outcome.FN;
    return new Decision(id, outcome, level, block, alleleBlock);
  }

  private static int countIn(ReplayVariant[] vs, HaplotypeSearch.Skipped s) {
    int n = 0;
    for (ReplayVariant v : vs) {
      if (v.start < s.end() && v.end >= s.start()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Resolves every group, then walks them in order to repair the one assumption groups make about each other:
   * the last truth variant included before them, which vcfeval's whole-contig search uses in rare ties.
   */
  private GroupResult[] resolveAll(List<Group> groups) {
    final GroupResult[] results = new GroupResult[groups.size()];
    final int none = MostVariantsMatched.Prior.NONE;
    if (config.threads() > 1 && groups.size() > CHUNK) {
      resolveInParallel(groups, results);
    } else {
      for (int i = 0; i < results.length; i++) {
        results[i] = resolver.resolve(groups.get(i), none, none);
      }
    }
    int prior = none;
    int priorSquashed = none;
    for (int i = 0; i < results.length; i++) {
      if ((results[i].priorConsulted && prior != none) || (results[i].priorConsultedSquashed && priorSquashed != none)) {
        results[i] = resolver.resolve(groups.get(i), prior, priorSquashed);
      }
      if (results[i].lastTruthAlleleId != none) {
        prior = results[i].lastTruthAlleleId;
      }
      if (results[i].lastTruthAlleleIdSquashed != none) {
        priorSquashed = results[i].lastTruthAlleleIdSquashed;
      }
    }
    return results;
  }

  /**
   * Resolves the groups on {@code threads} workers (this thread is one of them) that take runs of
   * {@link #CHUNK} groups in turn: most groups take a microsecond or two, so a task per group would cost more
   * than the group itself.
   */
  private void resolveInParallel(List<Group> groups, GroupResult[] results) {
    final int none = MostVariantsMatched.Prior.NONE;
    final int chunks = (groups.size() + CHUNK - 1) / CHUNK;
    final AtomicInteger nextChunk = new AtomicInteger();
    final Runnable worker = () -> {
      for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
        final int to = Math.min(groups.size(), (c + 1) * CHUNK);
        for (int i = c * CHUNK; i < to; i++) {
          results[i] = resolver.resolve(groups.get(i), none, none);
        }
      }
    };
    final int helpers = Math.min(config.threads(), chunks) - 1;
    final ExecutorService pool = Executors.newFixedThreadPool(helpers, r -> {
      final Thread t = new Thread(r, "harness-match");
      t.setDaemon(true);
      return t;
    });
    try {
      final List<Future<?>> futures = new ArrayList<>(helpers);
      for (int i = 0; i < helpers; i++) {
        futures.add(pool.submit(worker));
      }
      worker.run();
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("comparison interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Turns records into replayable variants, deciding at once those that take no part: non-variants, and records
   * the search cannot handle (ploidy above two, very long alleles, past the contig end), which are reported.
   */
  private ReplayVariant[] prepare(List<Variant> records, boolean isTruth, Decision[] out, int contigLength, List<TooComplexRegion> tooComplex) {
    final List<ReplayVariant> vs = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      final Variant v = records.get(i);
      String problem = null;
      if (!v.isVariant()) {
        out[i] = new Decision(v.id(), Outcome.NOT_VARIANT, MatchLevel.NONE, -1, -1);
        continue;
      } else if (v.ploidy() > 2) {
        problem = "ploidy " + v.ploidy() + " is not supported";
      } else if (longestAllele(v) > config.maxAlleleLength()) {
        problem = "allele longer than " + config.maxAlleleLength() + " bp";
      } else if (v.end() > contigLength) {
        problem = "record extends past the contig end";
      }
      if (problem != null) {
        out[i] = new Decision(v.id(), Outcome.TOO_COMPLEX, MatchLevel.NONE, -1, -1);
        tooComplex.add(new TooComplexRegion(v.start(), v.end(), isTruth ? 1 : 0, isTruth ? 0 : 1, problem));
        continue;
      }
      vs.add(ReplayVariant.of(i, v));
    }
    final ReplayVariant[] arr = vs.toArray(new ReplayVariant[0]);
    if (config.refOverlap()) {
      RefOverlapTrimming.apply(arr);
    }
    Arrays.sort(arr, SEARCH_ORDER); // stable: equal spans keep file order
    return arr;
  }

  private static int longestAllele(Variant v) {
    int m = 0;
    for (int i = 0; i < v.alleleCount(); i++) {
      if (v.allele(i) != null) {
        m = Math.max(m, v.allele(i).length);
      }
    }
    return m;
  }

  private static void checkSorted(String contig, String side, List<Variant> vs) {
    for (int i = 1; i < vs.size(); i++) {
      if (vs.get(i).start() < vs.get(i - 1).start()) {
        throw new IllegalArgumentException(side + " records on " + contig + " are not sorted at position "
            + (vs.get(i).start() + 1));
      }
    }
  }
}
