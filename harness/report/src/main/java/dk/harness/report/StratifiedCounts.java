package dk.harness.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Running counts per (Type, Subtype, Subset, Filter) — the numbers behind summary.csv, extended.csv and the
 * {@code *} rows of the ROC tables. Not thread-safe.
 */
final class StratifiedCounts {
  /** hap.py's INDEL subtypes; SNP has only {@code *} (ti/tv are inline columns). */
  static final List<String> INDEL_SUBTYPES = List.of("*", "C16_PLUS", "C1_5", "C6_15", "D16_PLUS", "D1_5",
      "D6_15", "I16_PLUS", "I1_5", "I6_15");

  private final List<String> strataNames;
  private final Map<RowKey, Cell> cells = new TreeMap<>();
  /** (type, filter, TS subset) combinations seen; hap.py writes TS_* rows only when some record had the tag. */
  private final Set<String> seenTs = new HashSet<>();

  StratifiedCounts(List<String> strataNames) {
    this.strataNames = List.copyOf(strataNames);
  }

  void add(AnnotatedContig contig, FilterKind filter) {
    for (Annotated a : contig.truth()) {
      add(a, filter);
    }
    for (Annotated a : contig.query()) {
      add(a, filter);
    }
  }

  void add(Annotated a, FilterKind filter) {
    if (!a.counted()) {
      return;
    }
    final VariantType type = a.c().type();
    final List<String> subtypes = new ArrayList<>(2);
    subtypes.add("*");
    if (type == VariantType.INDEL) {
      subtypes.addAll(a.facts().indelClasses());
    }
    final List<String> subsets = new ArrayList<>(2 + a.strata().size());
    subsets.add("*");
    subsets.addAll(a.strata());
    final String ts = a.boundary().subset();
    if (ts != null) {
      subsets.add(ts);
      seenTs.add(type + "\t" + filter + "\t" + ts);
    }
    for (String st : subtypes) {
      for (String ss : subsets) {
        cells.computeIfAbsent(new RowKey(type, st, ss, filter), k -> new Cell()).add(a);
      }
    }
  }

  /** The cell of a row (an empty cell if nothing was counted there). */
  Cell cell(RowKey key) {
    final Cell c = cells.get(key);
    return c == null ? new Cell() : c;
  }

  /** Every row hap.py writes, in its order: all subtypes x ({@code *}, strata, TS tags seen) x filters. */
  List<RowKey> rows() {
    final TreeMap<RowKey, Boolean> rows = new TreeMap<>();
    for (VariantType type : VariantType.values()) {
      final List<String> subtypes = type == VariantType.SNP ? List.of("*") : INDEL_SUBTYPES;
      for (FilterKind filter : FilterKind.values()) {
        final List<String> subsets = new ArrayList<>();
        subsets.add("*");
        subsets.addAll(strataNames);
        for (String ts : List.of("TS_boundary", "TS_contained")) {
          if (seenTs.contains(type + "\t" + filter + "\t" + ts)) {
            subsets.add(ts);
          }
        }
        for (String st : subtypes) {
          for (String ss : subsets) {
            rows.put(new RowKey(type, st, ss, filter), Boolean.TRUE);
          }
        }
      }
    }
    return new ArrayList<>(rows.keySet());
  }
}
