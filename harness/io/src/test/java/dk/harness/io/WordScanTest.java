package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordScanTest {

  /** Every byte value against words of random bytes, and words where the target sits next to 0x00/0x01/0x80. */
  @Test
  void matchesExactlyTheEqualBytes() {
    final SplittableRandom random = new SplittableRandom(7);
    final byte[] b = new byte[8];
    for (int round = 0; round < 20_000; round++) {
      final byte target = (byte) random.nextInt(256);
      for (int k = 0; k < 8; k++) {
        final int kind = random.nextInt(5);
        b[k] = switch (kind) {
          case 0 -> target;
          case 1 -> (byte) (target + 1);
          case 2 -> (byte) (target - 1);
          case 3 -> (byte) (random.nextBoolean() ? 0x80 : 0x00);
          default -> (byte) random.nextInt(256);
        };
      }
      final long hits = WordScan.matches(WordScan.word(b, 0), target);
      int firstExpected = 8;
      for (int k = 0; k < 8; k++) {
        assertEquals(b[k] == target, ((hits >>> (8 * k + 7)) & 1) == 1, "byte " + k + " of round " + round);
        if (b[k] == target && firstExpected == 8) {
          firstExpected = k;
        }
      }
      assertEquals(0, hits & ~WordScan.HIGH, "only bit 7 of a byte is set");
      assertEquals(firstExpected, WordScan.first(hits));
    }
  }
}
