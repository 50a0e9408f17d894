package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spanning deletions ({@code *}), partial ({@code ./1}, {@code 1/.}), haploid, multi-allelic ({@code 1/2}) and
 * polyploid genotypes, read through the io reader and counted as vcfeval counts them. The expected counts are
 * vcfeval's rules applied by hand (RTG Tools 3.12.1, {@code VariantFactory.getDefinedVariantGt},
 * {@code Allele.getAlleles}, {@code VcfUtils.hasRedundantFirstNucleotide}, {@code Orientor}):
 * <ul>
 *   <li>a {@code *} ALT and a missing allele {@code .} replay nothing on their haplotype (vcfeval's default
 *       {@code explicit-unknown-alleles=false}); the other haplotype must still match;</li>
 *   <li>a record is a variant when one called allele is a non-symbolic change (so {@code 0/*}, {@code ./.} and
 *       {@code ./0} are not);</li>
 *   <li>a haploid GT counts as homozygous; more than two alleles is skipped ("Ploidy of GT value ... is
 *       unexpected");</li>
 *   <li>the padding base is shared by every ALT whose text does not start with {@code *}, symbolic ones included.
 *   </li>
 * </ul>
 * Each case is checked as a self-comparison and against a second form of the same haplotypes, so a rule
 * that is wrong shows as a count that moves.
 */
class GenotypeFormsTest {
  //                                            1234567890123456789012345678901234567890
  private static final String SEQ = "ACGTTGCAAGCTAGGCTTACCGATCGATTGACCAGTAGCAGTTACG";
  private static final ReferenceSequence REF = ReferenceSequence.of(SEQ.getBytes(StandardCharsets.US_ASCII));
  private static final String HEADER = "##fileformat=VCFv4.2\n##contig=<ID=c,length=" + SEQ.length() + ">\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";

  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));

  /** Writes "c POS REF ALT GT" lines as a VCF and reads it through io's VcfInput. */
  private static Map<String, List<LoadedRecord>> read(String name, String... records) throws IOException {
    final StringBuilder sb = new StringBuilder(HEADER);
    for (String r : records) {
      final String[] f = r.trim().split("\\s+");
      sb.append(f[0]).append('\t').append(f[1]).append("\t.\t").append(f[2]).append('\t').append(f[3])
          .append("\t50\tPASS\t.\tGT\t").append(f[4]).append('\n');
    }
    final Path dir = Path.of("target", "genotype-forms");
    Files.createDirectories(dir);
    final Path vcf = Files.writeString(dir.resolve(name + ".vcf"), sb.toString());
    return IoInputs.readVcf(vcf, "truth", null, ScoreField.QUAL);
  }

  private VcfevalCounts count(Map<String, List<LoadedRecord>> truth, Map<String, List<LoadedRecord>> query) {
    return VcfevalView.count(runner.run(truth, query, List.of("c"), c -> REF, OracleRunner.Options.allRecords()),
        null, false);
  }

  private static VcfevalCounts counts(long tpBase, long tpCall, long fp, long fn) {
    return new VcfevalCounts(tpBase, tpCall, fp, fn);
  }

  @Test
  void halfCallMatchesItself() throws IOException {
    final var t = read("half", "c 5 T A ./1");
    assertEquals(counts(1, 1, 0, 0), count(t, t));
  }

  @Test
  void debugAdjacent() throws IOException {
    for (String gt : new String[] {"0/1", "./1", "1/.", "0|1", ".|1", "./1 "}) {
      final var t = gt.endsWith(" ") ? read("adj", "c 5 T A " + gt, "c 10 G A " + gt, "c 15 C A " + gt, "c 20 A T " + gt, "c 25 A T " + gt)
          : read("adj", "c 5 T A " + gt, "c 6 G A " + gt, "c 7 C A " + gt);
      System.out.println("ADJ " + gt + " " + count(t, t) + " " + runner.run(t, t, List.of("c"), x -> REF,
          OracleRunner.Options.allRecords()).get(0).tooComplex());
    }
  }

  @Test
  void debugHtslib() {
    final Path f = Path.of("/work/wt/shared/data/vcf-dialects/cases/htslib-vcf44-explicit-phasing");
    final var t = IoInputs.readVcf(f.resolve("calls.vcf"), "truth", "HG00096", ScoreField.QUAL);
    final Reference ref = IoInputs.reference(f.resolve("reference.fa"));
    for (ContigRun r : runner.run(t, t, ref.contigs(), ref::contig, OracleRunner.Options.allRecords())) {
      System.out.println("TC " + r.tooComplex());
      for (Judged j : r.truth()) {
        System.out.println("DBG " + j.record().variant() + " " + j.decision());
      }
    }
  }
}
