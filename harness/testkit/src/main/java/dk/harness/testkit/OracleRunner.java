package dk.harness.testkit;

import dk.harness.core.ContigResult;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.Variant;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the engine over loaded truth and query records contig by contig, the way vcfeval prepares its input:
 * an optional {@code --region} restriction first (records whose REF span overlaps the region are loaded, like a
 * tabix query), then, in PASS-only mode, filtered records of both sides are removed before matching. Stateless
 * apart from the engine it wraps; thread-safe if the engine is.
 */
public final class OracleRunner {

  /**
   * A vcfeval {@code --region}: 0-based half-open {@code [start, end)} on {@code contig}.
   *
   * @param contig contig name
   * @param start 0-based start
   * @param end 0-based exclusive end
   */
  public record Region(String contig, int start, int end) {
    /** Parses vcfeval's {@code chr:start-end} (1-based, inclusive) or a bare contig name. */
    public static Region parse(String spec) {
      final int colon = spec.lastIndexOf(':');
      if (colon < 0) {
        return new Region(spec, 0, Integer.MAX_VALUE);
      }
      final String[] se = spec.substring(colon + 1).replace(",", "").split("-");
      return new Region(spec.substring(0, colon), Integer.parseInt(se[0]) - 1, Integer.parseInt(se[1]));
    }

    /** Whether a tabix query of this region returns the record (its REF span overlaps). */
    public boolean keeps(LoadedRecord r) {
      final Variant v = r.variant();
      return r.contig().equals(contig) && v.start() < end && v.end() > start;
    }
  }

  /**
   * How to prepare the inputs.
   *
   * @param passOnly remove filtered records of both sides before matching (vcfeval's default)
   * @param region restrict both sides to this region first, or null
   */
  public record Options(boolean passOnly, Region region) {
    /** vcfeval's defaults: PASS only, whole genome. */
    public static Options vcfevalDefaults() {
      return new Options(true, null);
    }

    /** Every record, whole genome (hap.py's ALL rows; the property tests). */
    public static Options allRecords() {
      return new Options(false, null);
    }

    public Options withRegion(Region r) {
      return new Options(passOnly, r);
    }
  }

  private final VariantComparison engine;

  public OracleRunner(VariantComparison engine) {
    this.engine = engine;
  }

  public VariantComparison engine() {
    return engine;
  }

  /**
   * Compares every contig that has records on either side, in reference order.
   *
   * @param truth truth records per contig (file order)
   * @param query query records per contig (file order)
   * @param referenceContigs reference contig names in reference order
   * @param reference loads one contig of the reference
   * @param options input preparation
   * @throws IllegalArgumentException if records lie on a contig the reference lacks
   */
  public List<ContigRun> run(Map<String, List<LoadedRecord>> truth, Map<String, List<LoadedRecord>> query,
      List<String> referenceContigs, Function<String, ReferenceSequence> reference, Options options) {
    final Set<String> withRecords = new LinkedHashSet<>(truth.keySet());
    withRecords.addAll(query.keySet());
    for (String c : withRecords) {
      if (!referenceContigs.contains(c)) {
        throw new IllegalArgumentException("records on contig '" + c + "' which the reference lacks "
            + "(reference has " + referenceContigs + ")");
      }
    }
    final List<ContigRun> out = new ArrayList<>();
    for (String contig : referenceContigs) {
      if (!withRecords.contains(contig)) {
        continue;
      }
      final List<LoadedRecord> t = restrict(truth.getOrDefault(contig, List.of()), options);
      final List<LoadedRecord> q = restrict(query.getOrDefault(contig, List.of()), options);
      if (t.isEmpty() && q.isEmpty()) {
        continue;
      }
      out.add(compare(contig, reference.apply(contig), t, q, options.passOnly()));
    }
    return out;
  }

  /** Compares one contig's records (already region-restricted). */
  public ContigRun compare(String contig, ReferenceSequence ref, List<LoadedRecord> truth, List<LoadedRecord> query,
      boolean passOnly) {
    final List<LoadedRecord> tIn = passOnly ? truth.stream().filter(r -> r.variant().pass()).toList() : truth;
    final List<LoadedRecord> qIn = passOnly ? query.stream().filter(r -> r.variant().pass()).toList() : query;
    final ContigResult result = engine.compare(contig, ref, variants(tIn), variants(qIn));
    if (result.truth().size() != tIn.size() || result.query().size() != qIn.size()) {
      throw new IllegalStateException("engine returned " + result.truth().size() + "/" + result.query().size()
          + " decisions for " + tIn.size() + "/" + qIn.size() + " records on " + contig);
    }
    return new ContigRun(contig, judge(truth, tIn, result.truth()), judge(query, qIn, result.query()),
        result.tooComplex());
  }

  private static List<LoadedRecord> restrict(List<LoadedRecord> records, Options options) {
    return options.region() == null ? records : records.stream().filter(options.region()::keeps).toList();
  }

  private static List<Variant> variants(List<LoadedRecord> records) {
    return records.stream().map(LoadedRecord::variant).toList();
  }

  // Pairs every record with its decision; records that were not compared (filtered) get null.
  private static List<Judged> judge(List<LoadedRecord> all, List<LoadedRecord> compared,
      List<dk.harness.core.Decision> decisions) {
    final List<Judged> out = new ArrayList<>(all.size());
    int k = 0;
    for (LoadedRecord r : all) {
      if (k < compared.size() && compared.get(k) == r) {
        final dk.harness.core.Decision d = decisions.get(k++);
        if (d.id() != r.variant().id()) {
          throw new IllegalStateException("decision id " + d.id() + " does not match record id " + r.variant().id()
              + " at " + r.contig() + ":" + r.pos() + ": decisions must come in input order");
        }
        out.add(new Judged(r, d));
      } else {
        out.add(new Judged(r, null));
      }
    }
    return out;
  }
}
