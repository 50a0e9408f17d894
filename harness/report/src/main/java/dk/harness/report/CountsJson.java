package dk.harness.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes a counts/metrics pair of JSON objects, {@code {ALL|PASS: {ALL|SNP|INDEL: {...}}}}, the shape metrics.json
 * uses for the haplotype-aware counts and for its site-level block.
 */
final class CountsJson {
  private CountsJson() {
  }

  /**
   * @param withFpKinds whether the counts carry hap.py's FP.gt / FP.al breakdown (site-level matching has none)
   */
  static void put(ObjectNode counts, ObjectNode metrics, Function<FilterKind, Counts> total,
      BiFunction<FilterKind, VariantType, Counts> byType, boolean withFpKinds) {
    for (FilterKind filter : FilterKind.values()) {
      final ObjectNode cf = counts.putObject(filter.name());
      final ObjectNode mf = metrics.putObject(filter.name());
      put(cf.putObject("ALL"), mf.putObject("ALL"), total.apply(filter), withFpKinds);
      for (VariantType t : VariantType.values()) {
        put(cf.putObject(t.name()), mf.putObject(t.name()), byType.apply(filter, t), withFpKinds);
      }
    }
  }

  private static void put(ObjectNode c, ObjectNode m, Counts k, boolean withFpKinds) {
    c.put("truth_total", k.truthTotal());
    c.put("truth_tp", k.truthTp());
    c.put("truth_fn", k.truthFn());
    c.put("query_total", k.queryTotal());
    c.put("query_tp", k.queryTp());
    c.put("query_fp", k.queryFp());
    c.put("query_unk", k.queryUnk());
    if (withFpKinds) {
      c.put("fp_gt", k.fpGt());
      c.put("fp_al", k.fpAl());
    }
    m.put("recall", k.recall());
    m.put("precision", k.precision());
    m.put("f1", k.f1());
  }
}
