package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.harness.io.ScoreField;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared-truth path must give exactly what the streaming path gives. */
class PreloadedTruthTest {
  private static Path data() {
    final Path d = TestFiles.na12878();
    assumeTrue(Files.isDirectory(d), "shared data missing: " + d);
    return d;
  }

  @Test
  void preloadedTruthGivesByteIdenticalOutputs() throws Exception {
    final Path d = data();
    final Path out = TestFiles.scratch("preloaded");
    final TruthSetData.Files files = new TruthSetData.Files(
        d.resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz"),
        d.resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz"),
        d.resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed"), null, null);
    final Path query = d.resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz");
    final ComparisonResult streamed;
    final ComparisonResult shared;
    try (TruthSetData truth = TruthSetData.load(files)) {
      streamed = Comparison.run(truth.settings(query, null, null, 1, ScoreField.QUAL, out.resolve("a/x")), "test",
          ProgressSink.SILENT);
      shared = Comparison.run(truth.settings(query, null, null, 1, ScoreField.QUAL, out.resolve("b/x")), truth,
          "test", ProgressSink.SILENT);
      // Settings naming other truth files are refused.
      assertThrows(IllegalArgumentException.class, () -> Comparison.run(new CompareSettings(files.vcf(), query,
          files.reference(), null, null, null, null, null, 1, ScoreField.QUAL, out.resolve("c/x")), truth, "test",
          ProgressSink.SILENT));
    }
    // vcfeval's figures for this pair with the BED (see README): 45 SNP + 4 INDEL TPs, no FN/FP.
    assertEquals(45, shared.tally().counts(FilterKind.ALL, VariantType.SNP).truthTp());
    assertEquals(4, shared.tally().counts(FilterKind.ALL, VariantType.INDEL).truthTp());
    assertEquals(streamed.runInfo(), shared.runInfo());
    final List<Path> a = streamed.outputs();
    final List<Path> b = shared.outputs();
    assertEquals(10, a.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).getFileName(), b.get(i).getFileName());
      assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
    }
  }
}
