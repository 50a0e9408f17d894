package dk.harness.workflow.gates;

import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import java.util.Comparator;
import java.util.Objects;

/**
 * One cell of a result: variant type, filter and subset. Sorted by type, filter, then subset ({@code *} first).
 *
 * @param type SNP or INDEL
 * @param filter PASS or ALL
 * @param subset {@code *} or a stratum name
 */
public record CellKey(VariantType type, FilterKind filter, String subset) implements Comparable<CellKey> {
  private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::type)
      .thenComparing(CellKey::filter)
      .thenComparing(k -> !"*".equals(k.subset))
      .thenComparing(CellKey::subset);

  public CellKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(subset, "subset");
  }

  @Override
  public int compareTo(CellKey o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return type + " " + filter + ("*".equals(subset) ? "" : " in " + subset);
  }
}
