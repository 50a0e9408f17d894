package dk.harness.testkit;

import static dk.harness.testkit.Fixtures.judged;
import static dk.harness.testkit.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.harness.core.RegionSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VcfevalViewTest {
  private static final String[] TRUTH = lines(
      "c 10 . A G . PASS . GT 0/1",     // TP, inside
      "c 20 . A G . PASS . GT 0/1",     // TP, outside the BED
      "c 30 . A G . PASS . GT 0/1",     // FN inside
      "c 40 . A AT . PASS . GT 0/1",    // FN: insertion at the BED edge -> outside
      "c 50 . A G . PASS . GT 0/0");    // not a variant
  private static final String[] QUERY = lines(
      "c 10 . A G . PASS . GT 0/1",     // TP in a block with an inside truth TP
      "c 20 . A G . PASS . GT 0/1",     // TP in a block whose only truth TP is outside -> weight 0
      "c 31 . A C . PASS . GT 0/1",     // FP inside
      "c 60 . A C . PASS . GT 0/1",     // FP outside
      "c 70 . A C . PASS . GT 0/1");    // filtered before matching (no decision)

  private static ContigRun run() {
    return new ContigRun("c",
        judged(TRUTH, "TP gm 9", "TP gm 19", "FN . 29", "FN . 39", "NOT_VARIANT . -1"),
        judged(QUERY, "TP gm 9", "TP gm 19", "FP . 29", "FP . 59", null), List.of());
  }

  private static RegionSet bed() {
    // [0,15) [25,40) : truth 40 A>AT has span [40,40), which touches the end only.
    return RegionSet.builder().add("c", 0, 15).add("c", 25, 40).build();
  }

  @Test
  void appliesVcfevalsRegionAndWeightRules() {
    final VcfevalView.Statuses s = VcfevalView.classify(run(), bed(), false);
    assertEquals(List.of(VcfevalStatus.TP, VcfevalStatus.OUT, VcfevalStatus.FN, VcfevalStatus.OUT,
        VcfevalStatus.IGN), s.truth());
    assertEquals(List.of(VcfevalStatus.TP, VcfevalStatus.OUT, VcfevalStatus.FP, VcfevalStatus.OUT,
        VcfevalStatus.IGN), s.query());
    assertEquals(1.0, s.queryWeight()[0]);
    assertEquals(0.0, s.queryWeight()[1]);
    assertEquals(new VcfevalCounts(1, 1, 1, 1), VcfevalView.count(List.of(run()), bed(), false));
  }

  @Test
  void withoutBedEverythingIsInside() {
    assertEquals(new VcfevalCounts(2, 2, 2, 2), VcfevalView.count(List.of(run()), null, false));
  }

  @Test
  void twoPassReportsAlleleMatchesByTheirAlleleBlockWeight() {
    final ContigRun r = new ContigRun("c",
        judged(lines("c 10 . A G . PASS . GT 1/1", "c 20 . A G . PASS . GT 1/1"), "FN am 9 9", "FN am 19 19"),
        judged(lines("c 10 . A G . PASS . GT 0/1", "c 20 . A G . PASS . GT 0/1"), "FP am 9 9", "FP am 19 19"),
        List.of());
    final RegionSet bed = RegionSet.builder().add("c", 0, 15).build();
    final VcfevalView.Statuses two = VcfevalView.classify(r, bed, true);
    assertEquals(List.of(VcfevalStatus.FN_CA, VcfevalStatus.OUT), two.truth());
    // The second query AM record lies outside but its allele block has no inside truth: weight 0 -> OUT.
    assertEquals(List.of(VcfevalStatus.FP_CA, VcfevalStatus.OUT), two.query());
    final VcfevalView.Statuses one = VcfevalView.classify(r, bed, false);
    assertEquals(List.of(VcfevalStatus.FN, VcfevalStatus.OUT), one.truth());
    assertEquals(List.of(VcfevalStatus.FP, VcfevalStatus.OUT), one.query());
  }

  @Test
  void tooComplexRecordsAreHard() {
    final ContigRun r = new ContigRun("c", judged(lines("c 10 . A G . PASS . GT 0/1"), "TOO_COMPLEX . -1"),
        judged(lines("c 10 . A G . PASS . GT 0/1"), "TOO_COMPLEX . -1"), List.of());
    final VcfevalView.Statuses s = VcfevalView.classify(r, null, false);
    assertEquals(List.of(VcfevalStatus.HARD), s.truth());
    assertEquals(List.of(VcfevalStatus.HARD), s.query());
    assertEquals(new VcfevalCounts(0, 0, 0, 0), VcfevalView.count(List.of(r), null, false));
  }
}
