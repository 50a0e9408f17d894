package dk.harness.report;

import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.RegionSet;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The single place where decisions become counts, reproducing RTG vcfeval's numbers with GA4GH semantics.
 * Every report uses it. Holds only the confident regions; immutable and thread-safe.
 *
 * <ul>
 *   <li>NOT_VARIANT records are ignored; TOO_COMPLEX records are counted apart, never as TP/FP/FN/UNK.</li>
 *   <li>Confident regions are applied after matching, on the span {@code [replayStart(), end())} with
 *       {@link RegionSet#overlaps}.</li>
 *   <li>Truth: counted only if confident; TP stays TP, FN stays FN; a truth record outside gets
 *       {@link Verdict#UNK} and is never counted (TRUTH.TOTAL = TP + FN).</li>
 *   <li>Query TP: TP only if its decision block holds at least one confident truth TP (vcfeval's rule that
 *       a call TP weighs something only through a confident baseline TP), else UNK; so a query TP outside the
 *       regions whose matching truth is inside stays TP. Query FP: confident -> FP, else UNK.</li>
 *   <li>FP.gt = confident query FP at level AM; FP.al = confident query FP at level LM.</li>
 * </ul>
 * Without confident regions every record is confident and every query TP is TP.
 */
public final class CountingRules {
  private final RegionSet confident;

  /**
   * @param confident confident regions, or {@code null} when everything is confident
   */
  public CountingRules(RegionSet confident) {
    this.confident = confident;
  }

  /** The confident regions, or {@code null} if everything is confident. */
  public RegionSet confident() {
    return confident;
  }

  /** Whether the record's span {@code [replayStart, end)} overlaps the confident regions (true if none). */
  public boolean isConfident(String contig, Variant v) {
    return confident == null || confident.overlaps(contig, v.replayStart(), v.end());
  }

  /**
   * Classifies every record of one contig.
   *
   * @param outcome records and decisions of one contig
   * @return the classification, lists parallel to {@code outcome.truth()} / {@code outcome.query()}
   * @throws IllegalArgumentException if the decisions do not line up with the records
   */
  public Classification classify(ContigOutcome outcome) {
    final String contig = outcome.contig();
    final List<LoadedRecord> truth = outcome.truth();
    final List<LoadedRecord> query = outcome.query();
    final List<Decision> td = outcome.result().truth();
    final List<Decision> qd = outcome.result().query();
    if (td.size() != truth.size() || qd.size() != query.size()) {
      throw new IllegalArgumentException("contig " + contig + ": " + td.size() + " truth / " + qd.size()
          + " query decisions for " + truth.size() + " / " + query.size() + " records; the comparison result"
          + " does not belong to these records");
    }
    final List<Classified> tOut = new ArrayList<>(truth.size());
    // Blocks are reference positions: a sorted array of the few in use, not a bit per base of the contig.
    int[] blocksWithConfidentTruthTp = new int[64];
    int blockCount = 0;
    // The records come nearly sorted, so a cursor over the contig's regions answers isConfident cheaply.
    final ContigIntervals regions = confident == null ? null : new ContigIntervals(confident, contig);
    ContigIntervals.Cursor cursor = regions == null ? null : regions.cursor();
    for (int i = 0; i < truth.size(); i++) {
      final LoadedRecord r = truth.get(i);
      final Decision d = td.get(i);
      final boolean conf = cursor == null || cursor.overlaps(r.variant().replayStart(), r.variant().end());
      final Verdict v;
      switch (d.outcome()) {
        case TP -> {
          v = conf ? Verdict.TP : Verdict.UNK;
          if (conf && d.block() >= 0) {
            if (blockCount == blocksWithConfidentTruthTp.length) {
              blocksWithConfidentTruthTp = Arrays.copyOf(blocksWithConfidentTruthTp, blockCount * 2);
            }
            blocksWithConfidentTruthTp[blockCount++] = d.block();
          }
        }
        case FN -> v = conf ? Verdict.FN : Verdict.UNK;
        case NOT_VARIANT -> v = Verdict.NOT_VARIANT;
        case TOO_COMPLEX -> v = Verdict.TOO_COMPLEX;
        default -> throw new IllegalArgumentException("contig " + contig + ": truth record at POS " + r.pos()
            + " has outcome " + d.outcome() + ", which only query records can have");
      }
      tOut.add(new Classified(r, d, true, v, conf, VariantType.of(r.variant()), false, false));
    }
    Arrays.sort(blocksWithConfidentTruthTp, 0, blockCount);
    final SortedLookup confidentTpBlocks = new SortedLookup(blocksWithConfidentTruthTp, blockCount);
    final List<Classified> qOut = new ArrayList<>(query.size());
    cursor = regions == null ? null : regions.cursor();
    for (int i = 0; i < query.size(); i++) {
      final LoadedRecord r = query.get(i);
      final Decision d = qd.get(i);
      final boolean conf = cursor == null || cursor.overlaps(r.variant().replayStart(), r.variant().end());
      Verdict v;
      boolean fpGt = false;
      boolean fpAl = false;
      switch (d.outcome()) {
        case TP -> {
          if (confident == null) {
            v = Verdict.TP;
          } else if (d.block() >= 0) {
            v = confidentTpBlocks.contains(d.block()) ? Verdict.TP : Verdict.UNK;
          } else {
            // a TP without a block cannot be tied to its truth; fall back to its own span
            v = conf ? Verdict.TP : Verdict.UNK;
          }
        }
        case FP -> {
          v = conf ? Verdict.FP : Verdict.UNK;
          fpGt = conf && d.level() == MatchLevel.AM;
          fpAl = conf && d.level() == MatchLevel.LM;
        }
        case NOT_VARIANT -> v = Verdict.NOT_VARIANT;
        case TOO_COMPLEX -> v = Verdict.TOO_COMPLEX;
        default -> throw new IllegalArgumentException("contig " + contig + ": query record at POS " + r.pos()
            + " has outcome " + d.outcome() + ", which only truth records can have");
      }
      qOut.add(new Classified(r, d, false, v, conf, VariantType.of(r.variant()), fpGt, fpAl));
    }
    return new Classification(contig, tOut, qOut);
  }

  /**
   * The classified records of one contig.
   *
   * @param contig contig name
   * @param truth one entry per truth record, in input order
   * @param query one entry per query record, in input order
   */
  public record Classification(String contig, List<Classified> truth, List<Classified> query) {
    public Classification {
      truth = List.copyOf(truth);
      query = List.copyOf(query);
    }
  }

  /**
   * Membership in a sorted int array for keys asked in nearly ascending order (a contig's query blocks): each
   * search gallops from where the last one ended, a step or two instead of a binary search over the contig.
   * Not thread-safe.
   */
  static final class SortedLookup {
    private final int[] sorted;
    private final int size;
    /** Index of the first element not below the last key asked. */
    private int at;

    SortedLookup(int[] sorted, int size) {
      this.sorted = sorted;
      this.size = size;
    }

    boolean contains(int key) {
      int lo;
      int hi;
      if (at < size && sorted[at] < key) {
        // forward: double the step until past the key
        lo = at + 1;
        int step = 1;
        while (lo + step < size && sorted[lo + step] < key) {
          lo += step;
          step <<= 1;
        }
        hi = Math.min(size, lo + step + 1);
      } else if (at > 0 && sorted[at - 1] >= key) {
        lo = 0;
        hi = at;
      } else {
        return at < size && sorted[at] == key;
      }
      // first index in [lo, hi) whose element is not below key (hi if none)
      while (lo < hi) {
        final int mid = (lo + hi) >>> 1;
        if (sorted[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      at = lo;
      return at < size && sorted[at] == key;
    }
  }

  /** Whether an outcome takes part in matching (used by sinks that skip the rest). */
  static boolean decided(Outcome o) {
    return o == Outcome.TP || o == Outcome.FP || o == Outcome.FN;
  }
}
