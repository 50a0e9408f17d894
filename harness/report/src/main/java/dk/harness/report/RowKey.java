package dk.harness.report;

import java.util.Comparator;

/**
 * One row of hap.py's extended table (Genotype is always {@code *} in hap.py 0.3.15 output; genotype and
 * ti/tv breakdowns are inline columns). Sorted as hap.py sorts (pandas string order of Type, Subtype, Subset,
 * Filter).
 */
record RowKey(VariantType type, String subtype, String subset, FilterKind filter) implements Comparable<RowKey> {
  private static final Comparator<RowKey> ORDER = Comparator.comparing((RowKey k) -> k.type.name())
      .thenComparing(RowKey::subtype).thenComparing(RowKey::subset).thenComparing(k -> k.filter.name());

  @Override
  public int compareTo(RowKey o) {
    return ORDER.compare(this, o);
  }
}
