package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContigScanTest {
  private static final String HEADER = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";

  @Test
  void listsContigsWithRecordsInFileOrder() throws IOException {
    final Path dir = TestData.scratch("scan-plain");
    final Path vcf = dir.resolve("a.vcf");
    Files.writeString(vcf, HEADER + "chr2\t1\t.\tA\tC\t.\t.\t.\n\nchr2\t5\t.\tA\tC\t.\t.\t.\nchr10\t1\t.\tA\tC\t.\t.\t.\n");
    assertEquals(List.of("chr2", "chr10"), ContigScan.contigs(vcf, "query"));
  }

  @Test
  void readsGzipAndRealBgzip() throws IOException {
    final Path dir = TestData.scratch("scan-gz");
    final Path vcf = dir.resolve("a.vcf.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(vcf))) {
      out.write((HEADER + "X\t1\t.\tA\tC\t.\t.\t.\n").getBytes(StandardCharsets.US_ASCII));
    }
    assertEquals(List.of("X"), ContigScan.contigs(vcf, "truth"));
    assertEquals(List.of("chr20"), ContigScan.contigs(TestData.truthVcf(), "truth"));
    assertEquals(List.of("20"), ContigScan.contigs(TestData.gatk4QueryB37Names(), "query"));
  }

  @Test
  void splitContigIsUnsorted() throws IOException {
    final Path dir = TestData.scratch("scan-split");
    final Path vcf = dir.resolve("a.vcf");
    Files.writeString(vcf, HEADER + "1\t1\t.\tA\tC\t.\t.\t.\n2\t1\t.\tA\tC\t.\t.\t.\n1\t9\t.\tA\tC\t.\t.\t.\n");
    final InputException e = assertThrows(InputException.class, () -> ContigScan.contigs(vcf, "query"));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("bcftools sort"), e.getMessage());
  }

  @Test
  void truncatedGzipIsInputError() throws IOException {
    final Path dir = TestData.scratch("scan-trunc");
    final byte[] whole = Files.readAllBytes(TestData.truthVcf());
    final Path vcf = dir.resolve("t.vcf.gz");
    Files.write(vcf, Arrays.copyOf(whole, whole.length / 2));
    final InputException e = assertThrows(InputException.class, () -> ContigScan.contigs(vcf, "truth"));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }
}
