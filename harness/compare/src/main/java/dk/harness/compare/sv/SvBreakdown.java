package dk.harness.compare.sv;

import dk.harness.core.RegionSet;
import dk.harness.core.sv.SvOutcome;
import dk.harness.core.sv.SvType;
import dk.harness.core.sv.SvVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Counts by SV type (DEL, INS, DUP, INV, BND, then any other) and size bin (50-99, 100-299, 300-999, 1000-4999,
 * 5000-50000, >50000 bp; &lt;50 for smaller calls that took part; breakends have no size and appear only under ALL),
 * each call by its own type and size: truth calls give TP-base/FN, query calls TP-comp/FP. A TP's genotype agrees
 * with its partner's when Truvari's GTMatch is 0 (as summary.json counts {@code TP-base_TP-gt} and
 * {@code TP-comp_TP-gt}).
 */
final class SvBreakdown {
  static final List<String> BINS = List.of("<50", "50-99", "100-299", "300-999", "1000-4999", "5000-50000",
      ">50000");

  /**
   * One row: counts and ratios (null when the denominator is 0). {@code tpBaseGt}/{@code tpCompGt} are the TPs whose
   * genotype matches; the rest of the TPs have another genotype.
   */
  record Row(String stratum, String type, String sizeBin, int tpBase, int fn, int tpComp, int fp, int tpBaseGt,
      int tpCompGt) {
    int truthTotal() {
      return tpBase + fn;
    }

    int queryTotal() {
      return tpComp + fp;
    }

    Double recall() {
      return truthTotal() == 0 ? null : tpBase / (double) truthTotal();
    }

    Double precision() {
      return queryTotal() == 0 ? null : tpComp / (double) queryTotal();
    }

    Double f1() {
      final Double r = recall();
      final Double p = precision();
      return r == null || p == null || r + p == 0 ? null : 2 * r * p / (r + p);
    }

    /** Truvari's gt_concordance on this row: TP-comp with a matching genotype of all TP-comp; null without TPs. */
    Double gtConcordance() {
      return tpComp == 0 ? null : tpCompGt / (double) tpComp;
    }
  }

  private SvBreakdown() {
  }

  static String sizeBin(SvVariant v) {
    final int s = v.size();
    if (s < 50) {
      return "<50";
    }
    if (s < 100) {
      return "50-99";
    }
    if (s < 300) {
      return "100-299";
    }
    if (s < 1000) {
      return "300-999";
    }
    if (s < 5000) {
      return "1000-4999";
    }
    return s <= 50_000 ? "5000-50000" : ">50000";
  }

  /** Rows by type x size bin for the calls {@code inStratum} accepts, including ALL rows; empty rows left out. */
  static List<Row> rows(String stratum, List<SvOutcome> outcomes, Predicate<SvVariant> inStratum) {
    final List<String> types = new ArrayList<>(List.of("ALL", "DEL", "INS", "DUP", "INV", "BND"));
    for (SvOutcome o : outcomes) {
      if (!types.contains(o.variant().type().name())) {
        types.add(o.variant().type().name());
      }
    }
    final Map<String, int[]> counts = new LinkedHashMap<>();
    for (String t : types) {
      for (String b : concat("ALL", BINS)) {
        counts.put(t + "|" + b, new int[6]);
      }
    }
    for (SvOutcome o : outcomes) {
      final SvVariant v = o.variant();
      if (!inStratum.test(v)) {
        continue;
      }
      final int slot = o.truthSide() ? (o.verdict() == SvOutcome.Verdict.TP ? 0 : 1)
          : (o.verdict() == SvOutcome.Verdict.TP ? 2 : 3);
      // Slots 4 and 5: TP-base and TP-comp whose genotype matches (summary.json's TP-*_TP-gt).
      final int gtSlot = o.verdict() == SvOutcome.Verdict.TP && o.match().gtMatch() != null
          && o.match().gtMatch() == 0 ? (o.truthSide() ? 4 : 5) : -1;
      final String bin = v.type() == SvType.BND ? null : sizeBin(v);
      for (String t : List.of("ALL", v.type().name())) {
        final List<int[]> cells = new ArrayList<>(List.of(counts.get(t + "|ALL")));
        if (bin != null) {
          cells.add(counts.get(t + "|" + bin));
        }
        for (int[] c : cells) {
          c[slot]++;
          if (gtSlot >= 0) {
            c[gtSlot]++;
          }
        }
      }
    }
    final List<Row> rows = new ArrayList<>();
    counts.forEach((k, c) -> {
      final String[] tb = k.split("\\|", 2);
      if (c[0] + c[1] + c[2] + c[3] > 0 || (tb[0].equals("ALL") && tb[1].equals("ALL"))) {
        rows.add(new Row(stratum, tb[0], tb[1], c[0], c[1], c[2], c[3], c[4], c[5]));
      }
    });
    return rows;
  }

  /** Is the call's span (an insertion: its anchor base) overlapping the stratum? */
  static Predicate<SvVariant> overlapping(RegionSet regions) {
    return v -> regions.overlaps(v.contig(), v.start(), Math.max(v.end(), v.start() + 1));
  }

  private static List<String> concat(String first, List<String> rest) {
    final List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
