package dk.harness.bench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.RegionSet;
import dk.harness.io.Stratifications;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GiabSizedStrataTest {
  private static final Path TMP = Path.of("target", "giab-sized-strata-test");

  /**
   * 4 kbp of random bases without runs of four, the features the tests look for at fixed places, then 300 kbp
   * more random bases (so the pseudo-random strata have intervals on it).
   */
  private static byte[] contig(long seed) {
    final SplittableRandom r = new SplittableRandom(seed);
    final StringBuilder s = new StringBuilder();
    random(s, r, 4_000);
    s.append("GCGCTTGCAG").append("A".repeat(9)).append("GCTTGCAGTC"); // homopolymer A at 4010..4019
    s.append("ACACACACACACACAC").append("TTGCAGGCTA"); // AC repeat of 16 at 4029..4045 (with a C before)
    s.append("CCCCCCGCCCCCCG").append("TAGTCAGCTA"); // imperfect C: 6 + G + 6 at 4055..4068
    s.append("N".repeat(200)).append("GATC".repeat(500)); // N at 4079..4279, then GATC to 6279
    random(s, r, 300_000);
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void random(StringBuilder s, SplittableRandom r, int count) {
    final int to = s.length() + count;
    while (s.length() < to) {
      final char c = "ACGT".charAt(r.nextInt(4));
      final int len = s.length();
      if (len >= 3 && s.charAt(len - 1) == c && s.charAt(len - 2) == c && s.charAt(len - 3) == c) {
        continue;
      }
      s.append(c);
    }
  }

  @Test
  void homopolymersAreFiledByLengthAndBaseWithSlop5() {
    final Map<String, int[]> s = GiabSequenceStrata.compute(contig(1));
    assertArrayEquals(new int[] {4005, 4024}, s.get("LowComplexity/SimpleRepeat_homopolymer_7to11_A_slop5"));
    assertArrayEquals(new int[] {4005, 4024}, s.get("LowComplexity/SimpleRepeat_homopolymer_7to11_slop5"));
    assertArrayEquals(new int[0], s.get("LowComplexity/SimpleRepeat_homopolymer_7to11_C_slop5"));
    assertArrayEquals(new int[0], s.get("LowComplexity/SimpleRepeat_homopolymer_12to20_slop5"));
  }

  @Test
  void anImperfectHomopolymerIsTwoRunsOfOneBaseBrokenByOneOtherBase() {
    final Map<String, int[]> s = GiabSequenceStrata.compute(contig(1));
    final int[] ge11 = s.get("LowComplexity/SimpleRepeat_imperfecthomopol_ge11_slop5");
    assertArrayEquals(new int[] {4050, 4073}, java.util.Arrays.copyOf(ge11, 2));
    assertFalse(contains(s.get("LowComplexity/SimpleRepeat_imperfecthomopol_ge21_slop5"), 4055, 4068));
    // six Cs are no homopolymer of 7
    assertArrayEquals(new int[0], s.get("LowComplexity/SimpleRepeat_homopolymer_7to11_C_slop5"));
  }

  @Test
  void aDinucleotideRepeatIsFiledByMotifAndNotAsAQuadOrHexaRepeat() {
    final Map<String, int[]> s = GiabSequenceStrata.compute(contig(1));
    assertTrue(contains(s.get("LowComplexity/SimpleRepeat_diTR_AC_lt50_slop5"), 4024, 4050));
    assertFalse(contains(s.get("LowComplexity/SimpleRepeat_diTR_AG_lt50_slop5"), 4024, 4050));
    assertFalse(contains(s.get("LowComplexity/SimpleRepeat_quadTR_lt50_slop5"), 4029, 4045));
    assertFalse(contains(s.get("LowComplexity/SimpleRepeat_hexaTR_lt50_slop5"), 4029, 4045));
    // GATC x 500 is a 2000 bp quadTR
    assertTrue(contains(s.get("LowComplexity/SimpleRepeat_quadTR_ge50_slop5"), 4279, 6279));
  }

  @Test
  void aComplementCoversExactlyWhatItsSetDoesNot() {
    final byte[] seq = contig(2);
    final Map<String, int[]> s = GiabSequenceStrata.compute(seq);
    final int[] in = s.get("LowComplexity/AllTandemRepeatsandHomopolymers_slop5");
    final int[] out = s.get("LowComplexity/notinAllTandemRepeatsandHomopolymers_slop5");
    assertTrue(in.length > 2);
    assertEquals(seq.length, covered(in) + covered(out));
    assertArrayEquals(new int[] {0, seq.length}, SyntheticStrata.union(in, out));
  }

  @Test
  void gapsAreRunsOfNWithSlop15kbClippedAtTheContigStart() {
    final Map<String, int[]> s = GiabSequenceStrata.compute(contig(1));
    assertArrayEquals(new int[] {0, 4279 + 15_000}, s.get("OtherDifficult/gaps_slop15kb"));
  }

  @Test
  void theSetIsDeterministicReadableByTheHarnessAndSortedOnEveryContig() throws IOException {
    final Path fa = TMP.resolve("ref.fa");
    Files.createDirectories(TMP);
    final byte[][] contigs = {contig(3), contig(3), contig(4)};
    final StringBuilder text = new StringBuilder();
    final StringBuilder fai = new StringBuilder();
    for (int c = 0; c < contigs.length; c++) {
      final String header = ">c" + c + "\n";
      final long offset = text.length() + header.length();
      text.append(header).append(new String(contigs[c], StandardCharsets.US_ASCII)).append('\n');
      fai.append("c").append(c).append('\t').append(contigs[c].length).append('\t').append(offset).append('\t')
          .append(contigs[c].length).append('\t').append(contigs[c].length + 1).append('\n');
    }
    Files.writeString(fa, text, StandardCharsets.US_ASCII);
    Files.writeString(TMP.resolve("ref.fa.fai"), fai, StandardCharsets.US_ASCII);
    final Map<String, int[]> truth = Map.of("c0", new int[] {100, 105, 3000}, "c2", new int[] {50});

    final GiabSizedStrata.Size a = GiabSizedStrata.write(fa, truth, TMP.resolve("a"));
    final GiabSizedStrata.Size b = GiabSizedStrata.write(fa, truth, TMP.resolve("b"));
    assertEquals(a, b);
    assertTrue(a.strata() >= 140 && a.strata() <= 160, "about 150 strata: " + a.strata());

    final List<Stratifications.Stratum> listed = Stratifications.read(TMP.resolve("a/strata.tsv"));
    assertEquals(a.strata(), listed.size());
    final Set<String> names = new HashSet<>();
    long intervals = 0;
    for (Stratifications.Stratum st : listed) {
      assertTrue(names.add(st.name()));
      assertTrue(st.bed().getFileName().toString().endsWith(".bed.gz"));
      final Path other = TMP.resolve("b").resolve(TMP.resolve("a").toAbsolutePath().relativize(st.bed()));
      assertArrayEquals(Files.readAllBytes(st.bed()), Files.readAllBytes(other), st.name());
      final RegionSet regions = st.load();
      for (String contig : regions.contigs()) {
        final int[] s = regions.starts(contig);
        final int[] e = regions.ends(contig);
        assertTrue(e[e.length - 1] <= contigs[Integer.parseInt(contig.substring(1))].length);
        intervals += s.length;
      }
    }
    // written intervals are merged already, so the harness reads back as many as were written
    assertEquals(a.intervals(), intervals);
    // the first two contigs are the same sequence: the same sequence strata, but their own random ones
    final Stratifications.Stratum hp = stratum(listed, "AllHomopolymers_ge7bp_slop5");
    assertArrayEquals(hp.load().starts("c0"), hp.load().starts("c1"));
    final RegionSet l1 = stratum(listed, "L1H_gt500").load();
    assertTrue(l1.starts("c0").length > 0);
    assertFalse(java.util.Arrays.equals(l1.starts("c0"), l1.starts("c1")));
  }

  private static Stratifications.Stratum stratum(List<Stratifications.Stratum> listed, String name) {
    try (Stream<Stratifications.Stratum> s = listed.stream()) {
      return s.filter(st -> st.name().equals(name)).findFirst().orElseThrow();
    }
  }

  private static boolean contains(int[] merged, int start, int end) {
    for (int i = 0; i < merged.length; i += 2) {
      if (merged[i] <= start && end <= merged[i + 1]) {
        return true;
      }
    }
    return false;
  }

  private static long covered(int[] merged) {
    long n = 0;
    for (int i = 0; i < merged.length; i += 2) {
      n += merged[i + 1] - merged[i];
    }
    return n;
  }
}
