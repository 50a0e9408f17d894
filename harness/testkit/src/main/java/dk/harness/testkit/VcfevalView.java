package dk.harness.testkit;

import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.core.RegionSet;
import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's decisions into the statuses and counts RTG vcfeval reports, so they can be compared with
 * vcfeval's own output files. Stateless.
 *
 * <p>vcfeval's rules (read from RTG Tools 3.12.1, {@code SplitEvalSynchronizer}, {@code Path.calculateWeights}):
 * <ul>
 *   <li>a record counts as inside the evaluation BED when {@code [replayStart, end)} overlaps it
 *       ({@link RegionSet#overlaps}); without a BED everything is inside;</li>
 *   <li>truth: TP/FN if inside, else not reported;</li>
 *   <li>query TP: its weight is (inside truth TP in its block) / (query TP in its block); reported as TP when the
 *       weight is above 0, else not reported (so a TP counts only if its block holds a counted truth TP);</li>
 *   <li>query not matched: FP if inside, else not reported;</li>
 *   <li>in a two-pass run (every output mode except split), allele-matched records (level AM) are FN_CA
 *       (truth, if inside) and FP_CA (query, when the weight in its allele-match block is above 0, wherever
 *       it lies); in a one-pass run (split mode, the default) they are plain FN/FP.</li>
 * </ul>
 */
public final class VcfevalView {
  private VcfevalView() {
  }

  /**
   * Statuses of one contig.
   *
   * @param truth one status per truth record of the run, in order
   * @param query one status per query record of the run, in order
   * @param queryWeight the ROC weight of each query record (0 unless TP or FP_CA)
   */
  public record Statuses(List<VcfevalStatus> truth, List<VcfevalStatus> query, double[] queryWeight) {
  }

  /**
   * @param run decisions of one contig
   * @param bed evaluation regions ({@code -e}), or null
   * @param twoPass whether vcfeval ran its second (allele-match) pass: true for annotate/combine/ga4gh/roc-only
   *     output modes, false for split (the default)
   */
  public static Statuses classify(ContigRun run, RegionSet bed, boolean twoPass) {
    final String contig = run.contig();
    // Inside truth matches per block, and query matches per block, for the weights.
    final Map<Integer, int[]> gmBlocks = new HashMap<>();
    final Map<Integer, int[]> amBlocks = new HashMap<>();
    for (Judged j : run.truth()) {
      final Decision d = j.decision();
      if (d != null && inside(bed, contig, j.record().variant())) {
        if (d.outcome() == Outcome.TP) {
          gmBlocks.computeIfAbsent(d.block(), k -> new int[2])[0]++;
        } else if (d.outcome() == Outcome.FN && d.level() == MatchLevel.AM) {
          amBlocks.computeIfAbsent(d.alleleBlock(), k -> new int[2])[0]++;
        }
      }
    }
    for (Judged j : run.query()) {
      final Decision d = j.decision();
      if (d != null && d.outcome() == Outcome.TP) {
        gmBlocks.computeIfAbsent(d.block(), k -> new int[2])[1]++;
      } else if (d != null && d.outcome() == Outcome.FP && d.level() == MatchLevel.AM) {
        amBlocks.computeIfAbsent(d.alleleBlock(), k -> new int[2])[1]++;
      }
    }
    final List<VcfevalStatus> truth = new ArrayList<>(run.truth().size());
    for (Judged j : run.truth()) {
      truth.add(truthStatus(j, bed, contig, twoPass));
    }
    final List<VcfevalStatus> query = new ArrayList<>(run.query().size());
    final double[] weights = new double[run.query().size()];
    for (int i = 0; i < run.query().size(); i++) {
      final Judged j = run.query().get(i);
      final Decision d = j.decision();
      final VcfevalStatus s;
      if (d == null || d.outcome() == Outcome.NOT_VARIANT) {
        s = VcfevalStatus.IGN;
      } else if (d.outcome() == Outcome.TOO_COMPLEX) {
        s = VcfevalStatus.HARD;
      } else if (d.outcome() == Outcome.TP) {
        final int[] c = gmBlocks.get(d.block());
        weights[i] = (double) c[0] / c[1];
        s = weights[i] > 0 ? VcfevalStatus.TP : VcfevalStatus.OUT;
      } else if (d.outcome() == Outcome.FP && twoPass && d.level() == MatchLevel.AM) {
        final int[] c = amBlocks.get(d.alleleBlock());
        weights[i] = (double) c[0] / c[1];
        s = weights[i] > 0 ? VcfevalStatus.FP_CA : VcfevalStatus.OUT;
      } else if (d.outcome() == Outcome.FP) {
        s = inside(bed, contig, j.record().variant()) ? VcfevalStatus.FP : VcfevalStatus.OUT;
      } else {
        throw new IllegalStateException("query record " + j.describe() + " has truth-only outcome " + d.outcome());
      }
      query.add(s);
    }
    return new Statuses(truth, query, weights);
  }

  private static VcfevalStatus truthStatus(Judged j, RegionSet bed, String contig, boolean twoPass) {
    final Decision d = j.decision();
    if (d == null || d.outcome() == Outcome.NOT_VARIANT) {
      return VcfevalStatus.IGN;
    }
    if (d.outcome() == Outcome.TOO_COMPLEX) {
      return VcfevalStatus.HARD;
    }
    if (!inside(bed, contig, j.record().variant())) {
      return VcfevalStatus.OUT;
    }
    return switch (d.outcome()) {
      case TP -> VcfevalStatus.TP;
      case FN -> twoPass && d.level() == MatchLevel.AM ? VcfevalStatus.FN_CA : VcfevalStatus.FN;
      default -> throw new IllegalStateException("truth record " + j.describe() + " has query-only outcome "
          + d.outcome());
    };
  }

  /** vcfeval's evaluation-region test: {@code [replayStart, end)} overlaps the BED; true without a BED. */
  public static boolean inside(RegionSet bed, String contig, Variant v) {
    return bed == null || bed.overlaps(contig, v.replayStart(), v.end());
  }

  /** Summary counts over contigs, as vcfeval's summary.txt {@code None} row. */
  public static VcfevalCounts count(List<ContigRun> runs, RegionSet bed, boolean twoPass) {
    long tpb = 0;
    long fn = 0;
    long tpc = 0;
    long fp = 0;
    for (ContigRun run : runs) {
      final Statuses s = classify(run, bed, twoPass);
      for (VcfevalStatus t : s.truth()) {
        tpb += t == VcfevalStatus.TP ? 1 : 0;
        fn += t == VcfevalStatus.FN || t == VcfevalStatus.FN_CA ? 1 : 0;
      }
      for (VcfevalStatus q : s.query()) {
        tpc += q == VcfevalStatus.TP ? 1 : 0;
        fp += q == VcfevalStatus.FP || q == VcfevalStatus.FP_CA ? 1 : 0;
      }
    }
    return new VcfevalCounts(tpb, tpc, fp, fn);
  }
}
