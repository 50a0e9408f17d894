package dk.harness.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ReferenceSequence;
import dk.harness.io.FastaReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceContentTest {
  @Test
  void fastaHasSixtyBaseLinesAndAMatchingFai() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final List<String> lines = Files.readAllLines(cohort.reference(), StandardCharsets.US_ASCII);
    assertEquals(">chr1", lines.get(0));
    assertEquals(60, lines.get(1).length());
    // chr2's first base follows ">chr1\n", chr1's bases, one newline per (partial) line, and ">chr2\n".
    final long chr2Offset = 6 + 1_000_000 + (1_000_000 + 59) / 60 + 6;
    assertEquals(List.of("chr1\t1000000\t6\t60\t61", "chr2\t1000000\t" + chr2Offset + "\t60\t61"),
        Files.readAllLines(cohort.root().resolve("reference/demo.fa.fai")));
    // Read through the index (io's FastaReference) and by parsing the text: same bases.
    final StringBuilder chr2 = new StringBuilder();
    boolean inChr2 = false;
    for (String line : lines) {
      if (line.startsWith(">")) {
        inChr2 = line.equals(">chr2");
      } else if (inChr2) {
        assertTrue(line.length() <= 60);
        chr2.append(line);
      }
    }
    try (FastaReference fasta = FastaReference.open(cohort.reference())) {
      final ReferenceSequence seq = fasta.contig("chr2");
      assertEquals(1_000_000, seq.length());
      assertArrayEquals(chr2.toString().getBytes(StandardCharsets.US_ASCII), seq.bases(0, seq.length()));
    }
  }

  @Test
  void sequenceHasHumanLikeCompositionAndRepeats() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final byte[] seq;
    try (FastaReference fasta = FastaReference.open(cohort.reference())) {
      final ReferenceSequence chr1 = fasta.contig("chr1");
      seq = chr1.bases(0, chr1.length());
    }
    long gc = 0;
    for (byte b : seq) {
      assertTrue(b == 'A' || b == 'C' || b == 'G' || b == 'T', "unexpected base " + (char) b);
      gc += b == 'C' || b == 'G' ? 1 : 0;
    }
    final double gcFraction = (double) gc / seq.length;
    assertTrue(gcFraction > 0.39 && gcFraction < 0.45, "GC " + gcFraction);

    final List<Integer> runs = homopolymerRuns(seq, 7);
    // About 1.3 inserted homopolymers per kb, most of them 7 bp or longer; a random sequence has ~0.25/kb.
    assertTrue(runs.size() > 800 && runs.size() < 2500, "homopolymers >= 7 bp in 1 Mb: " + runs.size());
    assertTrue(runs.stream().anyMatch(r -> r >= 20), "no homopolymer of 20 bp or more");
    // Di- and trinucleotide repeats of at least 5 copies, essentially absent from a random sequence.
    final int di = tandemRepeats(seq, 2, 10);
    final int tri = tandemRepeats(seq, 3, 15);
    assertTrue(di > 300, "dinucleotide repeats: " + di);
    assertTrue(tri > 100, "trinucleotide repeats: " + tri);
  }

  @Test
  void strataBedsAreSortedDisjointAndMatchTheSequence() throws IOException {
    final Cohort cohort = TestCohorts.small();
    final byte[] seq;
    try (FastaReference fasta = FastaReference.open(cohort.reference())) {
      final ReferenceSequence chr1 = fasta.contig("chr1");
      seq = chr1.bases(0, chr1.length());
    }
    final List<long[]> hp = bed(cohort, "homopolymer_ge7", "chr1");
    final List<long[]> notInRepeats = bed(cohort, "not_in_repeats", "chr1");
    final List<long[]> tr = bed(cohort, "tandem_repeats", "chr1");
    for (List<long[]> intervals : List.of(hp, notInRepeats, tr, bed(cohort, "low_complexity_gc", "chr1"))) {
      assertTrue(intervals.size() > 10);
      for (int i = 0; i < intervals.size(); i++) {
        assertTrue(intervals.get(i)[0] < intervals.get(i)[1]);
        assertTrue(intervals.get(i)[1] <= 1_000_000);
        if (i > 0) {
          assertTrue(intervals.get(i - 1)[1] < intervals.get(i)[0], "overlapping or touching intervals");
        }
      }
    }
    // Every homopolymer run of 7+ lies in the stratum, and every stratum interval holds one.
    final boolean[] inHp = mask(hp, seq.length);
    int start = 0;
    for (int i = 1; i <= seq.length; i++) {
      if (i == seq.length || seq[i] != seq[start]) {
        if (i - start >= 7) {
          for (int p = Math.max(0, start - 5); p < Math.min(seq.length, i + 5); p++) {
            assertTrue(inHp[p], "homopolymer at " + start + " not covered at " + p);
          }
        }
        start = i;
      }
    }
    for (long[] iv : hp) {
      assertTrue(homopolymerRuns(java.util.Arrays.copyOfRange(seq, (int) iv[0], (int) iv[1]), 7).size() > 0,
          "stratum interval without a homopolymer: " + iv[0] + "-" + iv[1]);
    }
    // not_in_repeats is exactly the complement of homopolymers and tandem repeats.
    final boolean[] inTr = mask(tr, seq.length);
    final boolean[] inNot = mask(notInRepeats, seq.length);
    for (int p = 0; p < seq.length; p++) {
      assertEquals(!(inHp[p] || inTr[p]), inNot[p], "position " + p);
    }
  }

  static List<Integer> homopolymerRuns(byte[] seq, int min) {
    final List<Integer> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= seq.length; i++) {
      if (i == seq.length || seq[i] != seq[start]) {
        if (i - start >= min) {
          runs.add(i - start);
        }
        start = i;
      }
    }
    return runs;
  }

  /** Maximal stretches with period k (unit not a single base) of at least {@code minSpan} bases. */
  private static int tandemRepeats(byte[] seq, int k, int minSpan) {
    int count = 0;
    int matches = 0;
    for (int i = k; i <= seq.length; i++) {
      if (i < seq.length && seq[i] == seq[i - k]) {
        matches++;
        continue;
      }
      if (matches + k >= minSpan && seq[i - 1] != seq[i - 2]) {
        count++;
      }
      matches = 0;
    }
    return count;
  }

  private static List<long[]> bed(Cohort cohort, String stratum, String contig) throws IOException {
    final List<long[]> out = new ArrayList<>();
    for (String line : Files.readAllLines(cohort.root().resolve("strata/" + stratum + ".bed"))) {
      final String[] f = line.split("\t");
      assertEquals(3, f.length, line);
      if (f[0].equals(contig)) {
        out.add(new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return out;
  }

  private static boolean[] mask(List<long[]> intervals, int length) {
    final boolean[] m = new boolean[length];
    for (long[] iv : intervals) {
      for (long p = iv[0]; p < iv[1]; p++) {
        m[(int) p] = true;
      }
    }
    return m;
  }
}
