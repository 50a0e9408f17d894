package dk.harness.simulate;

import java.util.ArrayList;
import java.util.List;

/** Header and record text of the simulated SV VCFs. Stateless. */
final class SvText {
  private SvText() {
  }

  /** Header of an SV truth VCF. */
  static List<String> truthHeader(SimulationConfig config, String sample) {
    final List<String> h = common();
    h.add("##INFO=<ID=SIMTYPE,Number=1,Type=String,Description=\"Simulated SV class: DELETION, INSERTION, "
        + "TANDEM_DUPLICATION (written as an insertion of the duplicated bases), DUPLICATION or INVERSION\">");
    h.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
    contigLines(h, config);
    h.add("##source=harness simulate (seed " + config.seed() + "): simulated SV truth set of " + sample);
    h.add(chromLine(sample));
    return h;
  }

  /** Header of a unit's SV call VCF. */
  static List<String> callHeader(SimulationConfig config, UnitProfile unit, String sample) {
    final List<String> h = common();
    h.add("##INFO=<ID=IMPRECISE,Number=0,Type=Flag,Description=\"Imprecise structural variation\">");
    h.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
    h.add("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">");
    contigLines(h, config);
    h.add("##source=harness simulate (seed " + config.seed() + "): simulated SV calls of unit " + unit.unitName()
        + " for " + sample);
    h.add(chromLine(sample));
    return h;
  }

  private static List<String> common() {
    final List<String> h = new ArrayList<>();
    h.add("##fileformat=VCFv4.2");
    h.add("##FILTER=<ID=PASS,Description=\"All filters passed\">");
    h.add("##ALT=<ID=DEL,Description=\"Deletion\">");
    h.add("##ALT=<ID=INS,Description=\"Insertion\">");
    h.add("##ALT=<ID=DUP,Description=\"Duplication\">");
    h.add("##ALT=<ID=INV,Description=\"Inversion\">");
    h.add("##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">");
    h.add("##INFO=<ID=SVLEN,Number=1,Type=Integer,Description=\"Difference in length between REF and ALT alleles "
        + "(negative for deletions); length of the duplicated or inverted sequence\">");
    h.add("##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant (the last deleted, "
        + "duplicated or inverted base; POS for an insertion)\">");
    return h;
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

  /** A truth record. */
  static String truthLine(ReferenceWindow ref, SvTruth t) {
    final String[] f = t.allele().fields(ref);
    return ref.contig() + "\t" + (t.allele().anchor() + 1) + "\t.\t" + f[0] + "\t" + f[1] + "\t.\tPASS\t" + f[2]
        + ";SIMTYPE=" + t.simType() + "\tGT\t" + t.genotype().text();
  }

  /** A call record; GQ follows QUAL as callers' do. */
  static String callLine(ReferenceWindow ref, SvCaller.SvCall c) {
    final String[] f = c.allele().fields(ref);
    final long tenths = Math.round(c.qual() * 10);
    final int gq = (int) Math.min(99, Math.round(c.qual()));
    return ref.contig() + "\t" + (c.allele().anchor() + 1) + "\t.\t" + f[0] + "\t" + f[1] + "\t" + tenths / 10 + "."
        + tenths % 10 + "\tPASS\t" + f[2] + (c.imprecise() ? ";IMPRECISE" : "") + "\tGT:GQ\t"
        + c.genotype().text() + ":" + gq;
  }
}
