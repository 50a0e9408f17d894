package dk.harness.workflow.demo;

import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan over the real NA12878 (GIAB HG001) chr20:10.0-10.1 Mb data: GIAB truth, five call sets as five units.
 * The same plan is kept in the repository as {@code plans/na12878-chr20.yaml}. Stateless.
 */
final class RealDataPlan {
  static final String DATA = "na12878-hg19-chr20-10mb";

  /** unit -> {query VCF under the data folder, pipeline name, pipeline version}. */
  static final Map<String, String[]> UNITS = new LinkedHashMap<>();

  static {
    UNITS.put("north", new String[] {"query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz",
        "gatk4-haplotypecaller", "gatk-test-resource@51797aa7"});
    UNITS.put("central", new String[] {"query_derived_chr20_bgzip/expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz",
        "gatk4-haplotypecaller-dragen", "gatk-test-resource@51797aa7"});
    UNITS.put("south", new String[] {
        "query_derived_chr20_bgzip/expected.testVCFMode.gatk3.8-4-g7b0250253.chr20.vcf.gz",
        "gatk3-haplotypecaller", "3.8-4-g7b0250253"});
    UNITS.put("capital", new String[] {
        "query_derived_chr20_bgzip/expected.testLinkedDebruijnMode.gatk4.chr20.vcf.gz",
        "gatk4-haplotypecaller-linked-debruijn", "gatk-test-resource@51797aa7"});
    UNITS.put("zealand", new String[] {"query_derived_chr20_bgzip/golden.postprocess_single_site_output.vcf.gz",
        "deepvariant", "1.1.0"});
  }

  private RealDataPlan() {
  }

  /**
   * Writes {@code <dir>/plan.yaml} with absolute paths into {@code sharedData}; results go to {@code dir}'s parent.
   *
   * @throws InputException if the data is not there
   */
  static Path write(Path dir, Path sharedData, int threads) throws IOException {
    final Path data = sharedData.resolve(DATA);
    if (!Files.isDirectory(data)) {
      throw new InputException(data, -1, "the NA12878 chr20 data is not here",
          "run from the repository root next to ../shared/data, or pass --data with the shared data folder");
    }
    Files.createDirectories(dir);
    final Path truth = data.resolve("truth_and_reference");
    final StringBuilder sb = new StringBuilder();
    sb.append("# Written by 'harness demo --real': NA12878 (HG001) chr20:10.0-10.1 Mb, GIAB NISTv3.2-era truth,\n");
    sb.append("# five GATK/DeepVariant call sets as five units.\n");
    sb.append("plan_version: 1\n");
    sb.append("results_dir: ..\n");
    sb.append("threads: ").append(threads).append('\n');
    sb.append("gates: ").append(Demo.CRITERIA_RESOURCE).append('\n');
    sb.append("truth_sets:\n");
    sb.append("  - id: na12878-chr20-10mb\n");
    sb.append("    version: nist-v3.2-100kbp\n");
    sb.append("    sample: HG001\n");
    sb.append("    vcf: ").append(truth.resolve("test_nist.b37_chr20_100kbp_at_10mb.vcf.gz")).append('\n');
    sb.append("    confident: ").append(truth.resolve("test_nist.b37_chr20_100kbp_at_10mb.bed")).append('\n');
    sb.append("    reference: ").append(truth.resolve("ucsc.hg19.chr20.unittest.fasta.gz")).append('\n');
    sb.append("submissions:\n");
    for (Map.Entry<String, String[]> e : UNITS.entrySet()) {
      sb.append("  - unit: ").append(e.getKey()).append('\n');
      sb.append("    sample: HG001\n");
      sb.append("    pipeline: {name: ").append(e.getValue()[1]).append(", version: \"").append(e.getValue()[2])
          .append("\"}\n");
      sb.append("    truth_set: na12878-chr20-10mb\n");
      sb.append("    vcf: ").append(data.resolve(e.getValue()[0])).append('\n');
    }
    final Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, sb.toString());
    return plan;
  }
}
