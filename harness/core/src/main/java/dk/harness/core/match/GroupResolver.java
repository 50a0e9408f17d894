package dk.harness.core.match;

import dk.harness.core.MatchLevel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves one group in two passes, as vcfeval's GA4GH mode does: a diploid search for genotype matches (gm), then a
 * squashed-ploidy search over what is left for allele matches (am). Thread-safe: holds only configuration.
 */
final class GroupResolver {
  private final int maxPaths;
  private final int maxIterations;
  private final boolean shortcuts;

  GroupResolver(int maxPaths, int maxIterations) {
    this(maxPaths, maxIterations, true);
  }

  /** @param shortcuts whether to decide identical single calls without a search (tests turn it off to compare) */
  GroupResolver(int maxPaths, int maxIterations, boolean shortcuts) {
    this.maxPaths = maxPaths;
    this.maxIterations = maxIterations;
    this.shortcuts = shortcuts;
  }

  /**
   * @param prior allele id of the last truth variant the diploid pass included before this group (or NONE)
   * @param priorSquashed the same for the squashed pass
   */
  GroupResult resolve(Group g, int prior, int priorSquashed) {
    final GroupResult r = new GroupResult(g);
    if (shortcuts && g.truth.length == 1 && g.query.length == 1 && sameCall(g.truth[0], g.query[0])) {
      return identicalPair(r, g.truth[0]);
    }
    if (g.truth.length == 0 || g.query.length == 0) {
      // Nothing on one side: everything is unmatched, no search needed (vcfeval short-circuits the same way).
      java.util.Arrays.fill(r.truthLevel, MatchLevel.NONE);
      java.util.Arrays.fill(r.queryLevel, MatchLevel.NONE);
      return r;
    }
    final Map<ReplayVariant, Integer> truthIndex = indexOf(g.truth);
    final Map<ReplayVariant, Integer> queryIndex = indexOf(g.query);
    final List<ReplayVariant> truthLeft = new ArrayList<>();
    final List<ReplayVariant> queryLeft = new ArrayList<>();
    final MostVariantsMatched.Prior p = new MostVariantsMatched.Prior(prior);
    final HaplotypeSearch search = new HaplotypeSearch(g.template, g.truth, g.query, Phasing.DIPLOID,
        new MostVariantsMatched(p), maxPaths, maxIterations, Group.startPosition(g.truth, g.query));
    final SearchPath best = search.run();
    r.priorConsulted = p.consulted;
    r.skipped.addAll(search.skipped());
    final int[] sync = syncPoints(best);
    for (Placement pl : Chain.toList(best.truth.included())) {
      final int i = truthIndex.get(pl.variant);
      r.truthLevel[i] = MatchLevel.GM;
      r.truthBlock[i] = opening(sync, pl.variant.start);
    }
    for (Placement pl : Chain.toList(best.query.included())) {
      final int i = queryIndex.get(pl.variant);
      r.queryLevel[i] = MatchLevel.GM;
      r.queryBlock[i] = opening(sync, pl.variant.start);
    }
    if (best.truth.included() != null) {
      r.lastTruthAlleleId = best.truth.included().value.firstAlleleId();
    }
    for (ReplayVariant v : Chain.toList(best.truth.excluded())) {
      final int i = truthIndex.get(v);
      r.truthLevel[i] = MatchLevel.NONE;
      r.truthBlock[i] = opening(sync, v.start);
      truthLeft.add(v);
    }
    for (ReplayVariant v : Chain.toList(best.query.excluded())) {
      final int i = queryIndex.get(v);
      r.queryLevel[i] = MatchLevel.NONE;
      r.queryBlock[i] = opening(sync, v.start);
      queryLeft.add(v);
    }
    if (!truthLeft.isEmpty() && !queryLeft.isEmpty()) {
      squashedPass(g, r, truthLeft, queryLeft, truthIndex, queryIndex, priorSquashed);
    }
    return r;
  }

  private void squashedPass(Group g, GroupResult r, List<ReplayVariant> truthLeft, List<ReplayVariant> queryLeft,
      Map<ReplayVariant, Integer> truthIndex, Map<ReplayVariant, Integer> queryIndex, int priorSquashed) {
    final ReplayVariant[] t = truthLeft.toArray(new ReplayVariant[0]);
    final ReplayVariant[] q = queryLeft.toArray(new ReplayVariant[0]);
    final MostVariantsMatched.Prior p = new MostVariantsMatched.Prior(priorSquashed);
    final HaplotypeSearch search = new HaplotypeSearch(g.template, t, q, Phasing.SQUASHED,
        new MostVariantsMatched(p), maxPaths, maxIterations, Group.startPosition(t, q));
    final SearchPath best = search.run();
    r.priorConsultedSquashed = p.consulted;
    final int[] sync = syncPoints(best);
    for (Placement pl : Chain.toList(best.truth.included())) {
      final int i = truthIndex.get(pl.variant);
      r.truthLevel[i] = MatchLevel.AM;
      r.truthAlleleBlock[i] = opening(sync, pl.variant.start);
    }
    for (Placement pl : Chain.toList(best.query.included())) {
      final int i = queryIndex.get(pl.variant);
      r.queryLevel[i] = MatchLevel.AM;
      r.queryAlleleBlock[i] = opening(sync, pl.variant.start);
    }
    if (best.truth.included() != null) {
      r.lastTruthAlleleIdSquashed = best.truth.included().value.firstAlleleId();
    }
    // Variants the squashed pass skipped as too complex keep their NONE level from the diploid pass.
  }

  /**
   * The most common group by far: one truth and one query record that call the same alleles at the same place.
   * The search would include both, in a block opened by the sync point just before them, and of the two phasings
   * of a heterozygous truth call keep the one with the lower allele first (its last tie-break). No tie there
   * depends on earlier groups. A test checks this against the full search.
   */
  private static GroupResult identicalPair(GroupResult r, ReplayVariant truth) {
    final int block = truth.start >= 1 ? truth.start - 1 : -1;
    r.truthLevel[0] = MatchLevel.GM;
    r.queryLevel[0] = MatchLevel.GM;
    r.truthBlock[0] = block;
    r.queryBlock[0] = block;
    r.lastTruthAlleleId = Math.min(truth.genotype[0], truth.genotype[1]);
    return r;
  }

  /** Same span, no missing or unplayable allele, and the same pair of allele sequences in either order. */
  private static boolean sameCall(ReplayVariant t, ReplayVariant q) {
    if (t.start != q.start || t.end != q.end) {
      return false;
    }
    final ReplayAllele t0 = t.allele(t.genotype[0]);
    final ReplayAllele t1 = t.allele(t.genotype[1]);
    final ReplayAllele q0 = q.allele(q.genotype[0]);
    final ReplayAllele q1 = q.allele(q.genotype[1]);
    if (t0 == null || t1 == null || q0 == null || q1 == null) {
      return false;
    }
    return (same(t0, q0) && same(t1, q1)) || (same(t0, q1) && same(t1, q0));
  }

  private static boolean same(ReplayAllele a, ReplayAllele b) {
    return java.util.Arrays.equals(a.bases, b.bases);
  }

  private static Map<ReplayVariant, Integer> indexOf(ReplayVariant[] vs) {
    final Map<ReplayVariant, Integer> m = new IdentityHashMap<>(vs.length * 2);
    for (int i = 0; i < vs.length; i++) {
      m.put(vs[i], i);
    }
    return m;
  }

  private static int[] syncPoints(SearchPath p) {
    final List<Integer> list = Chain.toList(p.syncPoints);
    final int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }

  /** The last sync point strictly before {@code start} (the block the variant was resolved in), or -1. */
  private static int opening(int[] sync, int start) {
    int lo = 0;
    int hi = sync.length - 1;
    int found = -1;
    while (lo <= hi) {
      final int mid = (lo + hi) >>> 1;
      if (sync[mid] < start) {
        found = sync[mid];
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
