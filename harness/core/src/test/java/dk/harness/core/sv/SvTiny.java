package dk.harness.core.sv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiny SV inputs written as VCF record lines (tab- or space-separated), for engine tests. */
final class SvTiny {
  private SvTiny() {
  }

  /**
   * Records from lines "CHROM POS ID REF ALT QUAL FILTER INFO [FORMAT SAMPLE]" (whitespace-separated). Contig
   * "1" and "2" are declared with length 1,000,000.
   */
  static SvInput vcf(String... lines) {
    final List<SvRecord> records = new ArrayList<>();
    boolean sample = false;
    for (String line : lines) {
      final String[] c = line.trim().split("\\s+");
      final List<String> alts = c[4].equals(".") ? List.of() : Arrays.asList(c[4].split(","));
      final List<String> filters = c[6].equals(".") ? List.of() : Arrays.asList(c[6].split(";"));
      String svtype = null;
      String svlen = null;
      Integer end = null;
      int cipos = 0;
      int ciend = 0;
      if (!c[7].equals(".")) {
        for (String kv : c[7].split(";")) {
          final String[] p = kv.split("=", 2);
          final String v = p.length > 1 ? p[1] : "";
          switch (p[0]) {
            case "SVTYPE" -> svtype = v.equals(".") ? "" : v;
            case "SVLEN" -> svlen = v.equals(".") ? "" : v.split(",")[0];
            case "END" -> end = Integer.parseInt(v);
            case "CIPOS" -> cipos = Math.abs(Integer.parseInt(v.split(",")[1]));
            case "CIEND" -> ciend = Math.abs(Integer.parseInt(v.split(",")[1]));
            default -> {
            }
          }
        }
      }
      Genotype gt = null;
      if (c.length > 9) {
        sample = true;
        gt = Genotype.parse(c[9].split(":")[0]);
      }
      records.add(new SvRecord(records.size(), records.size() + 1, c[0], Integer.parseInt(c[1]), c[2], c[3], alts,
          filters, svtype, svlen, end, cipos, ciend, gt, String.join("\t", c)));
    }
    final Map<String, Long> contigs = new LinkedHashMap<>();
    contigs.put("1", 1_000_000L);
    contigs.put("2", 1_000_000L);
    return new SvInput(contigs, sample, records);
  }

  static SvResult bench(SvConfig config, SvInput truth, SvInput query) {
    return new SvBench(config, null).compare(truth, query, null);
  }

  /** "TP-base FN TP-comp FP" counts. */
  static String counts(SvResult r) {
    final SvSummary s = r.summary();
    return "tpb=" + s.tpBase() + " fn=" + s.fn() + " tpc=" + s.tpComp() + " fp=" + s.fp();
  }

  static String seq(char c, int n) {
    return String.valueOf(c).repeat(n);
  }

  /** A deletion of n bases after the anchor, as literal alleles. */
  static String del(String contig, int pos, String id, int n, String gt) {
    return contig + " " + pos + " " + id + " A" + "ACGT".repeat(n / 4 + 1).substring(0, n) + " A . PASS . GT " + gt;
  }

  /** An insertion of the given bases after the anchor. */
  static String ins(String contig, int pos, String id, String bases, String gt) {
    return contig + " " + pos + " " + id + " A A" + bases + " . PASS . GT " + gt;
  }
}
