package dk.harness.bench.data;

import dk.harness.bench.data.SyntheticStrata.Intervals;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strata of a {@link GiabSizedStrata} set that follow from one contig's sequence alone, modelled on the GIAB
 * v3.x LowComplexity, GCcontent and gap stratifications: homopolymers by length and base, imperfect homopolymers,
 * tandem repeats by unit size, motif and length, all tandem repeats by size, GC content of 100 bp windows in
 * GIAB's bins, and N gaps. Intervals are 0-based half-open, sorted and merged ({@code [s0, e0, s1, e1, ...]}). A pure
 * function of the bases, so identical contigs (the tiles of the bench genome) give identical strata.
 */
final class GiabSequenceStrata {
  static final int SLOP = 5;
  private static final int GC_WINDOW = 100;
  private static final int GC_SLOP = 50;
  private static final int GAP_SLOP = 15_000;

  /**
   * Homopolymer length classes: inclusive lower bounds, names. GIAB's 4-6 bp class is left out: on the bench
   * genome it alone would be 33 M intervals (530 thousand a tile), above the set's intended size.
   */
  private static final int[] HP_MIN = {7, 12, 21};
  private static final String[] HP_NAME = {"7to11", "12to20", "ge21"};
  private static final String BASES = "ACGT";
  /** GC-content bins of 100 bp windows (percent, inclusive lower bounds), as GIAB's. */
  private static final int[] GC_BIN_MIN = {0, 15, 20, 25, 30, 55, 60, 65, 70, 75, 80};
  private static final String[] GC_BIN_NAME = {"gclt15", "gc15to20", "gc20to25", "gc25to30", "gc30to55",
      "gc55to60", "gc60to65", "gc65to70", "gc70to75", "gc75to80", "gcge80"};

  /** Tandem-repeat length bins (span before slop): lower bounds and names, per unit size 2..6. */
  private static final int[][] TR_BIN_MIN = {{}, {}, {0, 50}, {0, 50}, {0, 50}, {0, 50}, {0, 50}};
  private static final String[][] TR_BIN_NAME = {{}, {}, {"lt50", "ge50"}, {"lt50", "ge50"}, {"lt50", "ge50"},
      {"lt50", "ge50"}, {"lt50", "ge50"}};
  private static final String[] TR_UNIT = {"", "", "diTR", "triTR", "quadTR", "pentaTR", "hexaTR"};
  /** Dinucleotide motif classes (a unit, its rotation and their reverse complements). */
  private static final String[] DI_CLASS = {"AC", "AG", "AT", "CG"};

  private GiabSequenceStrata() {
  }

  /**
   * @param seq the contig's upper-case bases
   * @return family/name to intervals, always the same keys in the same order
   */
  static Map<String, int[]> compute(byte[] seq) {
    final int n = seq.length;
    final Map<String, int[]> out = new LinkedHashMap<>();

    // ---- homopolymers: all bases, per base, A/T and G/C; then imperfect ones (runs of one base broken by one
    // other base) --------------------------------------------------------------------------------------------
    final Intervals[][] hp = new Intervals[HP_MIN.length][5];
    for (Intervals[] row : hp) {
      for (int k = 0; k < row.length; k++) {
        row[k] = new Intervals();
      }
    }
    final Intervals hpGe7 = new Intervals();
    final Intervals imperfect11 = new Intervals();
    final Intervals imperfect21 = new Intervals();
    int chainStart = -1;
    int chainEnd = -1;
    byte chainBase = 0;
    int chainRuns = 0;
    for (int i = 0; i < n; ) {
      int j = i + 1;
      final byte b = seq[i];
      while (j < n && seq[j] == b) {
        j++;
      }
      if (b == 'N') {
        closeChain(chainStart, chainEnd, chainRuns, n, imperfect11, imperfect21);
        i = j;
        chainRuns = 0;
        continue;
      }
      final int len = j - i;
      final int s = Math.max(0, i - SLOP);
      final int e = Math.min(n, j + SLOP);
      if (len >= HP_MIN[0]) {
        int c = HP_MIN.length - 1;
        while (len < HP_MIN[c]) {
          c--;
        }
        final int base = BASES.indexOf(b);
        hp[c][0].add(s, e);
        if (base >= 0) {
          hp[c][1 + base].add(s, e);
        }
        hpGe7.add(s, e);
      }
      if (len >= 2 && chainRuns > 0 && b == chainBase && i == chainEnd + 1) {
        chainEnd = j;
        chainRuns++;
      } else if (len == 1 && chainRuns > 0 && i == chainEnd) {
        // the one base that may break the chain: decided by the next run
      } else {
        closeChain(chainStart, chainEnd, chainRuns, n, imperfect11, imperfect21);
        chainStart = i;
        chainEnd = j;
        chainBase = b;
        chainRuns = len >= 2 ? 1 : 0;
      }
      i = j;
    }
    closeChain(chainStart, chainEnd, chainRuns, n, imperfect11, imperfect21);
    for (int c = 0; c < HP_MIN.length; c++) {
      final String stem = "LowComplexity/SimpleRepeat_homopolymer_" + HP_NAME[c];
      out.put(stem + "_slop5", hp[c][0].toArray());
      for (int k = 0; k < 4; k++) {
        out.put(stem + "_" + BASES.charAt(k) + "_slop5", hp[c][1 + k].toArray());
      }
    }
    out.put("LowComplexity/SimpleRepeat_imperfecthomopol_ge11_slop5", imperfect11.toArray());
    out.put("LowComplexity/SimpleRepeat_imperfecthomopol_ge21_slop5", imperfect21.toArray());
    out.put("LowComplexity/AllHomopolymers_ge7bp_slop5", hpGe7.toArray());

    // ---- tandem repeats of units 2..6 -------------------------------------------------------------------------
    int[] allTr = new int[0];
    for (int p = 2; p <= 6; p++) {
      final Intervals[] bins = new Intervals[TR_BIN_MIN[p].length];
      final Intervals[] di = new Intervals[DI_CLASS.length * 2];
      for (int k = 0; k < bins.length; k++) {
        bins[k] = new Intervals();
      }
      for (int k = 0; k < di.length; k++) {
        di[k] = new Intervals();
      }
      final Intervals all = new Intervals();
      final int minLength = Math.max(10, 3 * p);
      int i = 0;
      while (i + p < n) {
        int j = i;
        while (j + p < n && seq[j] == seq[j + p] && seq[j] != 'N') {
          j++;
        }
        final int span = j - i + p;
        if (j > i && span >= minLength && primitive(seq, i, p)) {
          final int s = Math.max(0, i - SLOP);
          final int e = Math.min(n, i + span + SLOP);
          int k = bins.length - 1;
          while (span < TR_BIN_MIN[p][k]) {
            k--;
          }
          bins[k].add(s, e);
          all.add(s, e);
          if (p == 2) {
            final int cls = diClass(seq[i], seq[i + 1]);
            if (cls >= 0 && (cls != 3 || span < 50)) {
              di[cls * 2 + (span < 50 ? 0 : 1)].add(s, e);
            }
          }
        }
        i = Math.max(i + 1, j);
      }
      for (int k = 0; k < bins.length; k++) {
        out.put("LowComplexity/SimpleRepeat_" + TR_UNIT[p] + "_" + TR_BIN_NAME[p][k] + "_slop5", bins[k].toArray());
      }
      if (p == 2) {
        for (int c = 0; c < DI_CLASS.length; c++) {
          out.put("LowComplexity/SimpleRepeat_diTR_" + DI_CLASS[c] + "_lt50_slop5", di[c * 2].toArray());
          if (c != 3) { // CG repeats of 50 bp and more are too rare to fill a stratum
            out.put("LowComplexity/SimpleRepeat_diTR_" + DI_CLASS[c] + "_ge50_slop5", di[c * 2 + 1].toArray());
          }
        }
      }
      allTr = SyntheticStrata.union(allTr, all.toArray());
    }
    // GIAB's AllTandemRepeats leave homopolymers out, AllTandemRepeatsandHomopolymers adds those over 6 bp
    final int[][] sized = bySize(allTr, 51);
    out.put("LowComplexity/AllTandemRepeats_lt51bp_slop5", sized[0]);
    out.put("LowComplexity/AllTandemRepeats_ge51bp_slop5", sized[1]);
    final int[] lowComplexity = SyntheticStrata.union(allTr, hpGe7.toArray());
    out.put("LowComplexity/AllTandemRepeatsandHomopolymers_slop5", lowComplexity);
    out.put("LowComplexity/notinAllTandemRepeatsandHomopolymers_slop5", SyntheticStrata.complement(lowComplexity, n));

    // ---- GC content of 100 bp windows (windows of mostly N left out), slop 50, in GIAB's bins -------------------
    final Intervals[] gc = new Intervals[GC_BIN_MIN.length];
    for (int k = 0; k < gc.length; k++) {
      gc[k] = new Intervals();
    }
    final Intervals gcExtreme = new Intervals();
    final Intervals gcOutside = new Intervals();
    for (int w = 0; w + GC_WINDOW <= n; w += GC_WINDOW) {
      int g = 0;
      int acgt = 0;
      for (int i = w; i < w + GC_WINDOW; i++) {
        final byte b = seq[i];
        if (b == 'G' || b == 'C') {
          g++;
          acgt++;
        } else if (b == 'A' || b == 'T') {
          acgt++;
        }
      }
      if (acgt < GC_WINDOW / 2) {
        continue;
      }
      final int pct = 100 * g / acgt;
      int bin = GC_BIN_MIN.length - 1;
      while (pct < GC_BIN_MIN[bin]) {
        bin--;
      }
      final int s = Math.max(0, w - GC_SLOP);
      final int e = Math.min(n, w + GC_WINDOW + GC_SLOP);
      gc[bin].add(s, e);
      if (pct < 25 || pct >= 65) {
        gcExtreme.add(s, e);
      }
      if (pct < 30 || pct >= 55) {
        gcOutside.add(s, e);
      }
    }
    for (int k = 0; k < gc.length; k++) {
      out.put("GCcontent/" + GC_BIN_NAME[k] + "_slop50", gc[k].toArray());
    }
    out.put("GCcontent/gclt25orge65_slop50", gcExtreme.toArray());
    out.put("GCcontent/gclt30orge55_slop50", gcOutside.toArray());

    // ---- N gaps -----------------------------------------------------------------------------------------------
    final Intervals gaps = new Intervals();
    for (int i = 0; i < n; ) {
      if (seq[i] != 'N') {
        i++;
        continue;
      }
      int j = i;
      while (j < n && seq[j] == 'N') {
        j++;
      }
      if (j - i >= 10) {
        gaps.add(Math.max(0, i - GAP_SLOP), Math.min(n, j + GAP_SLOP));
      }
      i = j;
    }
    out.put("OtherDifficult/gaps_slop15kb", gaps.toArray());
    return out;
  }

  /** Adds a chain of one base's runs, each broken by one other base, if it has two runs and spans 11 or more. */
  private static void closeChain(int start, int end, int runs, int n, Intervals ge11, Intervals ge21) {
    if (runs < 2 || end - start < 11) {
      return;
    }
    final int s = Math.max(0, start - SLOP);
    final int e = Math.min(n, end + SLOP);
    ge11.add(s, e);
    if (end - start >= 21) {
      ge21.add(s, e);
    }
  }

  /** Whether the unit {@code seq[from, from + p)} has no smaller period (so ACAC is a diTR, not a quadTR). */
  private static boolean primitive(byte[] seq, int from, int p) {
    for (int d = 1; d < p; d++) {
      if (p % d != 0) {
        continue;
      }
      boolean periodic = true;
      for (int k = 0; k + d < p && periodic; k++) {
        periodic = seq[from + k] == seq[from + k + d];
      }
      if (periodic) {
        return false;
      }
    }
    return true;
  }

  /** The dinucleotide motif class of a unit (index into {@link #DI_CLASS}), or -1 for N. */
  private static int diClass(byte a, byte b) {
    final boolean aw = a == 'A' || a == 'T';
    final boolean bw = b == 'A' || b == 'T';
    if (BASES.indexOf(a) < 0 || BASES.indexOf(b) < 0) {
      return -1;
    }
    if (aw && bw) {
      return 2;
    }
    if (!aw && !bw) {
      return 3;
    }
    // one weak, one strong base: AC/CA/GT/TG or AG/GA/CT/TC
    final byte weak = aw ? a : b;
    final byte strong = aw ? b : a;
    return (weak == 'A') == (strong == 'C') ? 0 : 1;
  }

  /** Merged intervals split by length: below {@code a}, and {@code a} and above. */
  static int[][] bySize(int[] merged, int a) {
    final Intervals[] out = {new Intervals(), new Intervals()};
    for (int i = 0; i < merged.length; i += 2) {
      out[merged[i + 1] - merged[i] < a ? 0 : 1].add(merged[i], merged[i + 1]);
    }
    return new int[][] {out[0].toArray(), out[1].toArray()};
  }
}
