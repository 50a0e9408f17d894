package dk.harness.council;

import java.util.Locale;
import java.util.Map;

/**
 * The representation gap of a submission (metrics.json {@code site_level.representation_gap}, PASS comparison):
 * records that are errors at site level (same position, REF and ALT) but matched haplotype-aware, i.e. the same
 * variant written differently. Counted in records. Immutable.
 *
 * @param truthFn truth records FN at site level, TP haplotype-aware
 * @param queryFp query records FP at site level, TP haplotype-aware
 * @param byKind {truth_fn, query_fp} per record kind ({@code snv}, {@code indel}, {@code complex}), in file order
 */
public record RepresentationGap(long truthFn, long queryFp, Map<String, long[]> byKind) {
  public RepresentationGap {
    byKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byKind));
  }

  /** E.g. {@code 12 FN / 9 FP}. */
  public String shortText() {
    return String.format(Locale.ROOT, "%,d FN / %,d FP", truthFn, queryFp);
  }

  /** E.g. {@code snv 3 FN / 2 FP; indel 9 FN / 7 FP; complex 0 FN / 0 FP}. */
  public String detail() {
    final StringBuilder sb = new StringBuilder();
    byKind.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%,d FN / %,d FP", v[0], v[1])));
    return sb.toString();
  }
}
