package dk.harness.testkit;

import static dk.harness.testkit.Fixtures.judged;
import static dk.harness.testkit.Fixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.TooComplexRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionPropertiesTest {
  private static final String[] A = lines("c 10 . A G . PASS . GT 0/1", "c 20 . A G . PASS . GT 0/1",
      "c 30 . A G . PASS . GT 0/0");

  @Test
  void selfComparisonWantsAllTp() {
    final ContigRun ok = new ContigRun("c", judged(A, "TP gm 9", "TP gm 19", "NOT_VARIANT . -1"),
        judged(A, "TP gm 9", "TP gm 19", "NOT_VARIANT . -1"), List.of());
    assertTrue(DecisionProperties.selfComparison(List.of(ok), 1000).isEmpty());
    final ContigRun bad = new ContigRun("c", judged(A, "TP gm 9", "FN . 19", "NOT_VARIANT . -1"),
        judged(A, "TP gm 9", "FP . 19", "NOT_VARIANT . -1"), List.of());
    assertEquals(1, DecisionProperties.selfComparison(List.of(bad), 1000).size());
  }

  @Test
  void overlappingRecordsNeedOnlyMirror() {
    final String[] overlap = lines("c 10 . AT A . PASS . GT 1/1", "c 11 . T C . PASS . GT 1/1");
    final ContigRun mirrored = new ContigRun("c", judged(overlap, "TP gm 9", "FN . 9"),
        judged(overlap, "TP gm 9", "FP . 9"), List.of());
    assertTrue(DecisionProperties.selfComparison(List.of(mirrored), 1000).isEmpty());
    final ContigRun notMirrored = new ContigRun("c", judged(overlap, "TP gm 9", "FN . 9"),
        judged(overlap, "FP . 9", "TP gm 9"), List.of());
    assertEquals(2, DecisionProperties.selfComparison(List.of(notMirrored), 1000).size());
  }

  @Test
  void tooComplexIsAcceptedOnlyInsideAReportedRegion() {
    final String[] one = lines("c 10 . A G . PASS . GT 0/1");
    final ContigRun reported = new ContigRun("c", judged(one, "TOO_COMPLEX . -1"), judged(one, "TOO_COMPLEX . -1"),
        List.of(new TooComplexRegion(5, 15, 1, 1, "more than 50000 open paths")));
    assertTrue(DecisionProperties.selfComparison(List.of(reported), 1000).isEmpty());
    final ContigRun unreported = new ContigRun("c", judged(one, "TOO_COMPLEX . -1"),
        judged(one, "TOO_COMPLEX . -1"), List.of());
    assertEquals(1, DecisionProperties.selfComparison(List.of(unreported), 1000).size());
  }

  @Test
  void swapMustMirrorExceptBalancedTies() {
    final String[] t = lines("c 10 . AT A . PASS . GT 0/1");
    final String[] q = lines("c 10 . AT A . PASS . GT 0/1", "c 12 . A T . PASS . GT 0/1");
    final ContigRun original = new ContigRun("c", judged(t, "TP gm 9"), judged(q, "TP gm 9", "FP am 9 9"),
        List.of());
    final ContigRun mirror = new ContigRun("c", judged(q, "TP gm 9", "FN am 9 9"), judged(t, "TP gm 9"), List.of());
    final DecisionProperties.SwapCheck exact = DecisionProperties.swap(List.of(original), List.of(mirror));
    assertTrue(exact.violations().isEmpty() && exact.ties().isEmpty());
    // The other query record matched instead: same number of TP per side, so a tie.
    final ContigRun tie = new ContigRun("c", judged(q, "FN am 9 9", "TP gm 9"), judged(t, "TP gm 9"), List.of());
    final DecisionProperties.SwapCheck tieCheck = DecisionProperties.swap(List.of(original), List.of(tie));
    assertTrue(tieCheck.violations().isEmpty(), tieCheck.toString());
    assertEquals(2, tieCheck.ties().size());
    // Nothing matched after swapping: unbalanced, a real asymmetry.
    final ContigRun lost = new ContigRun("c", judged(q, "FN . 9", "FN . 9"), judged(t, "FP . 9"), List.of());
    assertEquals(2, DecisionProperties.swap(List.of(original), List.of(lost)).violations().size(),
        "the two records that lost their match; the FP that became FN is mirrored");
  }

  @Test
  void rerunMustBeIdentical() {
    final ContigRun a = new ContigRun("c", judged(A, "TP gm 9", "TP gm 19", "NOT_VARIANT . -1"),
        judged(A, "TP gm 9", "TP gm 19", "NOT_VARIANT . -1"), List.of());
    final ContigRun b = new ContigRun("c", judged(A, "TP gm 9", "TP gm 18", "NOT_VARIANT . -1"),
        judged(A, "TP gm 9", "TP gm 19", "NOT_VARIANT . -1"), List.of());
    assertTrue(DecisionProperties.identical(List.of(a), List.of(a)).isEmpty());
    assertEquals(1, DecisionProperties.identical(List.of(a), List.of(b)).size(), "a different block is a difference");
  }
}
