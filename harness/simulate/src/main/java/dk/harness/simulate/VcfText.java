package dk.harness.simulate;

import java.util.ArrayList;
import java.util.List;

/** Header and record text of the simulated VCFs. Stateless. */
final class VcfText {
  private VcfText() {
  }

  /** Header of a truth VCF. */
  static List<String> truthHeader(SimulationConfig config, String sample) {
    final List<String> h = new ArrayList<>();
    h.add("##fileformat=VCFv4.2");
    h.add("##FILTER=<ID=PASS,Description=\"All filters passed\">");
    h.add("##INFO=<ID=SIMTYPE,Number=1,Type=String,Description=\"Simulated variant class: SNV, MNP, INSERTION, "
        + "DELETION or COMPLEX\">");
    h.add("##INFO=<ID=SIMCTX,Number=1,Type=String,Description=\"Sequence context the variant was placed in: "
        + "HOMOPOLYMER, TANDEM_REPEAT or NONE\">");
    formatLines(h, false);
    contigLines(h, config);
    h.add("##source=harness simulate (seed " + config.seed() + "): simulated truth set of " + sample);
    h.add(chromLine(sample));
    return h;
  }

  /** Header of a unit's query VCF. */
  static List<String> queryHeader(SimulationConfig config, UnitProfile unit, String sample) {
    final ErrorProfile.Filtering filtering = ErrorProfile.of(unit).filtering();
    final List<String> h = new ArrayList<>();
    h.add("##fileformat=VCFv4.2");
    h.add("##FILTER=<ID=PASS,Description=\"All filters passed\">");
    if (filtering == ErrorProfile.Filtering.FILTER_LOW_QUAL) {
      h.add("##FILTER=<ID=LowQual,Description=\"QUAL below " + (int) ErrorProfile.FILTER_THRESHOLD + "\">");
    }
    h.add("##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Total read depth\">");
    formatLines(h, filtering == ErrorProfile.Filtering.FT_LOW_GQ);
    contigLines(h, config);
    h.add("##source=harness simulate (seed " + config.seed() + "): simulated calls of unit " + unit.unitName()
        + " for " + sample);
    h.add(chromLine(sample));
    return h;
  }

  private static void formatLines(List<String> h, boolean ft) {
    h.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
    h.add("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">");
    h.add("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">");
    if (ft) {
      h.add("##FORMAT=<ID=FT,Number=1,Type=String,Description=\"Sample filter: PASS or LowGQ (GQ below "
          + (int) ErrorProfile.FILTER_THRESHOLD + ")\">");
    }
  }

  private static void contigLines(List<String> h, SimulationConfig config) {
    for (ContigSpec c : config.contigs()) {
      h.add("##contig=<ID=" + c.name() + ",length=" + c.length() + ">");
    }
    h.add("##reference=demo.fa");
  }

  private static String chromLine(String sample) {
    return "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + sample;
  }

  /** A truth record; GQ and DP are pseudo-random functions of the position (deterministic, no extra stream). */
  static String truthLine(String contig, TruthVariant v, long sampleSalt) {
    final Allelic a = v.allelic();
    final long h = Seeds.mix(sampleSalt ^ a.pos());
    final int gq = 50 + (int) Long.remainderUnsigned(h, 50);
    final int dp = 25 + (int) Long.remainderUnsigned(h >>> 20, 25);
    return contig + "\t" + (a.pos() + 1) + "\t.\t" + a.ref() + "\t" + String.join(",", a.alts()) + "\t50\tPASS\t"
        + "SIMTYPE=" + v.kind().name() + ";SIMCTX=" + v.context().name() + "\tGT:GQ:DP\t" + v.genotype().text()
        + ":" + gq + ":" + dp;
  }

  /** A query record. */
  static String callLine(String contig, CallRecord c) {
    final Allelic a = c.allelic();
    final StringBuilder s = new StringBuilder(96);
    s.append(contig).append('\t').append(a.pos() + 1).append("\t.\t").append(a.ref()).append('\t')
        .append(String.join(",", a.alts())).append('\t');
    if (Double.isNaN(c.qual())) {
      s.append('.');
    } else {
      final long tenths = Math.round(c.qual() * 10);
      s.append(tenths / 10).append('.').append(tenths % 10);
    }
    s.append('\t').append(c.filter()).append("\tDP=").append(c.dp()).append('\t');
    s.append(c.ft() == null ? "GT:GQ:DP" : "GT:GQ:DP:FT").append('\t').append(c.gt()).append(':').append(c.gq())
        .append(':').append(c.dp());
    if (c.ft() != null) {
      s.append(':').append(c.ft());
    }
    return s.toString();
  }
}
