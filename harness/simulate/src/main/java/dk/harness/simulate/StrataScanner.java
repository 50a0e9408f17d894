package dk.harness.simulate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Computes the stratification BEDs from the generated sequence in one streaming pass, independent of how the
 * sequence was made (so chance repeats in the background count too). Memory is constant: marks live in a small
 * ring buffer and a position is written out once no detector can mark it any more.
 *
 * <p>Strata (GIAB-style, intervals padded by {@value #SLOP} bp where noted):
 * <ul>
 *   <li>{@code homopolymer_ge7}: runs of one base of length 7 or more, +/- 5 bp;</li>
 *   <li>{@code tandem_repeats}: stretches of period 2-6 (not homopolymers) spanning 12 bp or more, +/- 5 bp;</li>
 *   <li>{@code low_complexity_gc}: 100-bp windows (aligned to the contig start; a last partial window counts when it
 *   has 50 bp or more) with GC below 25% or above 65%;</li>
 *   <li>{@code not_in_repeats}: everything in neither of the first two.</li>
 * </ul>
 * Not thread-safe.
 */
final class StrataScanner implements Closeable {
  /** Stratum names in TSV order. */
  static final List<String> NAMES = List.of("homopolymer_ge7", "tandem_repeats", "low_complexity_gc",
      "not_in_repeats");
  static final int SLOP = 5;
  static final int MIN_HOMOPOLYMER = 7;
  static final int MIN_TANDEM_SPAN = 12;
  static final int MAX_PERIOD = 6;
  static final int GC_WINDOW = 100;

  private static final int HP = 1;
  private static final int TR = 2;
  private static final int GC = 4;
  private static final int RING = 1024;
  private static final int MASK = RING - 1;
  /** A position is final once the scan is this far past it (longest look-back is a GC window). */
  private static final int DELAY = 256;

  private final BedWriter[] writers;
  private final byte[] flags = new byte[RING];
  private final byte[] history = new byte[RING];

  private String contig;
  private int length;
  private long pos;
  private long finalized;
  private final long[] open = new long[4];
  // Homopolymer state.
  private byte runBase;
  private long runStart;
  // Tandem repeat state per period k (index k).
  private final int[] matches = new int[MAX_PERIOD + 1];
  private final boolean[] active = new boolean[MAX_PERIOD + 1];
  private final boolean[] suppressed = new boolean[MAX_PERIOD + 1];
  private int gcCount;
  private int lastEmitted;

  /** @param paths BED paths in {@link #NAMES} order */
  StrataScanner(List<Path> paths) throws IOException {
    writers = new BedWriter[NAMES.size()];
    try {
      for (int i = 0; i < writers.length; i++) {
        writers[i] = new BedWriter(paths.get(i));
      }
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /** Starts a contig of {@code contigLength} bases; the previous one must have been finished. */
  void startContig(String name, int contigLength) {
    contig = name;
    length = contigLength;
    pos = 0;
    finalized = 0;
    runBase = 0;
    runStart = 0;
    java.util.Arrays.fill(matches, 0);
    java.util.Arrays.fill(active, false);
    java.util.Arrays.fill(suppressed, false);
    java.util.Arrays.fill(flags, (byte) 0);
    java.util.Arrays.fill(open, -1);
    gcCount = 0;
    lastEmitted = 0;
  }

  /** Feeds the next bases of the contig. */
  void accept(byte[] bases) throws IOException {
    for (byte b : bases) {
      step(b);
      if (pos - finalized > DELAY) {
        emit(finalized);
        finalized++;
      }
    }
  }

  /** Ends the contig: closes open runs and writes all remaining positions. */
  void finishContig() throws IOException {
    endHomopolymer();
    for (int k = 2; k <= MAX_PERIOD; k++) {
      endTandem(k);
    }
    if (pos % GC_WINDOW >= GC_WINDOW / 2) {
      endGcWindow();
    }
    while (finalized < length) {
      emit(finalized);
      finalized++;
    }
    for (int s = 0; s < open.length; s++) {
      if (open[s] >= 0) {
        writers[s].add(contig, open[s], length);
        open[s] = -1;
      }
    }
  }

  private void step(byte b) {
    final long p = pos;
    history[(int) (p & MASK)] = b;
    if (b == runBase && p > 0) {
      final long runLength = p - runStart + 1;
      if (runLength == MIN_HOMOPOLYMER) {
        mark(runStart - SLOP, p + 1, HP);
      } else if (runLength > MIN_HOMOPOLYMER) {
        mark(p, p + 1, HP);
      }
    } else {
      endHomopolymer();
      runBase = b;
      runStart = p;
    }
    for (int k = 2; k <= MAX_PERIOD; k++) {
      if (p >= k && history[(int) ((p - k) & MASK)] == b) {
        matches[k]++;
        final int span = matches[k] + k;
        if (span == MIN_TANDEM_SPAN) {
          suppressed[k] = isHomopolymer(p, k);
          if (!suppressed[k]) {
            active[k] = true;
            mark(p - span + 1 - SLOP, p + 1, TR);
          }
        } else if (active[k]) {
          mark(p, p + 1, TR);
        }
      } else {
        endTandem(k);
        matches[k] = 0;
      }
    }
    if (b == 'C' || b == 'G') {
      gcCount++;
    }
    pos++;
    if (pos % GC_WINDOW == 0) {
      endGcWindow();
    }
  }

  private boolean isHomopolymer(long p, int k) {
    for (int i = 1; i < k; i++) {
      if (history[(int) ((p - i) & MASK)] != history[(int) (p & MASK)]) {
        return false;
      }
    }
    return true;
  }

  private void endHomopolymer() {
    if (runBase != 0 && pos - runStart >= MIN_HOMOPOLYMER) {
      mark(pos, pos + SLOP, HP);
    }
    runBase = 0;
  }

  private void endTandem(int k) {
    if (active[k]) {
      mark(pos, pos + SLOP, TR);
    }
    active[k] = false;
    suppressed[k] = false;
  }

  private void endGcWindow() {
    final long windowStart = (pos - 1) / GC_WINDOW * GC_WINDOW;
    final long size = pos - windowStart;
    if (size > 0) {
      final double gc = (double) gcCount / size;
      if (gc < 0.25 || gc > 0.65) {
        mark(windowStart, pos, GC);
      }
    }
    gcCount = 0;
  }

  /** Marks [from, to) clipped to the contig; positions must not be final yet. */
  private void mark(long from, long to, int flag) {
    final long lo = Math.max(from, Math.max(0, finalized));
    final long hi = Math.min(to, length);
    for (long q = lo; q < hi; q++) {
      flags[(int) (q & MASK)] |= (byte) flag;
    }
  }

  private void emit(long q) throws IOException {
    final int f = flags[(int) (q & MASK)];
    flags[(int) (q & MASK)] = 0;
    if (f == lastEmitted && q > 0) {
      // Same strata as the previous position: no interval opens or closes (the common case).
      return;
    }
    lastEmitted = f;
    update(0, q, (f & HP) != 0);
    update(1, q, (f & TR) != 0);
    update(2, q, (f & GC) != 0);
    update(3, q, (f & (HP | TR)) == 0);
  }

  private void update(int stratum, long q, boolean on) throws IOException {
    if (on && open[stratum] < 0) {
      open[stratum] = q;
    } else if (!on && open[stratum] >= 0) {
      writers[stratum].add(contig, open[stratum], q);
      open[stratum] = -1;
    }
  }

  /** Bases covered per stratum, in {@link #NAMES} order (complete after {@link #close()}). */
  long[] bases() {
    final long[] out = new long[writers.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = writers[i].bases();
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (BedWriter w : writers) {
      if (w != null) {
        try {
          w.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
