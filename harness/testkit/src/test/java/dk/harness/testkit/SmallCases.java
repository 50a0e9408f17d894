package dk.harness.testkit;

import dk.harness.io.ScoreField;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * hap.py's small self-contained cases and the 20 mini-variant-benchmarks cases, each with the vcfeval oracle
 * generated for it (PROVENANCE.md 2.1 and 2.5: plain vcfeval 3.12.1, {@code -e BED} where hap.py used
 * {@code -f}, {@code --vcf-score-field QUAL}) and hap.py's own summary where one exists.
 */
final class SmallCases {
  static final String HAPPY_ORACLE = "happy/expected_rtg_vcfeval_3.12.1_generated_here/";
  static final String MINI = "mini-variant-benchmarks/";
  static final String MINI_ORACLE = MINI + "expected_rtg_vcfeval_3.12.1_generated_here/";

  private SmallCases() {
  }

  /**
   * One case.
   *
   * @param comparison the comparison as the vcfeval oracle ran it
   * @param vcfevalSummary the oracle's summary.txt
   * @param happySummary hap.py's summary.csv for the same inputs, or null
   * @param happyConvention why hap.py's numbers differ from vcfeval's, or null if they agree / are not compared
   * @param oracleLostLastRecord the input VCFs lack a final newline and the oracle's preparation lost their last
   *     record (so vcfeval saw one record fewer per file than the files hold)
   */
  record SmallCase(ComparisonCase comparison, Path vcfevalSummary, Path happySummary, String happyConvention,
      boolean oracleLostLastRecord) {
    String name() {
      return comparison.name();
    }
  }

  /** Inputs the oracle suite cannot use, with the reason (shown as skipped tests). */
  static final List<String[]> EXCLUDED = List.of(
      new String[] {"happy open_indel",
          "alleles with '.' inside (e.g. REF 'A.'): vcfeval skipped all 5 records as problematic and wrote no summary; "
              + "the harness rejects such records as input errors (io module), so there is nothing to compare"},
      new String[] {"happy snp_counting",
          "no vcfeval oracle: its generation failed (console.txt: the header-less input could not be indexed)"},
      new String[] {"happy decomp",
          "needs the real hg19 chr1 reference (example/decomp is a real NA12878 locus), which is not in the data"});

  static List<SmallCase> all(SharedData data) {
    final List<SmallCase> out = new ArrayList<>();
    out.addAll(happy(data));
    out.addAll(mini(data));
    return out;
  }

  static List<SmallCase> happy(SharedData data) {
    final Path d = data.require("happy/src/data");
    final Path ex = data.require("happy/example");
    final Path o = data.require(HAPPY_ORACLE);
    final List<SmallCase> out = new ArrayList<>();
    out.add(new SmallCase(tiny("happy leftshifting_example", d.resolve("leftshifting_example/truth.vcf"),
        d.resolve("leftshifting_example/query.vcf"), d.resolve("leftshifting_example/ref.fa"), null),
        o.resolve("leftshifting_example/summary.txt"), null, null, false));
    out.add(new SmallCase(tiny("happy fp_region_accuracy", d.resolve("fp_region_accuracy/truth.vcf"),
        d.resolve("fp_region_accuracy/query.vcf"), d.resolve("fp_region_accuracy/test.fa"),
        d.resolve("fp_region_accuracy/fp.bed")),
        o.resolve("fp_region_accuracy/summary.txt"), d.resolve("fp_region_accuracy/expected.summary.csv"),
        "confident-region rule for insertions: the truth insertion chrQ:100 A>ATT lies at the end of the BED interval "
            + "[99,100); hap.py counts it confident (its padding base is inside), while vcfeval tests the inserted "
            + "span [100,100), which does not overlap, so neither it nor the query insertion matched to it counts "
            + "(hap.py TRUTH.TP 4 / QUERY.TP 3 vs vcfeval 3 / 2)", false));
    out.add(new SmallCase(tiny("happy numeric_chrs", d.resolve("numeric_chrs/truth.vcf"),
        d.resolve("numeric_chrs/query.vcf"), d.resolve("numeric_chrs/test.fa"), d.resolve("numeric_chrs/fp.bed")),
        o.resolve("numeric_chrs/summary.txt"), d.resolve("numeric_chrs/expected.summary.csv"), null, false));
    // hap.py's test runs the chr-prefixed copy against the same expected summary.
    out.add(new SmallCase(tiny("happy numeric_chrs (chr-prefixed copy)", d.resolve("numeric_chrs/chrtruth.vcf"),
        d.resolve("numeric_chrs/chrquery.vcf"), d.resolve("numeric_chrs/chrtest.fa"),
        d.resolve("numeric_chrs/chrfp.bed")),
        o.resolve("numeric_chrs/summary.txt"), d.resolve("numeric_chrs/expected.summary.csv"), null, false));
    out.add(new SmallCase(tiny("happy pathtraversal", d.resolve("pathtraversal/test.vcf"),
        d.resolve("pathtraversal/test2.vcf"), d.resolve("pathtraversal/test.fa"), null),
        o.resolve("pathtraversal/summary.txt"), d.resolve("pathtraversal/expected.summary.csv"), null, false));
    out.add(new SmallCase(tiny("happy per_sample_ft", d.resolve("per_sample_ft_lhs.vcf"),
        d.resolve("per_sample_ft_rhs.vcf"), d.resolve("chrQ.fa"), null),
        o.resolve("per_sample_ft/summary.txt"), d.resolve("per_sample_ft_summary.csv"), null, false));
    out.add(new SmallCase(tiny("happy haploid", ex.resolve("haploid/truth.vcf"), ex.resolve("haploid/query.vcf"),
        ex.resolve("haploid/test.fa"), null), o.resolve("haploid/summary.txt"), null, null, false));
    return out;
  }

  /** The 20 mini-variant-benchmarks cases with the convention behind every hap.py difference. */
  static List<SmallCase> mini(SharedData data) {
    final List<SmallCase> out = new ArrayList<>();
    final String decomposition = "hap.py decomposes complex/MNP query records into primitives and counts those; "
        + "vcfeval matches and counts whole records";
    mini(data, out, "simple_snv_het", null);
    mini(data, out, "simple_snv_hom", null);
    mini(data, out, "zygosity_error_001", null);
    mini(data, out, "unphased_query_001", null);
    mini(data, out, "half_correct", null);
    mini(data, out, "half_correct_rev", null);
    mini(data, out, "homopolymer_001", null);
    mini(data, out, "homopolymer_002", null);
    mini(data, out, "homopolymer_003", null);
    mini(data, out, "null_variants_003", null);
    mini(data, out, "empty", null);
    mini(data, out, "null_variants_001", "vcfeval writes no summary when no truth variant counts (the truth holds "
        + "one 0/0 record); hap.py reports the two query indels, which cancel each other out, as FP");
    mini(data, out, "null_variants_002", "as null_variants_001: no vcfeval summary; hap.py counts the two "
        + "self-cancelling query indels as FP");
    mini(data, out, "representation_match_001", decomposition + ": the query MNP AA>CG is two TP SNPs for hap.py "
        + "(QUERY.TP 2), one TP record for vcfeval");
    mini(data, out, "representation_match_002", decomposition + ": the query's A>GCT becomes a SNP and an insertion "
        + "(QUERY.TP 3 for hap.py, 2 records for vcfeval)");
    mini(data, out, "representation_match_003", "vcfeval's default overlap rule: the query records TAG>TTG and "
        + "AGC>AG have overlapping REF spans, so without --ref-overlap they cannot share a haplotype and one "
        + "truth/query pair stays FN/FP; hap.py trims padding bases (and decomposes) first, so everything matches");
    mini(data, out, "representation_mismatch_001", decomposition + ": one primitive of the query's AA>CAG matches "
        + "the truth SNP at 52, so hap.py credits TRUTH.TP 1 where vcfeval has 0 TP and 2 FN");
    mini(data, out, "representation_mismatch_002", decomposition + ": the two FP query records are three FP "
        + "primitives for hap.py");
    mini(data, out, "representation_mismatch_003", decomposition + ": the query's AA>CGCT yields a SNP matching the "
        + "truth SNP at 52 (hap.py TP 1, FN 1, FP 2 vs vcfeval 0 TP, 2 FN, 1 FP)");
    out.add(new SmallCase(miniCase(data, "misphased_query_001"), data.require(MINI_ORACLE
        + "misphased_query_001/summary.txt"), data.require(MINI + "pipeline/examples/misphased_query_001/happy/"
        + "happy.summary.csv"),
        "input artifact, not a convention: truth.vcf and query.vcf end without a newline and the oracle's "
            + "preparation lost that last record (chrom mock:87) of both files, so vcfeval saw 2 records a side; "
            + "hap.py read all 3 (the test checks vcfeval's numbers on the 2-record input and hap.py's on the full one)",
        true));
    return out;
  }

  private static void mini(SharedData data, List<SmallCase> out, String name, String convention) {
    out.add(new SmallCase(miniCase(data, name), data.require(MINI_ORACLE + name + "/summary.txt"),
        data.require(MINI + "pipeline/examples/" + name + "/happy/happy.summary.csv"), convention, false));
  }

  private static ComparisonCase miniCase(SharedData data, String name) {
    final Path in = data.require(MINI + "pipeline/examples/" + name + "/inputs");
    return tiny("mini " + name, in.resolve("truth.vcf"), in.resolve("query.vcf"), in.resolve("reference.fa"),
        in.resolve("regions.bed"));
  }

  private static ComparisonCase tiny(String name, Path truth, Path query, Path fasta, Path bed) {
    final ComparisonCase c = ComparisonCase.of(name, truth, query, fasta, ComparisonCase.Reader.TINY)
        .withScore(ScoreField.QUAL);
    return bed == null ? c : c.withBed(bed);
  }
}
