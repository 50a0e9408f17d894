package dk.harness.report;

import dk.harness.core.site.GenotypeState;
import dk.harness.core.site.SitePair;
import dk.harness.core.site.SiteSplitter;
import dk.harness.core.site.SiteType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Running totals of the site-level comparison, reported next to the haplotype-aware counts (metrics.json
 * {@code site_level}): TP/FP/FN per site allele, the genotype concordance table, and the representation gap.
 * Not thread-safe; feed it from one thread, in contig order.
 *
 * <p>Counts and the table are in site alleles (multi-allelic records split per ALT), as GATK Concordance counts
 * biallelic records. Confident regions apply after matching with the haplotype mode's rules, on the site allele's
 * span {@code [spanStart, end)}: a called truth allele counts (TP or FN) when its span overlaps them; a query
 * TP is TP when its truth allele is confident, else UNK; a query FP is FP when its own span is confident, else
 * UNK. A table entry (at least one side calls the allele) counts when the site's span is confident.
 *
 * <p>The representation gap is in records: per filter and record type, truth records that are FN at site level
 * but TP haplotype-aware, and query records FP at site level but TP haplotype-aware (both after confident regions).
 */
public final class SiteLevelTally {
  private static final int TRUTH_TP = 0;
  private static final int TRUTH_FN = 1;
  private static final int QUERY_TP = 2;
  private static final int QUERY_FP = 3;
  private static final int QUERY_UNK = 4;
  private static final GenotypeState[] STATES = GenotypeState.values();

  private final CountingRules rules;
  private final Map<FilterKind, Map<VariantType, long[]>> counts = new EnumMap<>(FilterKind.class);
  private final Map<FilterKind, Map<VariantType, long[][]>> table = new EnumMap<>(FilterKind.class);
  private final Map<FilterKind, Map<SiteType, long[]>> gap = new EnumMap<>(FilterKind.class);

  /**
   * @param rules the counting rules of the run (its confident regions)
   */
  public SiteLevelTally(CountingRules rules) {
    this.rules = rules;
    for (FilterKind f : FilterKind.values()) {
      final Map<VariantType, long[]> c = new EnumMap<>(VariantType.class);
      final Map<VariantType, long[][]> t = new EnumMap<>(VariantType.class);
      for (VariantType v : VariantType.values()) {
        c.put(v, new long[5]);
        t.put(v, new long[STATES.length][STATES.length]);
      }
      counts.put(f, c);
      table.put(f, t);
      final Map<SiteType, long[]> g = new EnumMap<>(SiteType.class);
      for (SiteType s : SiteType.values()) {
        g.put(s, new long[2]);
      }
      gap.put(f, g);
    }
  }

  /**
   * Adds one contig. {@code hapPass == hapAll} and {@code sitePass == siteAll} when nothing was filtered.
   *
   * @param hapAll haplotype-aware outcome of every record
   * @param hapPass haplotype-aware outcome of the PASS comparison
   * @param siteAll site-level outcome of every record (same records as {@code hapAll})
   * @param sitePass site-level outcome of the PASS comparison (same records as {@code hapPass})
   * @throws IllegalArgumentException if the two outcomes of a filter do not hold the same records
   */
  public void accept(ContigOutcome hapAll, ContigOutcome hapPass, SiteOutcome siteAll, SiteOutcome sitePass) {
    accept(hapAll, hapPass, siteAll, sitePass, rules::classify);
  }

  /**
   * {@link #accept(ContigOutcome, ContigOutcome, SiteOutcome, SiteOutcome)} for a caller that already holds the
   * haplotype-aware classifications: {@code classified} must answer as the run's {@link CountingRules} would.
   */
  void accept(ContigOutcome hapAll, ContigOutcome hapPass, SiteOutcome siteAll, SiteOutcome sitePass,
      Function<ContigOutcome, CountingRules.Classification> classified) {
    if (hapPass != hapAll || sitePass != siteAll) {
      add(FilterKind.ALL, hapAll, siteAll, classified);
      add(FilterKind.PASS, hapPass, sitePass, classified);
      return;
    }
    // Nothing filtered: PASS gains exactly what ALL gains from this contig.
    final List<long[]> all = rows(FilterKind.ALL);
    final List<long[]> before = new ArrayList<>(all.size());
    for (long[] row : all) {
      before.add(row.clone());
    }
    add(FilterKind.ALL, hapAll, siteAll, classified);
    final List<long[]> pass = rows(FilterKind.PASS);
    for (int r = 0; r < all.size(); r++) {
      for (int i = 0; i < all.get(r).length; i++) {
        pass.get(r)[i] += all.get(r)[i] - before.get(r)[i];
      }
    }
  }

  /** Every counter of one filter, as the same rows in the same order for each filter. */
  private List<long[]> rows(FilterKind filter) {
    final List<long[]> out = new ArrayList<>();
    for (VariantType v : VariantType.values()) {
      out.add(counts.get(filter).get(v));
      out.addAll(List.of(table.get(filter).get(v)));
    }
    for (SiteType t : SiteType.values()) {
      out.add(gap.get(filter).get(t));
    }
    return out;
  }

  private void add(FilterKind filter, ContigOutcome hap, SiteOutcome site,
      Function<ContigOutcome, CountingRules.Classification> classified) {
    if (hap.truth() != site.records().truth() && !hap.truth().equals(site.records().truth())
        || hap.query() != site.records().query() && !hap.query().equals(site.records().query())) {
      throw new IllegalArgumentException("contig " + hap.contig() + ": site-level and haplotype-aware outcomes of "
          + filter + " hold different records");
    }
    final String contig = hap.contig();
    // Site pairs come in position order, so a cursor over the contig's regions answers each test in a step or two.
    final ContigIntervals.Cursor conf = rules.confident() == null ? null
        : new ContigIntervals(rules.confident(), contig).cursor();
    final Map<VariantType, long[]> c = counts.get(filter);
    final Map<VariantType, long[][]> t = table.get(filter);
    for (SitePair p : site.pairs()) {
      final VariantType row = p.site().type().snpRow() ? VariantType.SNP : VariantType.INDEL;
      final long[] x = c.get(row);
      if (p.truth() != null && p.truth().called() && confident(conf, p.truth().spanStart(), p.truth().end())) {
        x[p.truePositive() ? TRUTH_TP : TRUTH_FN]++;
      }
      if (p.query() != null && p.query().called()) {
        if (p.truePositive()) {
          x[confident(conf, p.truth().spanStart(), p.truth().end()) ? QUERY_TP : QUERY_UNK]++;
        } else {
          x[confident(conf, p.query().spanStart(), p.query().end()) ? QUERY_FP : QUERY_UNK]++;
        }
      }
      if (p.inTable() && confident(conf, p.site().spanStart(), p.site().end())) {
        t.get(row)[p.truthState().ordinal()][p.queryState().ordinal()]++;
      }
    }
    final CountingRules.Classification h = classified.apply(hap);
    final CountingRules.Classification s = rules.classify(site.records());
    final Map<SiteType, long[]> g = gap.get(filter);
    gap(h.truth(), s.truth(), Verdict.FN, g, 0);
    gap(h.query(), s.query(), Verdict.FP, g, 1);
  }

  private static void gap(List<Classified> hap, List<Classified> site, Verdict siteMiss, Map<SiteType, long[]> g,
      int column) {
    for (int i = 0; i < hap.size(); i++) {
      if (hap.get(i).verdict() == Verdict.TP && site.get(i).verdict() == siteMiss) {
        final SiteType type = SiteSplitter.recordType(hap.get(i).record().variant());
        g.get(type == null ? SiteType.COMPLEX : type)[column]++;
      }
    }
  }

  private static boolean confident(ContigIntervals.Cursor conf, int start, int end) {
    return conf == null || conf.overlaps(start, end);
  }

  /** Site-allele counts of one filter row and type; {@code fpGt} and {@code fpAl} are 0 (not defined here). */
  public Counts counts(FilterKind filter, VariantType type) {
    final long[] x = counts.get(filter).get(type);
    return new Counts(x[TRUTH_TP] + x[TRUTH_FN], x[TRUTH_TP], x[TRUTH_FN], x[QUERY_TP] + x[QUERY_FP] + x[QUERY_UNK],
        x[QUERY_TP], x[QUERY_FP], x[QUERY_UNK], 0, 0);
  }

  /** Site-allele counts of one filter row over both types. */
  public Counts total(FilterKind filter) {
    return counts(filter, VariantType.SNP).plus(counts(filter, VariantType.INDEL));
  }

  /** Genotype concordance table entry: confident site alleles with this truth and query state. */
  public long table(FilterKind filter, VariantType type, GenotypeState truth, GenotypeState query) {
    return table.get(filter).get(type)[truth.ordinal()][query.ordinal()];
  }

  /** Truth records of this type that are FN at site level but TP haplotype-aware. */
  public long gapTruth(FilterKind filter, SiteType type) {
    return gap.get(filter).get(type)[0];
  }

  /** Query records of this type that are FP at site level but TP haplotype-aware. */
  public long gapQuery(FilterKind filter, SiteType type) {
    return gap.get(filter).get(type)[1];
  }
}
