package dk.harness.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running counts per (Type, Subtype, Subset, Filter) — the numbers behind summary.csv, extended.csv and the
 * {@code *} rows of the ROC tables. Cells are held in a flat array indexed by type, subtype, subset and filter
 * (subset 0 is {@code *}, then the strata in context order, then TS_boundary and TS_contained), so adding a
 * record costs a few array updates per row it counts in. Not thread-safe.
 */
final class StratifiedCounts {
  /** hap.py's INDEL subtypes; SNP has only {@code *} (ti/tv are inline columns). */
  static final List<String> INDEL_SUBTYPES = List.of("*", "C16_PLUS", "C1_5", "C6_15", "D16_PLUS", "D1_5",
      "D6_15", "I16_PLUS", "I1_5", "I6_15");
  private static final Map<String, Integer> SUBTYPE_INDEX = indexOf(INDEL_SUBTYPES);
  private static final String TS_BOUNDARY = Annotated.Boundary.BOUNDARY.subset();
  private static final String TS_CONTAINED = Annotated.Boundary.CONTAINED.subset();

  private static final int FILTERS = FilterKind.values().length;

  private final List<String> strataNames;
  private final Map<String, Integer> subsetIndex = new HashMap<>();
  private final int subsets;
  private final Cell[] cells;
  /** Per filter, the contig added last (see {@link #add(AnnotatedContig, FilterKind)}). */
  private final AnnotatedContig[] lastAdded = new AnnotatedContig[FILTERS];
  /** (type, filter, TS subset) combinations seen; hap.py writes TS_* rows only when some record had the tag. */
  private final boolean[] seenTs = new boolean[VariantType.values().length * FILTERS * 2];

  /**
   * @param strataNames the context's strata in its order ({@link Annotated#strata()} indexes this list), or an
   *     empty list to count only the {@code *} and TS subsets
   */
  StratifiedCounts(List<String> strataNames) {
    this.strataNames = List.copyOf(strataNames);
    subsetIndex.put("*", 0);
    for (int i = 0; i < this.strataNames.size(); i++) {
      subsetIndex.put(this.strataNames.get(i), i + 1);
    }
    subsetIndex.put(TS_BOUNDARY, this.strataNames.size() + 1);
    subsetIndex.put(TS_CONTAINED, this.strataNames.size() + 2);
    this.subsets = this.strataNames.size() + 3;
    this.cells = new Cell[VariantType.values().length * INDEL_SUBTYPES.size() * subsets * FILTERS];
  }

  /**
   * Adds every counted record of one contig. Adding the same contig object for the same filter again (as the
   * next sink sharing this instance does) changes nothing, so the report's sinks can share one instance.
   */
  void add(AnnotatedContig contig, FilterKind filter) {
    if (lastAdded[filter.ordinal()] == contig) {
      return;
    }
    lastAdded[filter.ordinal()] = contig;
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
    final VariantFacts facts = a.facts();
    final int[] strata = a.strata();
    final String ts = a.boundary().subset();
    int tsSlot = -1;
    if (ts != null) {
      tsSlot = ts.equals(TS_BOUNDARY) ? subsets - 2 : subsets - 1;
      seenTs[(type.ordinal() * FILTERS + filter.ordinal()) * 2 + (tsSlot - subsets + 2)] = true;
    }
    final Cell.Entry entry = Cell.entry(a);
    // Bit k stands for subtype k of INDEL_SUBTYPES: bit 0 for '*', then an indel's classes (bit b of its mask).
    int pending = 1 | (type == VariantType.INDEL ? facts.indelClassMask() << 1 : 0);
    while (pending != 0) {
      final int st = Integer.numberOfTrailingZeros(pending);
      pending &= pending - 1;
      cell(type, st, 0, filter).add(entry);
      for (int s : strata) {
        // a counter without strata (summary.csv) skips them; otherwise names are the context's strata
        if (s < strataNames.size()) {
          cell(type, st, s + 1, filter).add(entry);
        }
      }
      if (tsSlot >= 0) {
        cell(type, st, tsSlot, filter).add(entry);
      }
    }
  }

  /** Counts with every stratum of {@code context}, in its order. */
  static StratifiedCounts of(ReportContext context) {
    final List<String> names = new ArrayList<>();
    for (Stratum s : context.strata()) {
      names.add(s.name());
    }
    return new StratifiedCounts(names);
  }

  private Cell cell(VariantType type, int subtype, int subset, FilterKind filter) {
    final int i = ((type.ordinal() * INDEL_SUBTYPES.size() + subtype) * subsets + subset)
        * FILTERS + filter.ordinal();
    Cell c = cells[i];
    if (c == null) {
      c = new Cell();
      cells[i] = c;
    }
    return c;
  }

  /** The cell of a row (an empty cell if nothing was counted there). */
  Cell cell(RowKey key) {
    final Integer st = SUBTYPE_INDEX.get(key.subtype());
    final Integer ss = subsetIndex.get(key.subset());
    if (st == null || ss == null || (key.type() == VariantType.SNP && st != 0)) {
      return new Cell();
    }
    final Cell c = cells[((key.type().ordinal() * INDEL_SUBTYPES.size() + st) * subsets + ss)
        * FILTERS + key.filter().ordinal()];
    return c == null ? new Cell() : c;
  }

  /** Every row hap.py writes, in its order: all subtypes x ({@code *}, strata, TS tags seen) x filters. */
  List<RowKey> rows() {
    final TreeMap<RowKey, Boolean> rows = new TreeMap<>();
    for (VariantType type : VariantType.values()) {
      final List<String> subtypes = type == VariantType.SNP ? List.of("*") : INDEL_SUBTYPES;
      for (FilterKind filter : FilterKind.values()) {
        final List<String> subsetNames = new ArrayList<>();
        subsetNames.add("*");
        subsetNames.addAll(strataNames);
        final int base = (type.ordinal() * FILTERS + filter.ordinal()) * 2;
        if (seenTs[base]) {
          subsetNames.add(TS_BOUNDARY);
        }
        if (seenTs[base + 1]) {
          subsetNames.add(TS_CONTAINED);
        }
        for (String st : subtypes) {
          for (String ss : subsetNames) {
            rows.put(new RowKey(type, st, ss, filter), Boolean.TRUE);
          }
        }
      }
    }
    return new ArrayList<>(rows.keySet());
  }

  private static Map<String, Integer> indexOf(List<String> names) {
    final Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      m.put(names.get(i), i);
    }
    return Map.copyOf(m);
  }
}
