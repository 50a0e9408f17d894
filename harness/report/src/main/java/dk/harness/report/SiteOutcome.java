package dk.harness.report;

import dk.harness.core.site.SitePair;
import java.util.List;

/**
 * The site-level comparison of one contig: per-record decisions (same records, same order as the haplotype-aware
 * {@link ContigOutcome} of that contig) and the site pairs behind them. Immutable.
 *
 * @param records the records with their site-level decisions
 * @param pairs every site allele of both sides, paired by site
 */
public record SiteOutcome(ContigOutcome records, List<SitePair> pairs) {
  public SiteOutcome {
    pairs = List.copyOf(pairs);
  }
}
