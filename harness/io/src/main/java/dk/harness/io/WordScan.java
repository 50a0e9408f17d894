package dk.harness.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time: the byte scans of VCF and BED reading (line ends, tabs, a few characters INFO may not
 * hold) read a {@code long} and test all of its bytes with a few arithmetic operations, then look at single
 * bytes only in the words that have a hit. Stateless and thread-safe.
 *
 * <p>{@link #matches} is exact per byte (no borrow between bytes), so a hit's position is that of the byte.
 */
final class WordScan {
  /** Little-endian: byte {@code i} of the array is bits {@code 8 * (i - from)} of the word read at {@code from}. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  static final long HIGH = 0x8080808080808080L;

  private WordScan() {
  }

  /** The eight bytes {@code b[from, from + 8)}; the caller ensures they exist. */
  static long word(byte[] b, int from) {
    return (long) LONGS.get(b, from);
  }

  /** Bit 7 of each byte of the result is set exactly where that byte of {@code word} equals {@code c}. */
  static long matches(long word, byte c) {
    final long x = word ^ (ONES * (c & 0xFF));
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** Offset within the word of the first hit of a {@link #matches} result (0-7), 8 if none. */
  static int first(long hits) {
    return Long.numberOfTrailingZeros(hits) >>> 3;
  }
}
