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
  void halfCallsMatchThemselvesAndTheHeterozygousCall() throws IOException {
    final var half = read("half", "c 5 T A ./1");
    final var halfOther = read("half-other", "c 5 T A 1/.");
    final var het = read("het", "c 5 T A 0/1");
    assertEquals(counts(1, 1, 0, 0), count(half, half));
    assertEquals(counts(1, 1, 0, 0), count(het, half), "'.' replays nothing, so ./1 is the haplotypes of 0/1");
    assertEquals(counts(1, 1, 0, 0), count(halfOther, het));
    final var hom = read("hom", "c 5 T A 1/1");
    assertEquals(counts(0, 0, 1, 1), count(hom, half), "the missing allele is not a wildcard");
  }

  @Test
  void haploidCallIsHomozygous() throws IOException {
    final var haploid = read("haploid", "c 8 A G 1");
    assertEquals(counts(1, 1, 0, 0), count(haploid, haploid));
    assertEquals(counts(1, 1, 0, 0), count(read("hom2", "c 8 A G 1/1"), haploid));
    assertEquals(counts(0, 0, 1, 1), count(read("het2", "c 8 A G 0/1"), haploid));
  }

  @Test
  void recordsWithoutAReplayableCalledAlleleAreNotCounted() throws IOException {
    final var none = read("none", "c 6 G A,* 0/2", "c 8 A G ./.", "c 10 G A .", "c 12 T A,* 2/2", "c 14 G A ./0",
        "c 16 C A 0");
    assertEquals(counts(0, 0, 0, 0), count(none, none));
    assertEquals(counts(0, 0, 0, 0), count(none, read("empty", "c 30 G . 0/0")));
  }

  @Test
  void spanningDeletionInAMixedGenotypeCannotShareAPathWithItsDeletion() throws IOException {
    // TTG>T deletes 5-6 on haplotype 2; the G>A at 6 sits on haplotype 1 with '*' on haplotype 2. vcfeval replays
    // the deletion's REF on haplotype 1 over 5-6, so the SNP overlaps an allele already placed there and cannot
    // be included with the deletion: one of the two is always left out, also against itself.
    final var truth = read("star", "c 4 TTG T 0|1", "c 6 G A,* 1|2");
    assertEquals(counts(1, 1, 1, 1), count(truth, truth));
    final var split = read("star-split", "c 4 TTG T 0|1", "c 6 G A 1|0", "c 6 G * 0|1");
    assertEquals(counts(1, 1, 1, 1), count(truth, split), "the split form has the same conflict");
    final var snpOnly = read("star-snp", "c 6 G A,* 1|2");
    assertEquals(counts(1, 1, 0, 0), count(snpOnly, snpOnly), "without the deletion, '*' replays nothing");
    assertEquals(counts(1, 1, 0, 0), count(snpOnly, read("snp-het", "c 6 G A 1|0")));
  }

  @Test
  void multiAllelicHeterozygousCallAgainstItsSplitForm() throws IOException {
    final var multi = read("multi", "c 10 G A,C 1/2");
    assertEquals(counts(1, 1, 0, 0), count(multi, multi));
    // bcftools norm -m -any: G>A 1/0 and G>C 0/1. The first placed plays REF on its other haplotype over the same
    // base, so the second cannot be placed, and A/G never makes A/C: nothing matches (vcfeval's behaviour the
    // corpus notes record after normalisation).
    final var split = read("multi-split", "c 10 G A 1/0", "c 10 G C 0/1");
    assertEquals(counts(0, 0, 2, 1), count(multi, split));
  }

  @Test
  void polyploidCallIsSkipped() throws IOException {
    final var poly = read("poly", "c 12 T A 0/1/1");
    assertEquals(counts(0, 0, 0, 0), count(poly, poly));
    assertEquals(counts(0, 0, 1, 0), count(poly, read("poly-het", "c 12 T A 0/1")), "the truth record is skipped");
  }

  @Test
  void symbolicAltKeepsThePaddingBaseInTheAlleleSoInsertionsAtOnePositionOverlap() throws IOException {
    // Two insertions after the same base, each 0/1, fit on two haplotypes as plain insertions; with <NON_REF>
    // beside them (DRAGEN and GATK gVCFs) vcfeval keeps the padding base, so each replaces the A and they overlap.
    final var plain = read("ins", "c 13 A ACC 0/1", "c 13 A ACCC 0/1");
    assertEquals(counts(2, 2, 0, 0), count(plain, plain));
    final var gvcf = read("ins-nonref", "c 13 A ACC,<NON_REF> 0/1", "c 13 A ACCC,<NON_REF> 0/1");
    assertEquals(counts(1, 1, 1, 1), count(gvcf, gvcf));
  }
}
