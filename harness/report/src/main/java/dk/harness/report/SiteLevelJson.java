package dk.harness.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.core.site.GenotypeState;
import dk.harness.core.site.SiteType;
import java.util.Locale;

/**
 * The {@code site_level} block of metrics.json:
 * <pre>
 * "site_level": {
 *   "unit": "site alleles (counts, genotype_concordance); records (representation_gap)",
 *   "counts": {"ALL"|"PASS": {"ALL"|"SNP"|"INDEL": {"truth_total", "truth_tp", "truth_fn", "query_total",
 *              "query_tp", "query_fp", "query_unk"}}},
 *   "metrics": {same nesting: {"recall", "precision", "f1"}},
 *   "genotype_concordance": {"ALL"|"PASS": {"SNP"|"INDEL": {TRUTH_STATE: {QUERY_STATE: n}}}},
 *                           states hom_ref, het, hom_alt, no_call, missing (rows truth, columns query),
 *   "representation_gap": {"ALL"|"PASS": {"snv"|"indel"|"complex"|"total": {"truth_fn", "query_fp"}}}
 * }
 * </pre>
 */
final class SiteLevelJson {
  private SiteLevelJson() {
  }

  static void put(ObjectNode root, SiteLevelTally s) {
    final ObjectNode site = root.putObject("site_level");
    site.put("unit", "site alleles (counts, genotype_concordance); records (representation_gap)");
    CountsJson.put(site.putObject("counts"), site.putObject("metrics"), s::total, s::counts, false);
    final ObjectNode gc = site.putObject("genotype_concordance");
    for (FilterKind f : FilterKind.values()) {
      final ObjectNode gf = gc.putObject(f.name());
      for (VariantType t : VariantType.values()) {
        final ObjectNode gt = gf.putObject(t.name());
        for (GenotypeState truth : GenotypeState.values()) {
          final ObjectNode row = gt.putObject(name(truth));
          for (GenotypeState query : GenotypeState.values()) {
            row.put(name(query), s.table(f, t, truth, query));
          }
        }
      }
    }
    final ObjectNode gap = site.putObject("representation_gap");
    for (FilterKind f : FilterKind.values()) {
      final ObjectNode gf = gap.putObject(f.name());
      long truth = 0;
      long query = 0;
      for (SiteType t : SiteType.values()) {
        final ObjectNode o = gf.putObject(t.name().toLowerCase(Locale.ROOT));
        o.put("truth_fn", s.gapTruth(f, t));
        o.put("query_fp", s.gapQuery(f, t));
        truth += s.gapTruth(f, t);
        query += s.gapQuery(f, t);
      }
      final ObjectNode o = gf.putObject("total");
      o.put("truth_fn", truth);
      o.put("query_fp", query);
    }
  }

  static String name(GenotypeState s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
