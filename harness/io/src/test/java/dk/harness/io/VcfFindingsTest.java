package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Inputs the VCF fuzz tests ({@link VcfRecordsFuzzTest}, {@link VcfFileFuzzTest}) found, kept as plain tests: the
 * fast path and the HTSJDK path must give the same records or the same refusal.
 */
class VcfFindingsTest {
  private static final String HEADER = """
      ##fileformat=VCFv4.2
      ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
      #CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	S1
      """;

  /** Found by fuzzing: the fast path skipped htsjdk's check and accepted the record htsjdk refuses. */
  @Test
  void aNegativeQualIsRefusedOnBothPaths() throws Exception {
    final VcfFuzzSupport.Outcome o = read("negative-qual", record("-150"));
    assertNotNull(o.error(), "a negative QUAL was accepted");
    assertTrue(o.error().contains(":4: malformed record (") && o.error().contains("log10PError"), o.error());
  }

  /** Where htsjdk draws the line, both paths draw it: below zero is refused, the rest of the doubles are read. */
  @Test
  void qualsAtTheEdgesOfTheDoublesGetTheSameAnswerOnBothPaths() throws Exception {
    for (String refused : new String[] {"-0.0001", "-Infinity", "-1e400"}) {
      final VcfFuzzSupport.Outcome o = read("qual-" + refused, record(refused));
      assertNotNull(o.error(), "QUAL " + refused + " was accepted");
      assertTrue(o.error().contains(":4: malformed record ("), o.error());
    }
    for (String read : new String[] {"Infinity", "1e400", "NaN", "-0"}) {
      final VcfFuzzSupport.Outcome o = read("qual-" + read, record(read));
      assertNull(o.error(), "QUAL " + read);
      assertEquals(1, o.records().size(), "QUAL " + read);
    }
  }

  /** The VCF 3 way of writing a missing QUAL, which htsjdk accepts: both paths read it, as -1. */
  @Test
  void aQualOfMinusOneIsReadOnBothPaths() throws Exception {
    final VcfFuzzSupport.Outcome o = read("qual-minus-one", "chr1\t10\t.\tA\tG\t-1\tPASS\t.\tGT\t0/1\n"
        + "chr1\t11\t.\tA\tG\t0\tPASS\t.\tGT\t1/1\n");
    assertNull(o.error());
    assertEquals(2, o.records().size());
    assertTrue(o.records().get(0).startsWith("chr1 10 A [G] PASS " + Double.doubleToLongBits(-1.0) + " "),
        o.records().get(0));
  }

  private static String record(String qual) {
    return "chr1\t10\t.\tA\tG\t" + qual + "\tPASS\t.\tGT\t0/1\n";
  }

  private static VcfFuzzSupport.Outcome read(String name, String records) throws Exception {
    final Path vcf = TestFiles.scratch("vcf-findings-" + name).resolve("in.vcf");
    Files.writeString(vcf, HEADER + records);
    return VcfFuzzSupport.readBothWaysAndCompare(vcf, null, ScoreField.QUAL);
  }
}
