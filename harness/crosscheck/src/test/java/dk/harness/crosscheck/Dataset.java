package dk.harness.crosscheck;

import dk.harness.testdata.SharedTestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One truth/query pair of the shared real data: GIAB NA12878 chr20:10.0-10.1 Mb against six callers (hg19, real
 * reference), and GIAB HG002 chr21 v4.2.1 against the three nf-core/sarek callers (GRCh37; the pseudo-reference,
 * which site-level matching does not even read, is only needed by the harness's REF check).
 *
 * @param name short name for messages and output folders
 * @param truth truth VCF
 * @param confident confident-regions BED
 * @param reference reference FASTA (indexed)
 * @param query query VCF (single sample)
 */
record Dataset(String name, Path truth, Path confident, Path reference, Path query) {

  @Override
  public String toString() {
    return name;
  }

  static List<Dataset> all() {
    final List<Dataset> out = new ArrayList<>(na12878());
    out.addAll(hg002());
    return out;
  }

  static List<Dataset> na12878() {
    final Path d = shared().resolve("na12878-hg19-chr20-10mb");
    final Path truth = d.resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz");
    final Path bed = d.resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed");
    final Path ref = d.resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz");
    final Path q = d.resolve("query_derived_chr20_bgzip");
    final List<Dataset> out = new ArrayList<>();
    for (String[] c : new String[][] {
        {"na12878-gatk4", "expected.testVCFMode.gatk4.chr20.vcf.gz"},
        {"na12878-gatk4-dragen", "expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz"},
        {"na12878-gatk4-linkeddebruijn", "expected.testLinkedDebruijnMode.gatk4.chr20.vcf.gz"},
        {"na12878-gatk3.8", "expected.testVCFMode.gatk3.8-4-g7b0250253.chr20.vcf.gz"},
        {"na12878-gatk3.7-ceutrio", "CEUTrio.20.gatk3.7_30_ga4f720357.expected.chr20.vcf.gz"},
        {"na12878-deepvariant", "golden.postprocess_single_site_output.vcf.gz"}}) {
      out.add(new Dataset(c[0], truth, bed, ref, q.resolve(c[1])));
    }
    return out;
  }

  static List<Dataset> hg002() {
    final Path s = shared().resolve("hg002-chr21-sarek");
    final Path truth = s.resolve("SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz");
    final Path bed = s.resolve("SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed");
    final Path ref = shared().resolve("hg002-chr21-pseudoref/chr21.pseudo.fa.gz");
    final List<Dataset> out = new ArrayList<>();
    for (String caller : List.of("haplotypecaller", "bcftools", "strelka")) {
      final String file = caller.equals("strelka") ? "HG002.strelka.variants.chr21.vcf.gz" : "HG002." + caller + ".chr21.vcf.gz";
      out.add(new Dataset("hg002-" + caller, truth, bed, ref, s.resolve("sarek/hg37/" + file)));
    }
    return out;
  }

  /** The shared data folder; skips the test when it is missing (the rule of {@link SharedTestData}). */
  static Path shared() {
    return SharedTestData.root();
  }

  /** A fresh folder target/crosscheck/&lt;name&gt;. */
  static Path scratch(String name) throws java.io.IOException {
    final Path dir = Path.of("target", "crosscheck", name).toAbsolutePath();
    if (Files.isDirectory(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }
}
