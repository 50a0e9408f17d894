package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrataScannerTest {
  @Test
  void findsHomopolymersTandemRepeatsAndGcWindowsWithSlop() throws IOException {
    // 100 bp of balanced sequence with a 7-bp homopolymer at 20 and a (CA)x6 repeat at 60, then a G/C-only window.
    final StringBuilder s = new StringBuilder();
    final String filler = "ACGTTGCATGACTGACGTCA";
    while (s.length() < 100) {
      s.append(filler);
    }
    s.replace(20, 27, "TTTTTTT");
    s.replace(60, 72, "CACACACACACA");
    s.append("GC".repeat(50));
    s.append(filler.repeat(2));
    final Path dir = TestCohorts.fresh("scanner");
    final List<Path> beds = StrataScanner.NAMES.stream().map(n -> dir.resolve(n + ".bed")).toList();
    final byte[] bases = s.toString().getBytes(StandardCharsets.US_ASCII);
    try (StrataScanner scanner = new StrataScanner(beds)) {
      scanner.startContig("c1", bases.length);
      // Feed in uneven chunks: results must not depend on chunking.
      scanner.accept(java.util.Arrays.copyOfRange(bases, 0, 23));
      scanner.accept(java.util.Arrays.copyOfRange(bases, 23, bases.length));
      scanner.finishContig();
    }
    // The homopolymer 20-27 with 5 bp slop on each side; the filler has no other run of 7.
    assertEquals(List.of("c1\t15\t32"), Files.readAllLines(beds.get(0)));
    // The (CA)x6 repeat ends at 72 (+5 slop); its start may reach left where the filler happens to continue it.
    // The "GC" block (100-200) is a period-2 repeat too, so it is the second tandem repeat interval.
    final List<String> tr = Files.readAllLines(beds.get(1));
    assertEquals(List.of("c1\t95\t205"), tr.subList(1, tr.size()));
    assertEquals("c1\t" + (trStart(s.toString(), 60) - 5) + "\t77", tr.get(0));
    assertEquals(List.of("c1\t100\t200"), Files.readAllLines(beds.get(2)));
    final List<String> not = Files.readAllLines(beds.get(3));
    assertEquals("c1\t0\t15", not.get(0));
    assertEquals("c1\t32\t" + (trStart(s.toString(), 60) - 5), not.get(1));
  }

  /** Start of the period-2 stretch ending the (CA)x6 at 72, extended left as far as the sequence continues it. */
  private static int trStart(String s, int start) {
    int i = start;
    while (i - 1 >= 0 && s.charAt(i - 1) == s.charAt(i + 1)) {
      i--;
    }
    return i;
  }
}
