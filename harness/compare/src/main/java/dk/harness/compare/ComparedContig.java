package dk.harness.compare;

import dk.harness.core.ContigResult;
import dk.harness.io.LoadedRecord;
import dk.harness.report.ContigOutcome;
import dk.harness.report.SiteOutcome;
import java.util.List;
import java.util.Objects;

/**
 * Everything the reports take from one compared contig: the haplotype-aware comparison of every record (ALL) and
 * of the passing records (PASS), and the site-level comparisons of both. When no record is filtered, {@code pass}
 * is the same object as {@code all} and {@code sitePass} the same as {@code siteAll} (the reports rely on that
 * to annotate once). Immutable.
 *
 * <p>{@code harness compare} and {@code harness run} hand these straight to the report writer; a sharded run
 * serialises them per contig and {@code harness merge} replays them through the same writer.
 *
 * @param contig contig name
 * @param all every record
 * @param pass filtered records removed before matching (their ids are the ALL ids, so they have gaps)
 * @param siteAll site-level decisions for every record
 * @param sitePass site-level decisions for the passing records
 */
public record ComparedContig(String contig, ContigOutcome all, ContigOutcome pass, SiteOutcome siteAll,
    SiteOutcome sitePass) {
  public ComparedContig {
    Objects.requireNonNull(contig, "contig");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(siteAll, "siteAll");
    Objects.requireNonNull(sitePass, "sitePass");
  }

  /**
   * Rebuilds a compared contig from its haplotype-aware decisions, re-running the (cheap, deterministic)
   * site-level comparison: what {@code harness merge} does with a shard's results.
   *
   * @param truth every truth record of the contig (ids = index)
   * @param query every query record of the contig (ids = index)
   * @param all the haplotype-aware decisions for every record
   * @param passTruth the passing truth records (a sub-list of {@code truth}, same objects), or null when no record
   *     of either side is filtered
   * @param passQuery the passing query records, or null like {@code passTruth}
   * @param pass the decisions for the passing records, or null like {@code passTruth}
   */
  public static ComparedContig rebuild(String contig, List<LoadedRecord> truth, List<LoadedRecord> query,
      ContigResult all, List<LoadedRecord> passTruth, List<LoadedRecord> passQuery, ContigResult pass) {
    final ContigOutcome a = new ContigOutcome(contig, truth, query, all);
    final SiteOutcome siteAll = ContigComparer.site(contig, truth, query);
    if (pass == null) {
      return new ComparedContig(contig, a, a, siteAll, siteAll);
    }
    return new ComparedContig(contig, a, new ContigOutcome(contig, passTruth, passQuery, pass), siteAll,
        ContigComparer.site(contig, passTruth, passQuery));
  }

  /** Whether a separate PASS comparison was run (some record was filtered). */
  public boolean separatePass() {
    return all != pass;
  }

  /** The ALL outcome the hap.py-style outputs report. */
  public ContigOutcome reportedAll(MatchMode match) {
    return match == MatchMode.SITE ? siteAll.records() : all;
  }

  /** The PASS outcome the hap.py-style outputs report ({@code == reportedAll} when nothing was filtered). */
  public ContigOutcome reportedPass(MatchMode match) {
    return match == MatchMode.SITE ? sitePass.records() : pass;
  }
}
