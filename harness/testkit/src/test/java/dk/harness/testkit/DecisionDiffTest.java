package dk.harness.testkit;

import static dk.harness.testkit.Fixtures.judged;
import static dk.harness.testkit.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionDiffTest {
  private static final String HEADER = "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS\n";

  @Test
  void reportsEachDifferingRecordWithOurDecision(@TempDir Path tmp) throws IOException {
    final Path tp = Files.writeString(tmp.resolve("tp.vcf"), HEADER
        + "c\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n"
        + "c\t20\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n");
    final Path fp = Files.writeString(tmp.resolve("fp.vcf"), HEADER
        + "c\t30\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n"
        + "c\t99\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    final List<Judged> ours = judged(lines("c 10 . A G . PASS . GT 0/1", "c 20 . A G . PASS . GT 0/1",
        "c 30 . A C . PASS . GT 0/1"), "TP gm 9", "FP am 19 19", "FP . 29");
    final DecisionDiff d = DecisionDiff.compare("query", ours,
        List.of(VcfevalStatus.TP, VcfevalStatus.FP, VcfevalStatus.FP), ExpectedStatuses.splitQuery(tp, fp));
    assertEquals(2, d.differing(), d.render(10));
    final String text = d.render(10);
    assertTrue(text.contains("c:20 A>G 0/1") && text.contains("vcfeval=TP") && text.contains("ours=FP")
        && text.contains("level=am block=19"), text);
    assertTrue(text.contains("c:99 A>C") && text.contains("no such record"), text);
    assertTrue(text.startsWith("2 of 3 records differ"), text);
  }

  @Test
  void repeatedKeysCompareAsMultisets(@TempDir Path tmp) throws IOException {
    final Path tp = Files.writeString(tmp.resolve("tp.vcf"), HEADER + "c\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n");
    final Path fp = Files.writeString(tmp.resolve("fp.vcf"), HEADER + "c\t10\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n");
    final List<Judged> ours = judged(lines("c 10 . A G . PASS . GT 0/1", "c 10 . A G . PASS . GT 0/1"),
        "FP . 9", "TP gm 9");
    final ExpectedStatuses e = ExpectedStatuses.splitQuery(tp, fp);
    assertTrue(DecisionDiff.compare("query", ours, List.of(VcfevalStatus.FP, VcfevalStatus.TP), e).isEmpty());
    assertEquals(1, DecisionDiff.compare("query", ours, List.of(VcfevalStatus.FP, VcfevalStatus.FP), e).differing(),
        "an FP where vcfeval has TP is one differing record");
  }

  @Test
  void annotatedStatusesAreComparedExactly(@TempDir Path tmp) throws IOException {
    final Path calls = Files.writeString(tmp.resolve("calls.vcf"), HEADER
        + "c\t10\t.\tA\tG\t.\tPASS\tSYNC=10;CALL=FP_CA\tGT\t0/1\n");
    final List<Judged> ours = judged(lines("c 10 . A G . PASS . GT 0/1"), "FP am 9 9");
    final ExpectedStatuses e = ExpectedStatuses.annotated(calls, "CALL");
    assertTrue(DecisionDiff.compare("query", ours, List.of(VcfevalStatus.FP_CA), e).isEmpty());
    assertEquals(1, DecisionDiff.compare("query", ours, List.of(VcfevalStatus.FP), e).differing());
  }
}
