package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.io.ScoreField;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contig rule on the path {@code harness run} takes: a truth set loaded once ({@link TruthSetData}) holds its
 * BEDs to the rule when loaded, keeps their warnings for every comparison against it, and a comparison against it
 * leaves out (and reports) query records on decoys.
 */
class TruthSetContigRuleTest {
  private static final String SEQ = "ACGTTGCAAC".repeat(20);
  private static final String HEADER = "##fileformat=VCFv4.2\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      + "##contig=<ID=chr1,length=200>\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";

  private static String snp(String contig, int pos) {
    final char ref = SEQ.charAt(pos - 1);
    return contig + "\t" + pos + "\t.\t" + ref + "\t" + (ref == 'A' ? 'C' : 'A') + "\t50\tPASS\t.\tGT\t0/1\n";
  }

  private static TruthSetData.Files truthSet(Path dir, String stratum) throws IOException {
    Files.writeString(dir.resolve("ref.fa"), ">chr1\n" + SEQ + "\n");
    Files.writeString(dir.resolve("ref.fa.fai"), "chr1\t200\t6\t200\t201\n");
    Files.writeString(dir.resolve("truth.vcf"), HEADER + snp("chr1", 11) + snp("chr1", 52));
    Files.writeString(dir.resolve("confident.bed"), "chr1\t0\t200\nhs37d5\t0\t50\nhs37d5\t60\t70\n");
    Files.writeString(dir.resolve("s.bed"), stratum);
    Files.writeString(dir.resolve("strata.tsv"), "s\ts.bed\n");
    return new TruthSetData.Files(dir.resolve("truth.vcf"), dir.resolve("ref.fa"), dir.resolve("confident.bed"),
        dir.resolve("strata.tsv"), null);
  }

  @Test
  void decoyIntervalsAndRecordsAreLeftOutAndEveryComparisonSaysSo() throws Exception {
    final Path dir = TestFiles.scratch("truthset-contig-rule");
    final TruthSetData.Files files = truthSet(dir, "chr1\t0\t100\nchrUn_gl000220\t0\t9\n");
    final Path query = dir.resolve("query.vcf");
    Files.writeString(query, HEADER + snp("chr1", 11) + snp("chr1", 52) + "hs37d5\t3\t.\tA\tC\t50\tPASS\t.\tGT\t1/1\n");
    final List<String> warnings = new ArrayList<>();
    final ComparisonResult r;
    try (TruthSetData truth = TruthSetData.load(files)) {
      assertEquals(2, truth.warnings().size(), truth.warnings().toString());
      assertTrue(truth.warnings().get(0).contains("the confident-regions BED has 2 intervals on 1 contig"),
          truth.warnings().get(0));
      assertTrue(truth.warnings().get(1).contains("the BED of stratum 's' has 1 interval on 1 contig"),
          truth.warnings().get(1));
      r = Comparison.run(truth.settings(query, null, null, 1, ScoreField.QUAL, dir.resolve("out/x")), truth, "test",
          new ProgressSink() {
            @Override
            public void warn(String message) {
              warnings.add(message);
            }
          });
    }
    assertTrue(warnings.stream().anyMatch(w -> w.equals(query + ": the query VCF has 1 record on 1 contig the "
        + "reference '" + files.reference() + "' lacks (decoy, alt or unplaced sequences of the build), left out of "
        + "the comparison: 'hs37d5' (1)")), warnings.toString());
    assertTrue(warnings.containsAll(List.of(files.confident() + ": the confident-regions BED has 2 intervals on 1 "
        + "contig the reference '" + files.reference() + "' lacks (decoy, alt or unplaced sequences of the build), "
        + "left out of the comparison: 'hs37d5' (2)")), warnings.toString());
    // the decoy call is neither an FP nor anything else: 2 TP, nothing more
    assertEquals(2, r.tally().counts(FilterKind.ALL, VariantType.SNP).truthTp());
    assertEquals(0, r.tally().counts(FilterKind.ALL, VariantType.SNP).queryFp());
  }

  @Test
  void aStratumOnAContigTheReferenceLacksStopsTheTruthSetLoad() throws IOException {
    final Path dir = TestFiles.scratch("truthset-contig-rule-missing");
    final TruthSetData.Files files = truthSet(dir, "chr1\t0\t100\nchr2\t0\t9\n");
    final InputException e = assertThrows(InputException.class, () -> TruthSetData.load(files));
    assertEquals(dir.resolve("s.bed").toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize());
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("the BED of stratum 's' has intervals on contig 'chr2'"), e.problem());
  }
}
