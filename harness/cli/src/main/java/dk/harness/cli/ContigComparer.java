package dk.harness.cli;

import dk.harness.core.ContigResult;
import dk.harness.core.Variant;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import dk.harness.report.ContigOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine on one contig: once on every record (ALL) and, when any truth or query record is filtered, once
 * more with the filtered records removed before matching (PASS, as vcfeval does by default). PASS records keep
 * their ALL ids. Thread-safe (the engine is).
 */
final class ContigComparer {
  private final VariantComparison engine;

  ContigComparer(VariantComparison engine) {
    this.engine = engine;
  }

  /**
   * The two comparisons of a contig.
   *
   * @param all every record
   * @param pass filtered records removed; the same object as {@code all} when nothing is filtered
   */
  record Pair(ContigOutcome all, ContigOutcome pass) {
    /** Whether a separate PASS comparison was run. */
    boolean separatePass() {
      return all != pass;
    }
  }

  Pair compare(LoadedContig c) {
    final ContigOutcome all = run(c, c.truth(), c.query());
    if (!anyFiltered(c.truth()) && !anyFiltered(c.query())) {
      return new Pair(all, all);
    }
    return new Pair(all, run(c, passing(c.truth()), passing(c.query())));
  }

  private ContigOutcome run(LoadedContig c, List<LoadedRecord> truth, List<LoadedRecord> query) {
    final ContigResult result = engine.compare(c.contig(), c.reference(), variants(truth), variants(query));
    return new ContigOutcome(c.contig(), truth, query, result);
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
