package dk.harness.report;

import dk.harness.core.TooComplexRegion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of the {@link CountingRules} over all contigs: the numbers behind metrics.json and the CLI's
 * stderr summary (summary.csv uses the same rules). Keeps counters plus the list of too-complex regions.
 * Not thread-safe; feed it from one thread.
 */
public final class Tally implements ResultSink {

  /**
   * A too-complex region with its contig.
   *
   * @param contig contig name
   * @param region the region (0-based half-open coordinates)
   */
  public record TooComplexEntry(String contig, TooComplexRegion region) {
  }

  private final CountingRules rules;
  private final Map<FilterKind, Map<VariantType, long[]>> counts = new EnumMap<>(FilterKind.class);
  private final Map<FilterKind, List<TooComplexEntry>> tooComplex = new EnumMap<>(FilterKind.class);
  private final Map<FilterKind, long[]> tooComplexRecords = new EnumMap<>(FilterKind.class);
  private final NotAssessedTally notAssessed;

  /**
   * @param rules the counting rules (confident regions)
   */
  public Tally(CountingRules rules) {
    this.rules = rules;
    this.notAssessed = new NotAssessedTally(rules.confident());
    for (FilterKind f : FilterKind.values()) {
      final Map<VariantType, long[]> m = new EnumMap<>(VariantType.class);
      for (VariantType t : VariantType.values()) {
        m.put(t, new long[9]);
      }
      counts.put(f, m);
      tooComplex.put(f, new ArrayList<>());
      tooComplexRecords.put(f, new long[2]);
    }
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) {
    final CountingRules.Classification a = rules.classify(all);
    accept(all, a, pass, pass == all ? a : rules.classify(pass));
  }

  /** {@link #accept(ContigOutcome, ContigOutcome)} with both comparisons already classified by these rules. */
  void accept(ContigOutcome all, CountingRules.Classification a, ContigOutcome pass,
      CountingRules.Classification p) {
    add(a, all, FilterKind.ALL);
    add(p, pass, FilterKind.PASS);
    notAssessed.add(all, a);
  }

  /** Feeds an already classified contig (used by {@link ReportWriter} to classify once). */
  void add(CountingRules.Classification cls, ContigOutcome outcome, FilterKind filter) {
    final Map<VariantType, long[]> m = counts.get(filter);
    final long[] tc = tooComplexRecords.get(filter);
    for (Classified c : cls.truth()) {
      final long[] x = m.get(c.type());
      switch (c.verdict()) {
        case TP -> x[1]++;
        case FN -> x[2]++;
        case TOO_COMPLEX -> tc[0]++;
        default -> {
        }
      }
    }
    for (Classified c : cls.query()) {
      final long[] x = m.get(c.type());
      switch (c.verdict()) {
        case TP -> x[4]++;
        case FP -> {
          x[5]++;
          if (c.fpGt()) {
            x[7]++;
          }
          if (c.fpAl()) {
            x[8]++;
          }
        }
        case UNK -> x[6]++;
        case TOO_COMPLEX -> tc[1]++;
        default -> {
        }
      }
    }
    for (TooComplexRegion r : outcome.result().tooComplex()) {
      tooComplex.get(filter).add(new TooComplexEntry(outcome.contig(), r));
    }
  }

  @Override
  public void finish() {
  }

  /** Counts of one filter row and type. */
  public Counts counts(FilterKind filter, VariantType type) {
    final long[] x = counts.get(filter).get(type);
    return new Counts(x[1] + x[2], x[1], x[2], x[4] + x[5] + x[6], x[4], x[5], x[6], x[7], x[8]);
  }

  /** Counts of one filter row over both types. */
  public Counts total(FilterKind filter) {
    return counts(filter, VariantType.SNP).plus(counts(filter, VariantType.INDEL));
  }

  /** Too-complex regions of one comparison, in the order received (contig order, then the engine's order). */
  public List<TooComplexEntry> tooComplex(FilterKind filter) {
    return Collections.unmodifiableList(tooComplex.get(filter));
  }

  /**
   * Truth records of the ALL comparison that were not variants (hom-ref, no-call, {@code *} only). Records whose
   * genotype calls only symbolic alleles are not among them: they are in {@link #notAssessed()}.
   */
  public long notVariantTruth() {
    return notAssessed.notVariant(NotAssessedTally.Side.TRUTH);
  }

  /** Query records of the ALL comparison that were not variants (as {@link #notVariantTruth()}). */
  public long notVariantQuery() {
    return notAssessed.notVariant(NotAssessedTally.Side.QUERY);
  }

  /** The accounting of every record of the ALL comparison, with the records that could not be assessed. */
  public NotAssessedTally notAssessed() {
    return notAssessed;
  }

  /** Truth records of one comparison left undecided in too-complex regions. */
  public long tooComplexTruth(FilterKind filter) {
    return tooComplexRecords.get(filter)[0];
  }

  /** Query records of one comparison left undecided in too-complex regions. */
  public long tooComplexQuery(FilterKind filter) {
    return tooComplexRecords.get(filter)[1];
  }
}
