package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where each contig's records start and how many there are; the ##contig lengths with their header lines. */
class VcfContigTallyTest {
  /** Six lines: the records start on line 7. */
  private static final String HEADER = "##fileformat=VCFv4.2\n"
      + "##contig=<ID=chr1,length=248956422>\n"
      + "##contig=<ID=hs38d1>\n"
      + "##contig=<ID=chrUn_KI270302v1,assembly=b38,length=2274>\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";

  @Test
  void talliesFromThePreScanOfAFileWithoutIndex() {
    final Path vcf = TestFiles.write(TestFiles.scratch("tally-plain").resolve("q.vcf"), HEADER
        + "chr1\t10\t.\tA\tC\t50\tPASS\t.\tGT\t0/1\n"
        + "chr1\t20\t.\tA\tC\t50\tPASS\t.\tGT\t0/1\n"
        + "chrUn_KI270302v1\t5\t.\tA\tC\t50\tPASS\t.\tGT\t0/1\n"
        + "hs38d1\t7\t.\tA\tC\t50\tPASS\t.\tGT\t1/1\n"
        + "hs38d1\t9\t.\tA\tC\t50\tPASS\t.\tGT\t1/1\n");
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      assertEquals(List.of("chr1", "chrUn_KI270302v1", "hs38d1"), in.recordContigs());
      assertEquals(Map.of("hs38d1", new ContigNaming.Tally(10, 2), "chrUn_KI270302v1", new ContigNaming.Tally(9, 1)),
          in.tally(Set.of("hs38d1", "chrUn_KI270302v1", "chrQ")));
      // lines 2 and 4 declare a length; line 3 does not
      assertEquals(List.of(new HeaderContig("chr1", 248956422, 2), new HeaderContig("chrUn_KI270302v1", 2274, 4)),
          in.headerContigLengths());
    }
  }

  @Test
  void talliesOfAnIndexedFileScanTheChromColumn() {
    final Path vcf = TestFiles.shared(VcfInputTest.TRUTH);
    final String[] lines = TestFiles.text(vcf).split("\n");
    long first = -1;
    long count = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("chr20\t")) {
        first = first < 0 ? i + 1 : first;
        count++;
      }
    }
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      assertEquals(Map.of("chr20", new ContigNaming.Tally(first, count)), in.tally(Set.of("chr20")));
    }
  }
}
