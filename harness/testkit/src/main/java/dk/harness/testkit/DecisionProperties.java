package dk.harness.testkit;

import dk.harness.core.Decision;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Properties every comparison must have, checked on our decisions (no oracle needed). Each check returns the
 * violations as readable lines (empty = holds). Stateless.
 */
public final class DecisionProperties {
  private DecisionProperties() {
  }

  /**
   * A file compared with itself: every variant record is TP on both sides and every non-variant record is
   * NOT_VARIANT. Exception: a variant record whose REF span overlaps another variant record of the same file may
   * be impossible to place on a haplotype together with it (vcfeval's overlap rule), so for those only the mirror
   * holds (truth TP iff query TP, truth FN iff query FP, both TOO_COMPLEX together). Records the engine declares
   * unsupported (ploidy above 2, an allele longer than {@code maxAlleleLength}) must be TOO_COMPLEX on both sides.
   * A record inside a too-complex region the engine reports may be TOO_COMPLEX on both sides: the search bound
   * (vcfeval's 50,000 open paths) applies to identical inputs too, e.g. to a dozen overlapping unphased hets.
   *
   * @param runs a run of one side against itself (truth record i and query record i are the same record)
   * @param maxAlleleLength the engine's {@code ComparisonConfig.maxAlleleLength()}
   */
  public static List<String> selfComparison(List<ContigRun> runs, int maxAlleleLength) {
    final List<String> out = new ArrayList<>();
    for (ContigRun run : runs) {
      if (run.truth().size() != run.query().size()) {
        out.add(run.contig() + ": " + run.truth().size() + " truth vs " + run.query().size() + " query records");
        continue;
      }
      final boolean[] overlapping = overlapsAnotherVariant(run.truth());
      for (int i = 0; i < run.truth().size(); i++) {
        final Judged t = run.truth().get(i);
        final Judged q = run.query().get(i);
        if (t.decision() == null || q.decision() == null) {
          if (t.decision() != q.decision()) {
            out.add("self " + t.describe() + ": compared on one side only");
          }
          continue;
        }
        final Outcome to = t.decision().outcome();
        final Outcome qo = q.decision().outcome();
        if (!t.record().variant().isVariant()) {
          if (to != Outcome.NOT_VARIANT || qo != Outcome.NOT_VARIANT) {
            out.add("self " + t.describe() + ": not a variant but truth=" + to + " query=" + qo);
          }
        } else if (unsupported(t.record().variant(), maxAlleleLength)) {
          if (to != Outcome.TOO_COMPLEX || qo != Outcome.TOO_COMPLEX) {
            out.add("self " + t.describe() + ": unsupported record but truth=" + to + " query=" + qo
                + " (want TOO_COMPLEX on both sides)");
          }
        } else if (to == Outcome.TOO_COMPLEX && qo == Outcome.TOO_COMPLEX
            && inReportedRegion(run, t.record().variant())) {
          continue;
        } else if (overlapping[i]) {
          if (mirror(to) != qo) {
            out.add("self " + t.describe() + " (overlaps another record): truth=" + to + " query=" + qo
                + " are not mirrored");
          }
        } else if (to != Outcome.TP || qo != Outcome.TP) {
          out.add("self " + t.describe() + ": truth=" + t.decision() + " query=" + q.decision() + " (want TP/TP)");
        }
      }
    }
    return out;
  }

  /**
   * The outcome of the swap check.
   *
   * @param violations records whose mirrored decision differs and whose region does not balance (a real asymmetry)
   * @param ties records whose mirrored decision differs inside a region where both runs match the same number of
   *     records per side: an equally good alternative was chosen (vcfeval breaks such ties by baseline allele order,
   *     {@code MaxSumBoth}, so it is not symmetric either)
   */
  public record SwapCheck(List<String> violations, List<String> ties) {
  }

  /**
   * Swapping truth and query: the swapped run's truth decisions are the original query decisions and vice
   * versa, with TP kept and FP/FN exchanged (so TRUTH.TP and QUERY.TP swap, and FP and FN swap).
   *
   * <p>Record-level equality is required except for ties: records are grouped into regions (connected through
   * the match blocks of either run), and a region may differ record by record only if, on each side, it has as
   * many TP in the swapped run as in the original. NOT_VARIANT, TOO_COMPLEX and filtered records must mirror
   * exactly.
   *
   * @param original run of (truth, query)
   * @param swapped run of (query, truth) over the same records and options
   */
  public static SwapCheck swap(List<ContigRun> original, List<ContigRun> swapped) {
    final List<String> violations = new ArrayList<>();
    final List<String> ties = new ArrayList<>();
    if (original.size() != swapped.size()) {
      violations.add(original.size() + " contigs vs " + swapped.size() + " after swapping");
      return new SwapCheck(violations, ties);
    }
    for (int c = 0; c < original.size(); c++) {
      swapContig(original.get(c), swapped.get(c), violations, ties);
    }
    return new SwapCheck(violations, ties);
  }

  private static void swapContig(ContigRun o, ContigRun s, List<String> violations, List<String> ties) {
    final int nt = o.truth().size();
    final int nq = o.query().size();
    if (s.truth().size() != nq || s.query().size() != nt) {
      violations.add(o.contig() + ": record counts differ after swapping");
      return;
    }
    // Node k < nt: original truth record k (swapped query k); node nt + j: original query j (swapped truth j).
    final int[] parent = new int[nt + nq];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    final java.util.Map<Integer, Integer> firstOfBlock = new java.util.HashMap<>();
    final java.util.Map<Integer, Integer> firstOfSwappedBlock = new java.util.HashMap<>();
    for (int k = 0; k < nt + nq; k++) {
      final Decision od = k < nt ? o.truth().get(k).decision() : o.query().get(k - nt).decision();
      final Decision sd = k < nt ? s.query().get(k).decision() : s.truth().get(k - nt).decision();
      if (od != null && od.block() >= 0) {
        final Integer first = firstOfBlock.putIfAbsent(od.block(), k);
        if (first != null) {
          union(parent, k, first);
        }
      }
      if (sd != null && sd.block() >= 0) {
        final Integer first = firstOfSwappedBlock.putIfAbsent(sd.block(), k);
        if (first != null) {
          union(parent, k, first);
        }
      }
    }
    // Per region and side: TP balance between the runs, and whether any record differs.
    final java.util.Map<Integer, int[]> balance = new java.util.HashMap<>();
    final List<Integer> differing = new ArrayList<>();
    for (int k = 0; k < nt + nq; k++) {
      final Judged rec = k < nt ? o.truth().get(k) : o.query().get(k - nt);
      final Decision od = rec.decision();
      final Decision sd = k < nt ? s.query().get(k).decision() : s.truth().get(k - nt).decision();
      final String what = (k < nt ? "truth->query " : "query->truth ") + rec.describe();
      if (od == null || sd == null) {
        if (od != sd) {
          violations.add("swap " + what + ": compared in one run only");
        }
        continue;
      }
      final int[] b = balance.computeIfAbsent(find(parent, k), r -> new int[2]);
      final int side = k < nt ? 0 : 1;
      b[side] += (od.outcome() == Outcome.TP ? 1 : 0) - (sd.outcome() == Outcome.TP ? 1 : 0);
      if (mirror(od.outcome()) != sd.outcome()) {
        final boolean matchKind = isMatchOutcome(od.outcome()) && isMatchOutcome(sd.outcome());
        if (!matchKind) {
          violations.add("swap " + what + ": " + od + " became " + sd);
        } else {
          differing.add(k);
        }
      }
    }
    for (int k : differing) {
      final Judged rec = k < nt ? o.truth().get(k) : o.query().get(k - nt);
      final Decision sd = k < nt ? s.query().get(k).decision() : s.truth().get(k - nt).decision();
      final int[] b = balance.get(find(parent, k));
      final String line = "swap " + (k < nt ? "truth->query " : "query->truth ") + rec.describe() + ": "
          + rec.decision() + " became " + sd;
      if (b[0] == 0 && b[1] == 0) {
        ties.add(line);
      } else {
        violations.add(line + " (region unbalanced: TP change truth " + b[0] + ", query " + b[1] + ")");
      }
    }
  }

  private static boolean isMatchOutcome(Outcome o) {
    return o == Outcome.TP || o == Outcome.FP || o == Outcome.FN;
  }

  private static int find(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  /**
   * Two runs of the same comparison give identical decisions (outcome, level, blocks) and too-complex regions.
   */
  public static List<String> identical(List<ContigRun> first, List<ContigRun> second) {
    final List<String> out = new ArrayList<>();
    if (first.size() != second.size()) {
      out.add(first.size() + " vs " + second.size() + " contigs");
      return out;
    }
    for (int c = 0; c < first.size(); c++) {
      final ContigRun a = first.get(c);
      final ContigRun b = second.get(c);
      sameDecisions(out, "truth", a.truth(), b.truth());
      sameDecisions(out, "query", a.query(), b.query());
      if (!a.tooComplex().equals(b.tooComplex())) {
        out.add(a.contig() + ": too-complex regions differ: " + a.tooComplex() + " vs " + b.tooComplex());
      }
    }
    return out;
  }

  private static void sameDecisions(List<String> out, String side, List<Judged> a, List<Judged> b) {
    if (a.size() != b.size()) {
      out.add(side + ": " + a.size() + " vs " + b.size() + " records");
      return;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Objects.equals(a.get(i).decision(), b.get(i).decision())) {
        out.add("rerun " + side + " " + a.get(i).describe() + ": " + a.get(i).decision() + " then "
            + b.get(i).decision());
      }
    }
  }

  private static boolean inReportedRegion(ContigRun run, Variant v) {
    for (dk.harness.core.TooComplexRegion r : run.tooComplex()) {
      if (v.start() < r.end() && v.end() > r.start()) {
        return true;
      }
    }
    return false;
  }

  /** Records the engine does not search: ploidy above 2 or an allele longer than the configured bound. */
  static boolean unsupported(Variant v, int maxAlleleLength) {
    if (v.ploidy() > 2) {
      return true;
    }
    for (int a = 0; a < v.alleleCount(); a++) {
      if (v.allele(a) != null && v.allele(a).length > maxAlleleLength) {
        return true;
      }
    }
    return false;
  }

  /** TP stays TP, FP and FN exchange, the rest stay. */
  public static Outcome mirror(Outcome o) {
    return switch (o) {
      case FP -> Outcome.FN;
      case FN -> Outcome.FP;
      default -> o;
    };
  }

  // Variant records whose REF span overlaps that of another compared variant record (input sorted by start).
  private static boolean[] overlapsAnotherVariant(List<Judged> records) {
    final int n = records.size();
    final boolean[] out = new boolean[n];
    // prefixMaxEnd[j] = largest end among counted records 0..j, so a backward scan can stop early.
    final int[] prefixMaxEnd = new int[n];
    int maxEnd = -1;
    for (int i = 0; i < n; i++) {
      final Variant v = records.get(i).record().variant();
      final boolean counted = v.isVariant() && records.get(i).decision() != null;
      if (counted) {
        for (int j = i - 1; j >= 0 && prefixMaxEnd[j] > v.start(); j--) {
          final Variant w = records.get(j).record().variant();
          if (w.isVariant() && records.get(j).decision() != null && w.end() > v.start()) {
            out[i] = true;
            out[j] = true;
          }
        }
        maxEnd = Math.max(maxEnd, v.end());
      }
      prefixMaxEnd[i] = maxEnd;
    }
    return out;
  }
}
