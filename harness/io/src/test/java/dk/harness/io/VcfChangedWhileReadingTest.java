package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

/** A VCF rewritten by another process while the harness streams it is a fault naming the file, not mixed records. */
class VcfChangedWhileReadingTest {
  private static final String TEXT = "##fileformat=VCFv4.2\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
      + "chr1\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n"
      + "chr2\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";

  @Test
  void aVcfRewrittenBetweenContigsIsAFaultNamingIt() throws IOException {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-changed").resolve("q.vcf"), TEXT);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      Files.writeString(vcf, "chr3\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n", StandardOpenOption.APPEND);
      final FaultException e = assertThrows(FaultException.class, in::nextContig);
      assertTrue(e.getMessage().startsWith(vcf + ": changed while the harness was reading the query VCF"),
          e.getMessage());
    }
  }

  @Test
  void anUnchangedVcfReadsToTheEnd() throws IOException {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-unchanged").resolve("q.vcf"), TEXT);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      // Touching the time alone is a change too; leaving the file be is not.
      assertEquals("chr1", in.nextContig().contig());
      assertEquals("chr2", in.nextContig().contig());
      assertEquals(null, in.nextContig());
    }
  }

  @Test
  void aVcfWhoseTimeAloneChangedIsStillAFault() throws IOException {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-touched").resolve("q.vcf"), TEXT);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      Files.setLastModifiedTime(vcf, FileTime.fromMillis(Files.getLastModifiedTime(vcf).toMillis() + 60_000));
      assertThrows(FaultException.class, in::nextContig);
    }
  }
}
