package dk.harness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Writes metrics.json's {@code not_assessed} block from a {@link NotAssessedTally}:
 * <pre>
 * "not_assessed": {
 *   "truth"|"query": {
 *     "records", "assessed", "not_variant", "not_assessed",         (records = the other three)
 *     "kinds": {KIND: {"total", "confident", "outside"}},          (every kind, in NotAssessedKind order;
 *                                                                   confident/outside null for no_genotype)
 *     "symbolic_alleles": {ALT: count},
 *     "compared_with_notice": {"duplicate"|"ref_n": {"confident", "outside"}},
 *     "first_confident": [{"contig", "pos", "end", "kind", "line"}]},
 *   "query_fp_overlapping_truth_not_assessed": n}
 * </pre>
 * Counts describe the ALL comparison (every record, after any target BED). Stateless.
 */
final class NotAssessedJson {
  private NotAssessedJson() {
  }

  static void put(ObjectNode root, NotAssessedTally t) {
    final ObjectNode block = root.putObject("not_assessed");
    for (NotAssessedTally.Side side : NotAssessedTally.Side.values()) {
      final ObjectNode o = block.putObject(side.key());
      o.put("records", t.records(side));
      o.put("assessed", t.assessed(side));
      o.put("not_variant", t.notVariant(side));
      o.put("not_assessed", t.notAssessed(side));
      final ObjectNode kinds = o.putObject("kinds");
      for (NotAssessedKind k : NotAssessedKind.values()) {
        final ObjectNode ko = kinds.putObject(k.key());
        ko.put("total", t.total(side, k));
        if (k.countedByReader()) {
          ko.putNull("confident");
          ko.putNull("outside");
        } else {
          ko.put("confident", t.confident(side, k));
          ko.put("outside", t.outside(side, k));
        }
      }
      final ObjectNode alleles = o.putObject("symbolic_alleles");
      for (Map.Entry<String, Long> e : t.symbolicAlleles(side).entrySet()) {
        alleles.put(e.getKey(), e.getValue());
      }
      final ObjectNode notices = o.putObject("compared_with_notice");
      for (NotAssessedTally.Notice n : NotAssessedTally.Notice.values()) {
        final ObjectNode no = notices.putObject(n.key());
        no.put("confident", t.notice(side, n, true));
        no.put("outside", t.notice(side, n, false));
      }
      final ArrayNode loci = o.putArray("first_confident");
      for (NotAssessedTally.Locus l : t.confidentLoci(side)) {
        final ObjectNode lo = loci.addObject();
        lo.put("contig", l.contig());
        lo.put("pos", l.pos());
        lo.put("end", l.end());
        lo.put("kind", l.kind().key());
        if (l.line() > 0) {
          lo.put("line", l.line());
        } else {
          lo.putNull("line");
        }
      }
    }
    block.put("query_fp_overlapping_truth_not_assessed", t.queryFpOverlappingTruthNotAssessed());
  }
}
