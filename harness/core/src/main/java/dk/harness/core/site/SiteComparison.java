package dk.harness.core.site;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Site-level comparison, the classic concordance of GATK's Concordance and Picard's GenotypeConcordance: a truth
 * and a query allele match when they sit at the same position with the same REF and ALT after splitting
 * multi-allelic records and right-trimming ({@link SiteSplitter}). Nothing is replayed on the reference, so the same
 * haplotype written differently (another indel position, an MNP as SNPs) does not match: the difference to the
 * haplotype-aware engine is the "representation gap".
 *
 * <p>Pairing, per site (start, REF, ALT), one-to-one in input order: called query alleles take called truth alleles
 * first; the rest pair with uncalled alleles (a 0/0 or ./. record) so the genotype table can show them. A called
 * allele paired with a called allele is a TP; a called truth allele without one is an FN; a called query allele
 * without one an FP. Zygosity does not matter for TP (it shows in the genotype table).
 *
 * <p>Records: records linked by TP alleles form a group; when every allele that any record of the group calls is
 * a TP, all of them are TP (level gm when each of a record's TP alleles has the same genotype state on both sides,
 * else am), otherwise all are FN/FP (level am when the record has a TP allele, else none). Records calling no
 * allele are NOT_VARIANT. The block of a record with a TP allele is its start, so matched records share a block.
 *
 * <p>Pure: no I/O, no shared state; thread-safe.
 */
public final class SiteComparison {

  /**
   * Compares one contig.
   *
   * @param contig contig name (for the result)
   * @param truth truth records, ids equal to their index in the list
   * @param query query records, ids equal to their index in the list
   * @return decisions in input order and every site pair
   * @throws IllegalArgumentException if an id is not its index
   */
  public SiteResult compare(String contig, List<Variant> truth, List<Variant> query) {
    requireIndexIds(truth, "truth");
    requireIndexIds(query, "query");
    final List<SiteAllele> t = splitAll(truth);
    final List<SiteAllele> q = splitAll(query);
    final List<SitePair> pairs = pair(t, q);
    final ContigResult records = decide(contig, truth.size(), query.size(), pairs, t, q);
    return new SiteResult(records, pairs);
  }

  private static void requireIndexIds(List<Variant> records, String side) {
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).id() != i) {
        throw new IllegalArgumentException(side + " record " + i + " has id " + records.get(i).id()
            + "; site comparison needs ids equal to list indices");
      }
    }
  }

  private static List<SiteAllele> splitAll(List<Variant> records) {
    final List<SiteAllele> out = new ArrayList<>(records.size());
    for (Variant v : records) {
      out.addAll(SiteSplitter.split(v));
    }
    return out;
  }

  /** Hash key of a site, by {@link SiteAllele#sameSite}. */
  private record Key(SiteAllele a) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && a.sameSite(k.a);
    }

    @Override
    public int hashCode() {
      return a.siteHash();
    }
  }

  private static List<SitePair> pair(List<SiteAllele> t, List<SiteAllele> q) {
    // Sized for every truth allele up front: a contig has ~10^5 of them, and rehashing them was measurable.
    final Map<Key, ArrayDeque<Integer>> truthCalled = new HashMap<>(t.size() * 4 / 3 + 16);
    final Map<Key, ArrayDeque<Integer>> truthUncalled = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      (t.get(i).called() ? truthCalled : truthUncalled).computeIfAbsent(new Key(t.get(i)), k -> new ArrayDeque<>())
          .add(i);
    }
    final int[] partner = new int[q.size()];
    java.util.Arrays.fill(partner, -1);
    final boolean[] truthUsed = new boolean[t.size()];
    // called with called first, so a 0/0 record never takes a truth allele another query record calls
    for (int j = 0; j < q.size(); j++) {
      if (q.get(j).called()) {
        partner[j] = take(truthCalled, q.get(j), truthUsed);
      }
    }
    for (int j = 0; j < q.size(); j++) {
      if (partner[j] < 0) {
        partner[j] = q.get(j).called() ? take(truthUncalled, q.get(j), truthUsed)
            : take(truthCalled, q.get(j), truthUsed);
      }
    }
    for (int j = 0; j < q.size(); j++) {
      if (partner[j] < 0 && !q.get(j).called()) {
        partner[j] = take(truthUncalled, q.get(j), truthUsed);
      }
    }
    // Pairs in order of start, then truth index (a pair sorts by its truth allele), then query index after every
    // truth one. A pair is named by its truth index, or nTruth + its query index when it has no truth allele, a
    // number unique per pair, so one packed long per pair sorts them.
    final int[] truthPartner = new int[t.size()];
    java.util.Arrays.fill(truthPartner, -1);
    final long[] keys = new long[t.size() + q.size()];
    int n = 0;
    for (int j = 0; j < q.size(); j++) {
      if (partner[j] >= 0) {
        truthPartner[partner[j]] = j;
      } else {
        keys[n++] = ((long) q.get(j).start() << 32) | (t.size() + j);
      }
    }
    for (int i = 0; i < t.size(); i++) {
      keys[n++] = ((long) t.get(i).start() << 32) | i;
    }
    java.util.Arrays.sort(keys, 0, n);
    final List<SitePair> pairs = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      final int id = (int) keys[k];
      if (id < t.size()) {
        pairs.add(new SitePair(t.get(id), truthPartner[id] >= 0 ? q.get(truthPartner[id]) : null));
      } else {
        pairs.add(new SitePair(null, q.get(id - t.size())));
      }
    }
    return pairs;
  }

  private static int take(Map<Key, ArrayDeque<Integer>> index, SiteAllele a, boolean[] used) {
    final ArrayDeque<Integer> d = index.get(new Key(a));
    if (d == null || d.isEmpty()) {
      return -1;
    }
    final int i = d.poll();
    used[i] = true;
    return i;
  }

  private static ContigResult decide(String contig, int nTruth, int nQuery, List<SitePair> pairs,
      List<SiteAllele> t, List<SiteAllele> q) {
    // records are nodes 0..nTruth-1 (truth) and nTruth.. (query); TP pairs join them
    final int[] parent = new int[nTruth + nQuery];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    final boolean[] anyTp = new boolean[parent.length];
    final boolean[] stateDiffers = new boolean[parent.length];
    final boolean[] unmatched = new boolean[parent.length];
    for (SitePair p : pairs) {
      if (p.truePositive()) {
        final int a = p.truth().recordId();
        final int b = nTruth + p.query().recordId();
        union(parent, a, b);
        anyTp[a] = true;
        anyTp[b] = true;
        if (p.truth().state() != p.query().state()) {
          stateDiffers[a] = true;
          stateDiffers[b] = true;
        }
      } else if (p.falseNegative()) {
        unmatched[p.truth().recordId()] = true;
      } else if (p.falsePositive()) {
        unmatched[nTruth + p.query().recordId()] = true;
      }
    }
    final boolean[] groupFails = new boolean[parent.length];
    for (int i = 0; i < parent.length; i++) {
      if (unmatched[i]) {
        groupFails[find(parent, i)] = true;
      }
    }
    final boolean[] calls = new boolean[parent.length];
    final int[] start = new int[parent.length];
    for (SiteAllele a : t) {
      calls[a.recordId()] |= a.called();
      start[a.recordId()] = a.start();
    }
    for (SiteAllele a : q) {
      calls[nTruth + a.recordId()] |= a.called();
      start[nTruth + a.recordId()] = a.start();
    }
    final List<Decision> td = new ArrayList<>(nTruth);
    final List<Decision> qd = new ArrayList<>(nQuery);
    for (int n = 0; n < parent.length; n++) {
      final boolean isTruth = n < nTruth;
      final int id = isTruth ? n : n - nTruth;
      final Decision d;
      if (!calls[n]) {
        d = new Decision(id, Outcome.NOT_VARIANT, MatchLevel.NONE, -1, -1);
      } else if (!groupFails[find(parent, n)]) {
        d = new Decision(id, Outcome.TP, stateDiffers[n] ? MatchLevel.AM : MatchLevel.GM, start[n], -1);
      } else {
        d = new Decision(id, isTruth ? Outcome.FN : Outcome.FP, anyTp[n] ? MatchLevel.AM : MatchLevel.NONE,
            anyTp[n] ? start[n] : -1, -1);
      }
      (isTruth ? td : qd).add(d);
    }
    return new ContigResult(contig, td, qd, List.of());
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static void union(int[] parent, int a, int b) {
    final int ra = find(parent, a);
    final int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
