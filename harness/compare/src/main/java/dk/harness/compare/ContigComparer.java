package dk.harness.compare;

import dk.harness.core.ContigResult;
import dk.harness.core.Variant;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import dk.harness.core.site.SiteComparison;
import dk.harness.core.site.SiteResult;
import dk.harness.report.ContigOutcome;
import dk.harness.report.SiteOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine on one contig: once on every record (ALL) and, when any truth or query record is filtered, once
 * more with the filtered records removed before matching (PASS, as vcfeval does by default). Each comparison runs
 * both haplotype-aware and site-level. PASS records keep their ALL ids for the haplotype engine; the site-level
 * comparison renumbers them by index and maps back. Thread-safe (both engines are).
 */
final class ContigComparer {
  private final VariantComparison engine;

  ContigComparer(VariantComparison engine) {
    this.engine = engine;
  }

  /** The comparisons of a contig (PASS is ALL, the same object, when no record is filtered). */
  ComparedContig compare(LoadedContig c) {
    final ContigOutcome all = run(c, c.truth(), c.query());
    final SiteOutcome siteAll = site(c.contig(), c.truth(), c.query());
    if (!anyFiltered(c.truth()) && !anyFiltered(c.query())) {
      return new ComparedContig(c.contig(), all, all, siteAll, siteAll);
    }
    final List<LoadedRecord> truth = passing(c.truth());
    final List<LoadedRecord> query = passing(c.query());
    return new ComparedContig(c.contig(), all, run(c, truth, query), siteAll, site(c.contig(), truth, query));
  }

  private ContigOutcome run(LoadedContig c, List<LoadedRecord> truth, List<LoadedRecord> query) {
    final ContigResult result = engine.compare(c.contig(), c.reference(), variants(truth), variants(query));
    return new ContigOutcome(c.contig(), truth, query, result);
  }

  /** The site-level comparison of records (ids may have gaps, as PASS lists have). Stateless engine. */
  static SiteOutcome site(String contig, List<LoadedRecord> truth, List<LoadedRecord> query) {
    final SiteResult r = new SiteComparison().compare(contig, indexed(truth), indexed(query));
    final ContigResult records = new ContigResult(contig, withIds(r.records().truth(), truth),
        withIds(r.records().query(), query), List.of());
    return new SiteOutcome(new ContigOutcome(contig, truth, query, records), r.pairs());
  }

  /** The variants with ids equal to their index (PASS lists keep their ALL ids, which have gaps). */
  private static List<Variant> indexed(List<LoadedRecord> records) {
    final List<Variant> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      final Variant v = records.get(i).variant();
      out.add(v.id() == i ? v : v.withId(i));
    }
    return out;
  }

  /** Decisions carrying the records' own ids again. */
  private static List<dk.harness.core.Decision> withIds(List<dk.harness.core.Decision> ds, List<LoadedRecord> records) {
    final List<dk.harness.core.Decision> out = new ArrayList<>(ds.size());
    for (int i = 0; i < ds.size(); i++) {
      final dk.harness.core.Decision d = ds.get(i);
      final int id = records.get(i).variant().id();
      out.add(d.id() == id ? d : new dk.harness.core.Decision(id, d.outcome(), d.level(), d.block(), d.alleleBlock()));
    }
    return out;
  }

  private static boolean anyFiltered(List<LoadedRecord> records) {
    for (LoadedRecord r : records) {
      if (!r.variant().pass()) {
        return true;
      }
    }
    return false;
  }

  private static List<LoadedRecord> passing(List<LoadedRecord> records) {
    final List<LoadedRecord> out = new ArrayList<>(records.size());
    for (LoadedRecord r : records) {
      if (r.variant().pass()) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  private static List<Variant> variants(List<LoadedRecord> records) {
    final List<Variant> out = new ArrayList<>(records.size());
    for (LoadedRecord r : records) {
      out.add(r.variant());
    }
    return out;
  }
}
