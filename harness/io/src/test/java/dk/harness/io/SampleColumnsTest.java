package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static dk.harness.io.VcfInputTest.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A sample named twice in the #CHROM line is reported as that, on that line, not as a column count. */
class SampleColumnsTest {
  private static Path vcf(String name, String text) {
    return TestFiles.write(TestFiles.scratch("samples-" + name).resolve(name + ".vcf"), text);
  }

  @Test
  void aSampleNamedTwiceIsNamedWithItsColumns() {
    final Path p = vcf("twice", HEADER.replace("\tS1\n", "\tS1\tS1\n")
        + "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\t1/1\n");
    for (String sample : new String[] {null, "S1"}) {
      final InputException e = expectInputError(p, 6, () -> VcfInput.open(p, "query", sample, ScoreField.QUAL),
          "names sample 'S1' twice (columns 10 and 11)", "bcftools reheader --samples");
      assertFalse(e.getMessage().contains("columns, found"), e.getMessage());
    }
  }

  @Test
  void aDuplicateAmongManyIsFoundWhateverSampleIsChosen() {
    final Path p = vcf("among", HEADER.replace("\tS1\n", "\tA\tB\tC\tB\n")
        + "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\t1/1\t0/0\t0/1\n");
    expectInputError(p, 6, () -> VcfInput.open(p, "truth", "A", ScoreField.QUAL),
        "names sample 'B' twice (columns 11 and 13)");
  }

  @Test
  void distinctSamplesStillOpen() {
    final Path p = vcf("distinct", HEADER.replace("\tS1\n", "\tS1\tS2\n")
        + "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\t1/1\n");
    try (VcfInput in = VcfInput.open(p, "query", "S2", ScoreField.QUAL)) {
      assertEquals("S2", in.sampleName());
    }
  }
}
