package dk.harness.bench.data;

import dk.harness.bench.data.SyntheticStrata.Intervals;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The strata of a {@link GiabSizedStrata} set that the sequence cannot give cheaply, made pseudo-randomly with a
 * fixed seed per contig and family (so adding a family changes no other): mappability, segmental duplications,
 * functional (gene, exon and CDS-like), other difficult regions, X/Y-like, ancestry-like and genome-specific
 * ones (the latter from the truth records' positions), then the unions and their complements, which also use
 * {@link GiabSequenceStrata}'s low-complexity and GC strata. Intervals as there; a pure function of its inputs.
 */
final class GiabRandomStrata {
  private static final long SEED = 0x6A1B5EEDL;
  private static final String[] ANCESTRY = {"AFR", "AMR", "EAS", "EUR", "SAS"};

  private GiabRandomStrata() {
  }

  /**
   * @param contig this contig's index in the reference (0-based) and {@code contigs} their number
   * @param n the contig's length
   * @param truthStarts 0-based starts of the truth records on it, sorted
   * @param sequence this contig's {@link GiabSequenceStrata}
   * @return family/name to intervals, always the same keys in the same order
   */
  static Map<String, int[]> compute(int contig, int contigs, int n, int[] truthStarts, Map<String, int[]> sequence) {
    final Map<String, int[]> out = new LinkedHashMap<>();

    // ---- mappability: three "non-unique k-mer" sets of different density, their union and its complement -----
    final int[] l100 = random(rnd(contig, 1), n, 9_000, 100, 20_000);
    final int[] l150 = random(rnd(contig, 2), n, 14_000, 150, 15_000);
    final int[] l250 = random(rnd(contig, 3), n, 20_000, 250, 10_000);
    out.put("Mappability/nonunique_l100_m2_e1", l100);
    out.put("Mappability/nonunique_l150_m1_e0", l150);
    out.put("Mappability/nonunique_l250_m0_e0", l250);
    // stricter variants of each (subsets: every other interval)
    out.put("Mappability/nonunique_l100_m0_e0", everyOther(l100, 0));
    out.put("Mappability/nonunique_l100_m1_e0", everyOther(l100, 1));
    out.put("Mappability/nonunique_l150_m2_e1", everyOther(l150, 0));
    out.put("Mappability/nonunique_l250_m1_e0", everyOther(l250, 0));
    out.put("Mappability/nonunique_l250_m2_e1", everyOther(l250, 1));

    // ---- segmental duplications and self chains --------------------------------------------------------------
    final int[] segdups = random(rnd(contig, 4), n, 150_000, 1_000, 300_000);
    final int[] chainSelf = random(rnd(contig, 5), n, 60_000, 500, 100_000);
    out.put("SegmentalDuplications/segdups", segdups);
    out.put("SegmentalDuplications/segdups_gt10kb", longer(segdups, 10_000));
    out.put("SegmentalDuplications/segdups_le10kb", shorter(segdups, 10_000));
    out.put("SegmentalDuplications/notinsegdups", SyntheticStrata.complement(segdups, n));
    out.put("SegmentalDuplications/chainSelf", chainSelf);
    out.put("SegmentalDuplications/chainSelf_gt10kb", longer(chainSelf, 10_000));
    out.put("SegmentalDuplications/notinchainSelf", SyntheticStrata.complement(chainSelf, n));
    out.put("SegmentalDuplications/segdups_gt5copies_gt10kb", everyOther(longer(segdups, 10_000), 1));
    out.put("SegmentalDuplications/chainSelf_gt10kb_ge99identity", everyOther(longer(chainSelf, 10_000), 0));
    final int[] lowmap = SyntheticStrata.union(SyntheticStrata.union(l100, l150), SyntheticStrata.union(l250,
        segdups));
    out.put("Mappability/lowmappabilityall", lowmap);
    out.put("Mappability/notinlowmappabilityall", SyntheticStrata.complement(lowmap, n));

    // ---- functional: genes of exons, their coding parts, promoters ---------------------------------------------
    final Intervals genes = new Intervals();
    final Intervals exons = new Intervals();
    final Intervals cds = new Intervals();
    final Intervals promoters = new Intervals();
    final Intervals utr5 = new Intervals();
    final Intervals utr3 = new Intervals();
    final SplittableRandom g = rnd(contig, 6);
    for (int pos = gap(g, 80_000); pos < n; pos += gap(g, 80_000)) {
      final int geneStart = pos;
      final int exonCount = 2 + g.nextInt(18);
      for (int x = 0; x < exonCount && pos < n; x++) {
        final int len = 50 + g.nextInt(350);
        exons.add(pos, Math.min(n, pos + len));
        // UTRs: the first exon's first and the last exon's last bases are not coding
        final int cs = x == 0 ? pos + len / 2 : pos;
        final int ce = x == exonCount - 1 ? pos + len / 2 : pos + len;
        cds.add(Math.min(n, cs), Math.min(n, ce));
        if (x == 0) {
          utr5.add(pos, Math.min(n, cs));
        }
        if (x == exonCount - 1) {
          utr3.add(Math.min(n, ce), Math.min(n, pos + len));
        }
        pos += len + 200 + gap(g, 4_000);
      }
      genes.add(geneStart, Math.min(n, pos));
      if (g.nextInt(20) == 0) {
        promoters.add(Math.max(0, geneStart - 1_000), geneStart);
      }
    }
    final int[] cdsArray = cds.toArray();
    final int[] exonArray = exons.toArray();
    out.put("Functional/genes", genes.toArray());
    out.put("Functional/exons", exonArray);
    out.put("Functional/refseq_cds", cdsArray);
    out.put("Functional/notinrefseq_cds", SyntheticStrata.complement(cdsArray, n));
    out.put("Functional/BadPromoters", promoters.toArray());
    out.put("Functional/notinexons", SyntheticStrata.complement(exonArray, n));
    out.put("Functional/utr5_like", utr5.toArray());
    out.put("Functional/utr3_like", utr3.toArray());
    out.put("Functional/ccds", everyOther(cdsArray, 0));
    out.put("Functional/gencode_cds_only", everyOther(cdsArray, 1));

    // ---- other difficult regions: fixed blocks on the first contigs, repeat-element-like sets, gaps ------------
    final int[] mhc = contig == 0 ? block(n, 28_500_000, 5_000_000) : new int[0];
    final int[] kir = contig == 1 % contigs ? block(n, 54_000_000 % Math.max(1, n - 200_000), 200_000) : new int[0];
    final int[] vdj = contig == 2 % contigs ? block(n, n / 3, 1_000_000) : new int[0];
    final int[] l1h = random(rnd(contig, 7), n, 30_000, 500, 6_000);
    final int[] satellites = random(rnd(contig, 8), n, 400_000, 2_000, 500_000);
    out.put("OtherDifficult/MHC", mhc);
    out.put("OtherDifficult/KIR", kir);
    out.put("OtherDifficult/VDJ", vdj);
    out.put("OtherDifficult/L1H_gt500", l1h);
    final int[] erv = random(rnd(contig, 13), n, 60_000, 300, 9_000);
    final int[] rdna = contig == 3 % contigs ? block(n, n / 5, 400_000) : new int[0];
    final int[] collapsed = random(rnd(contig, 14), n, 1_500_000, 5_000, 200_000);
    final int[] expanded = random(rnd(contig, 15), n, 1_500_000, 5_000, 200_000);
    out.put("OtherDifficult/satellites_slop5", satellites);
    out.put("OtherDifficult/ERV_gt500", erv);
    out.put("OtherDifficult/rDNA_like", rdna);
    out.put("OtherDifficult/collapsed_in_reference", collapsed);
    out.put("OtherDifficult/expanded_in_reference", expanded);
    out.put("OtherDifficult/false_duplications_like", random(rnd(contig, 16), n, 5_000_000, 10_000, 300_000));
    out.put("OtherDifficult/alt_contig_related_like", random(rnd(contig, 17), n, 2_000_000, 5_000, 500_000));
    out.put("OtherDifficult/CMRG_difficult_genes_like", random(rnd(contig, 18), n, 3_000_000, 5_000, 100_000));
    final int[] otherDifficult = unionAll(mhc, kir, vdj, l1h, satellites, rdna, collapsed, expanded,
        sequence.get("OtherDifficult/gaps_slop15kb"));
    out.put("OtherDifficult/allOtherDifficultregions", otherDifficult);

    // ---- X/Y-like: the second to last contig plays X, the last Y (one contig plays both) ----------------------
    final boolean x = contigs >= 2 ? contig == contigs - 2 : contig == 0;
    final boolean y = contig == contigs - 1;
    final int[] par = union(block(n, 0, 2_700_000), block(n, n - 330_000, 330_000));
    final int[] xtr = block(n, n / 2, 3_000_000);
    final int[] ampliconic = random(rnd(contig, 9), n, 2_000_000, 50_000, 1_000_000);
    out.put("XY/chrX_PAR", x ? par : new int[0]);
    out.put("XY/chrX_nonPAR", x ? SyntheticStrata.complement(par, n) : new int[0]);
    out.put("XY/chrX_XTR", x ? xtr : new int[0]);
    out.put("XY/chrX_ampliconic", x ? ampliconic : new int[0]);
    out.put("XY/chrY_PAR", y ? par : new int[0]);
    out.put("XY/chrY_nonPAR", y ? SyntheticStrata.complement(par, n) : new int[0]);
    out.put("XY/chrY_XTR", y ? xtr : new int[0]);
    out.put("XY/chrY_ampliconic", y ? ampliconic : new int[0]);

    // ---- ancestry-like: the contig cut into blocks of 100 kbp to 2 Mbp, each given one of five labels ---------
    final Intervals[] ancestry = new Intervals[ANCESTRY.length];
    for (int k = 0; k < ancestry.length; k++) {
      ancestry[k] = new Intervals();
    }
    final SplittableRandom a = rnd(contig, 10);
    for (int pos = 0; pos < n; ) {
      final int len = logUniform(a, 100_000, 2_000_000);
      ancestry[a.nextInt(ANCESTRY.length)].add(pos, Math.min(n, pos + len));
      pos += len;
    }
    for (int k = 0; k < ancestry.length; k++) {
      out.put("Ancestry/ancestry_" + ANCESTRY[k], ancestry[k].toArray());
    }

    // ---- genome-specific: for HG002 clustered truth variants (from the truth); for the seven GIAB genomes
    // CNV- and SV-like sets, their union with those and its complement ---------------------------------------------
    final Intervals complex = new Intervals();
    final Intervals dense = new Intervals();
    for (int i = 0; i < truthStarts.length; i++) {
      final boolean near = (i > 0 && truthStarts[i] - truthStarts[i - 1] <= 10)
          || (i + 1 < truthStarts.length && truthStarts[i + 1] - truthStarts[i] <= 10);
      if (near) {
        complex.add(Math.max(0, truthStarts[i] - 10), Math.min(n, truthStarts[i] + 11));
      }
      if (i + 2 < truthStarts.length && truthStarts[i + 2] - truthStarts[i] < 100) {
        dense.add(Math.max(0, truthStarts[i] - 50), Math.min(n, truthStarts[i + 2] + 51));
      }
    }
    final int[] complexArray = complex.toArray();
    out.put("GenomeSpecific/HG002_complexvar", complexArray);
    out.put("GenomeSpecific/HG002_snv_dense_3in100", dense.toArray());
    for (int sample = 1; sample <= 7; sample++) {
      final String hg = "GenomeSpecific/HG00" + sample;
      final int[] svs = random(rnd(contig, 100 + sample), n, 40_000, 100, 10_000);
      final int[] cnvs = random(rnd(contig, 200 + sample), n, 3_000_000, 20_000, 1_000_000);
      final int[] complexAndSvs = unionAll(sample == 2 ? complexArray : new int[0], svs, cnvs);
      out.put(hg + "_SVs_like", svs);
      out.put(hg + "_CNVs_like", cnvs);
      out.put(hg + "_complexandSVs", complexAndSvs);
      out.put(hg.replace("/", "/notin") + "_complexandSVs", SyntheticStrata.complement(complexAndSvs, n));
      out.put(hg + "_LOH_like", random(rnd(contig, 300 + sample), n, 4_000_000, 100_000, 3_000_000));
    }

    // ---- unions ------------------------------------------------------------------------------------------------
    final int[] lowmapSegdup = union(lowmap, chainSelf);
    final int[] allDifficult = unionAll(lowmapSegdup, otherDifficult,
        sequence.get("LowComplexity/AllTandemRepeatsandHomopolymers_slop5"),
        sequence.get("GCcontent/gclt25orge65_slop50"), x || y ? xtr : new int[0], x || y ? ampliconic : new int[0]);
    out.put("Union/alllowmapandsegdupregions", lowmapSegdup);
    out.put("Union/notinalllowmapandsegdupregions", SyntheticStrata.complement(lowmapSegdup, n));
    out.put("Union/alldifficultregions", allDifficult);
    out.put("Union/notinalldifficultregions", SyntheticStrata.complement(allDifficult, n));
    return out;
  }

  /** This contig's generator for one family. */
  private static SplittableRandom rnd(int contig, int family) {
    return new SplittableRandom(SEED + 1_000_003L * contig + 7_919L * family);
  }

  /** Intervals with exponential gaps of mean {@code meanGap} and log-uniform lengths. */
  private static int[] random(SplittableRandom r, int n, int meanGap, int minLength, int maxLength) {
    final Intervals out = new Intervals();
    for (long pos = gap(r, meanGap); pos < n; ) {
      final int len = logUniform(r, minLength, maxLength);
      out.add((int) pos, (int) Math.min(n, pos + len));
      pos += len + 1 + gap(r, meanGap);
    }
    return out.toArray();
  }

  private static int gap(SplittableRandom r, int mean) {
    return (int) Math.min(Integer.MAX_VALUE / 4, -mean * Math.log(1 - r.nextDouble()));
  }

  private static int logUniform(SplittableRandom r, int min, int max) {
    return (int) Math.exp(Math.log(min) + r.nextDouble() * (Math.log(max) - Math.log(min)));
  }

  /** {@code [start, start + length)} clipped to the contig, or nothing if it starts past the end. */
  private static int[] block(int n, int start, int length) {
    final int s = Math.max(0, start);
    final int e = Math.min(n, s + length);
    return e > s ? new int[] {s, e} : new int[0];
  }

  private static int[] shorter(int[] merged, int max) {
    final Intervals out = new Intervals();
    for (int i = 0; i < merged.length; i += 2) {
      if (merged[i + 1] - merged[i] <= max) {
        out.add(merged[i], merged[i + 1]);
      }
    }
    return out.toArray();
  }

  private static int[] longer(int[] merged, int min) {
    final Intervals out = new Intervals();
    for (int i = 0; i < merged.length; i += 2) {
      if (merged[i + 1] - merged[i] > min) {
        out.add(merged[i], merged[i + 1]);
      }
    }
    return out.toArray();
  }

  /** Every other interval of a merged set, from the first ({@code from} 0) or the second (1). */
  private static int[] everyOther(int[] merged, int from) {
    final Intervals out = new Intervals();
    for (int i = 2 * from; i < merged.length; i += 4) {
      out.add(merged[i], merged[i + 1]);
    }
    return out.toArray();
  }

  private static int[] union(int[] a, int[] b) {
    return SyntheticStrata.union(a, b);
  }

  private static int[] unionAll(int[]... sets) {
    int[] out = new int[0];
    for (int[] s : sets) {
      out = SyntheticStrata.union(out, s);
    }
    return out;
  }
}
