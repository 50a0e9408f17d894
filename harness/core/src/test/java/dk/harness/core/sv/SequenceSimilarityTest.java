package dk.harness.core.sv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceSimilarityTest {
  @Test
  void bitParallelDistanceEqualsTheDynamicProgrammeOnRandomPairs() {
    final Random rnd = new Random(12);
    for (int n = 0; n < 3000; n++) {
      final String a = random(rnd, rnd.nextInt(n < 2000 ? 80 : 300));
      final String b = rnd.nextBoolean() ? mutate(rnd, a) : random(rnd, rnd.nextInt(200));
      assertEquals(SequenceSimilarity.editDistanceSlow(a, b), SequenceSimilarity.editDistance(a, b), a + " / " + b);
    }
  }

  @Test
  void similarityIsSharedLengthOverTotalLength() {
    // ACGT vs ACT: one deletion, (4 + 3 - 1) / 7.
    assertEquals(6 / 7.0, SequenceSimilarity.seqsim("ACGT", "act"), 1e-12);
    assertEquals(1.0, SequenceSimilarity.seqsim("ACGT", "ACGT"));
  }

  @Test
  void unrollingRecoversAnInsertionShiftedAlongATandemRepeat() {
    // The same 8-base insertion reported 3 bases apart in a repeat: rotated by the shift, it is identical.
    final String a = "CAGTTGCA";
    final String b = "TTGCACAG";
    assertEquals(1.0, SequenceSimilarity.best(a, b, 3));
    assertEquals(true, SequenceSimilarity.seqsim(a, b) < 1.0);
  }

  private static String random(Random rnd, int n) {
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("ACGT".charAt(rnd.nextInt(4)));
    }
    return sb.toString();
  }

  private static String mutate(Random rnd, String s) {
    final StringBuilder sb = new StringBuilder(s);
    for (int k = rnd.nextInt(10); k > 0 && sb.length() > 0; k--) {
      final int i = rnd.nextInt(sb.length());
      switch (rnd.nextInt(3)) {
        case 0 -> sb.deleteCharAt(i);
        case 1 -> sb.insert(i, "ACGT".charAt(rnd.nextInt(4)));
        default -> sb.setCharAt(i, "ACGT".charAt(rnd.nextInt(4)));
      }
    }
    return sb.toString();
  }
}
