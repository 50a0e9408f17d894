package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contig handling and the ALL/PASS split on hand-made data: a contig with records on one side only is still
 * compared (its records become FN or FP), filtered records leave the PASS comparison before matching, and
 * --target drops records before matching.
 */
class CompareContigsAndFiltersTest {

  /**
   * chrA: shared SNP (TP) + a filtered query-only SNP; chrB: truth only (2 FN); chrC: query only (1 FP);
   * chrD: no records.
   */
  private static String[] setUp(Path dir, String... extra) throws IOException {
    final SyntheticData d = new SyntheticData(dir, "chrA", "chrB", "chrC", "chrD");
    final Path truth = d.vcf("truth.vcf", "T", List.of(d.snp("chrA", 50, "PASS", "0/1"),
        d.snp("chrB", 60, "PASS", "1/1"), d.snp("chrB", 100, "PASS", "0/1")));
    final Path query = d.vcf("query.vcf", "Q", List.of(d.snp("chrA", 50, "PASS", "0/1"),
        d.snp("chrA", 120, "LowQual", "0/1"), d.snp("chrC", 80, ".", "1/1")));
    final List<String> a = new ArrayList<>(List.of("compare", "--truth", truth.toString(), "--query", query.toString(),
        "--reference", d.fasta().toString(), "--output", dir.resolve("out/syn").toString(), "--threads", "1"));
    a.addAll(List.of(extra));
    return a.toArray(String[]::new);
  }

  @Test
  void oneSidedContigsAreComparedAndFilteredRecordsLeavePass() throws IOException {
    final Path dir = TestData.scratch("syn-contigs");
    final TestData.Run run = TestData.run(setUp(dir));
    assertEquals(0, run.exitCode(), run.stderr());
    final SummaryCsv s = SummaryCsv.read(dir.resolve("out/syn.summary.csv"));
    assertEquals(3, s.get("SNP", "ALL", "TRUTH.TOTAL"));
    assertEquals(1, s.get("SNP", "ALL", "TRUTH.TP"));
    assertEquals(2, s.get("SNP", "ALL", "TRUTH.FN"));
    assertEquals(2, s.get("SNP", "ALL", "QUERY.FP"));
    // PASS: the LowQual query record was removed before matching.
    assertEquals(1, s.get("SNP", "PASS", "TRUTH.TP"));
    assertEquals(2, s.get("SNP", "PASS", "TRUTH.FN"));
    assertEquals(1, s.get("SNP", "PASS", "QUERY.FP"));
    // Progress names each compared contig; chrD has no records and is skipped.
    for (String c : List.of("chrA", "chrB", "chrC")) {
      assertTrue(run.stderr().contains(c), run.stderr());
    }
    assertTrue(!run.stderr().contains("chrD "), run.stderr());
  }

  @Test
  void targetDropsRecordsBeforeMatching() throws IOException {
    final Path dir = TestData.scratch("syn-target");
    final SyntheticData d = new SyntheticData(dir, "chrA");
    final Path target = d.bed("target.bed", "chrA\t0\t100");
    final TestData.Run run = TestData.run(setUp(dir, "--target", target.toString(), "--quiet"));
    assertEquals(0, run.exitCode(), run.stderr());
    final SummaryCsv s = SummaryCsv.read(dir.resolve("out/syn.summary.csv"));
    // Only chrA:1-100 is kept: the shared SNP at 50. chrB/chrC records and the filtered SNP at 120 are gone.
    assertEquals(1, s.get("SNP", "ALL", "TRUTH.TOTAL"));
    assertEquals(1, s.get("SNP", "ALL", "TRUTH.TP"));
    assertEquals(0, s.get("SNP", "ALL", "QUERY.FP"));
  }

  @Test
  void confidentBedWithForeignContigNamesIsRefused() throws IOException {
    final Path dir = TestData.scratch("syn-bed-naming");
    final SyntheticData d = new SyntheticData(dir, "chrA");
    final Path bed = d.bed("numeric.bed", "A\t0\t300", "B\t0\t300");
    final TestData.Run run = TestData.run(setUp(dir, "--confident", bed.toString(), "--quiet"));
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(1, run.stderrLines().size(), run.stderr());
    assertTrue(run.stderr().startsWith(Main.ERROR_PREFIX + bed), run.stderr());
    CompareBadInputTest.assertNoOutputs(dir.resolve("out"));
  }
}
