package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcfevalSummaryTest {

  @Test
  void readsTheNoneAndThresholdRows(@TempDir Path tmp) throws IOException {
    final Path p = Files.writeString(tmp.resolve("summary.txt"), String.join("\n",
        "Threshold  True-pos-baseline  True-pos-call  False-pos  False-neg  Precision  Sensitivity  F-measure",
        "----------------------------------------------------------------------------------------------------",
        "   30.000                217            218         33          4     0.8685       0.9819     0.9217",
        "     None                217            218         34          4     0.8651       0.9819     0.9198", ""));
    final VcfevalSummary s = VcfevalSummary.read(p);
    assertEquals(new VcfevalCounts(217, 218, 34, 4), s.none());
    assertEquals(new VcfevalCounts(217, 218, 33, 4), s.threshold());
    assertEquals(30.0, s.thresholdScore());
  }

  @Test
  void readsTheNoBaselineForm(@TempDir Path tmp) throws IOException {
    final Path p = Files.writeString(tmp.resolve("summary.txt"),
        "0 total baseline variants, no summary statistics available\n");
    assertTrue(VcfevalSummary.read(p).noBaselineVariants());
  }

  @Test
  void rejectsOtherText(@TempDir Path tmp) throws IOException {
    final Path p = Files.writeString(tmp.resolve("summary.txt"), "hello\n");
    assertThrows(IllegalArgumentException.class, () -> VcfevalSummary.read(p));
  }

  @Test
  void swappedCountsExchangeSides() {
    assertEquals(new VcfevalCounts(2, 1, 4, 3), new VcfevalCounts(1, 2, 3, 4).swapped());
  }
}
