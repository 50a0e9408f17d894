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

class WeightedRocTest {

  @Test
  void cumulativeRowsByDescendingScoreWithNoneLast(@TempDir Path tmp) throws IOException {
    // Two query TP share a block with one truth TP (weight 0.5 each); one FP at score 5; one FP without score.
    final ContigRun run = new ContigRun("c",
        judged(lines("c 10 . AT A . PASS . GT 0/1", "c 40 . A G . PASS . GT 0/1"), "TP gm 9", "FN . 39"),
        judged(lines("c 10 . A G 7 PASS . GT 0/1", "c 11 . T G 7 PASS . GT 0/1", "c 20 . A C 5 PASS . GT 0/1",
            "c 30 . A C . PASS . GT 0/1"), "TP gm 9", "TP gm 9", "FP . 19", "FP . 29"), List.of());
    final WeightedRoc ours = WeightedRoc.compute(List.of(run), List.of(VcfevalView.classify(run, null, false)));
    assertEquals(2, ours.totalBaseline());
    assertEquals(List.of(new WeightedRoc.Row("7.000", 1.0, 0, 2, 1), new WeightedRoc.Row("5.000", 1.0, 1, 2, 1),
        new WeightedRoc.Row("None", 1.0, 2, 2, 1)), ours.rows());
    final Path tsv = Files.writeString(tmp.resolve("weighted_roc.tsv"), String.join("\n",
        "#total baseline variants: 2",
        "#score\ttrue_positives_baseline\tfalse_positives\ttrue_positives_call\tfalse_negatives\tprecision",
        "7.000\t1.00\t0.00\t2.00\t1.00\t1.0000", "5.000\t1.00\t1.00\t2.00\t1.00\t0.6667",
        "None\t1.00\t2.00\t2.00\t1.00\t0.5000", ""));
    assertEquals("", ours.differences(WeightedRoc.read(tsv), 5));
    final Path other = Files.writeString(tmp.resolve("other.tsv"), String.join("\n",
        "#total baseline variants: 2", "7.000\t1.00\t0.00\t2.00\t1.00\t1.0000", ""));
    assertTrue(ours.differences(WeightedRoc.read(other), 5).contains("row 2"));
  }
}
