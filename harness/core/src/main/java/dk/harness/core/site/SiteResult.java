package dk.harness.core.site;

import dk.harness.core.ContigResult;
import java.util.List;

/**
 * The site-level comparison of one contig. Immutable.
 *
 * @param records one decision per truth and query record, in input order, in the same form as the haplotype
 *     engine's (so the same counting rules and reports apply); never any too-complex region
 * @param pairs every site allele of both sides, paired by site, in order of start, then truth input order, then
 *     query input order
 */
public record SiteResult(ContigResult records, List<SitePair> pairs) {
  public SiteResult {
    pairs = List.copyOf(pairs);
  }
}
