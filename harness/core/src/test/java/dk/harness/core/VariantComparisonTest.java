package dk.harness.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantComparisonTest {
  //                                  1         2         3         4         5         6
  //                         123456789012345678901234567890123456789012345678901234567890123
  private static final String REF = "GATTACAGGCTTACGATCCGAAAAAAAAAAAATCGGCTAGCTTACGCATGCAGTCAGTCAGTCAGGCTA";

  private final VariantComparison comparison = new VariantComparison(ComparisonConfig.defaults());

  private ContigResult compare(List<Variant> truth, List<Variant> query) {
    return comparison.compare("chrT", Calls.ref(REF), truth, query);
  }

  private static String outcomes(List<Decision> ds) {
    return ds.stream().map(d -> d.outcome() + (d.level() == MatchLevel.NONE ? "" : "/" + d.level().code()))
        .collect(Collectors.joining(","));
  }

  @Test
  void identicalSnpIsTruePositive() {
    final ContigResult r = compare(Calls.of("5 A G 0/1"), Calls.of("5 A G 0/1"));
    assertEquals("TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm", outcomes(r.query()));
  }

  @Test
  void zygosityErrorIsAlleleMatchOnBothSides() {
    final ContigResult r = compare(Calls.of("5 A G 0/1"), Calls.of("5 A G 1/1"));
    assertEquals("FN/am", outcomes(r.truth()));
    assertEquals("FP/am", outcomes(r.query()));
  }

  @Test
  void differentAlleleNearbyIsLocalMatch() {
    final ContigResult r = compare(Calls.of("5 A G 0/1"), Calls.of("9 G T 0/1"));
    assertEquals("FN/lm", outcomes(r.truth()));
    assertEquals("FP/lm", outcomes(r.query()));
  }

  @Test
  void farApartMismatchesAreNoMatch() {
    final ContigResult r = compare(Calls.of("2 A G 0/1"), Calls.of("68 T C 0/1"));
    assertEquals("FN", outcomes(r.truth()));
    assertEquals("FP", outcomes(r.query()));
  }

  @Test
  void deletionShiftedAcrossHomopolymerMatches() {
    // Positions 21-32 are twelve As: deleting the first or the last A gives the same haplotype.
    final ContigResult r = compare(Calls.of("20 GA G 0/1"), Calls.of("31 AA A 0/1"));
    assertEquals("TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm", outcomes(r.query()));
  }

  @Test
  void insertionShiftedRightMatches() {
    final ContigResult r = compare(Calls.of("20 G GA 1/1"), Calls.of("32 A AA 1/1"));
    assertEquals("TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm", outcomes(r.query()));
  }

  @Test
  void mnpMatchesItsSnps() {
    final ContigResult r = compare(Calls.of("8 GGC TGA 1/1"), Calls.of("8 G T 1/1", "10 C A 1/1"));
    assertEquals("TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm,TP/gm", outcomes(r.query()));
  }

  @Test
  void phasedHeterozygousCallsMatchEitherWayRound() {
    final ContigResult r = compare(Calls.of("5 A G 0|1", "8 G T 1|0"), Calls.of("5 A G 1|0", "8 G T 1|0"));
    assertEquals("TP/gm,TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm,TP/gm", outcomes(r.query()));
  }

  @Test
  void homRefNoCallAndSpanningDeletionAreNotVariants() {
    final ContigResult r = compare(Calls.of("5 A G 0/1"),
        Calls.of("3 T C 0/0", "5 A G 0/1", "8 G T ./.", "9 G * 0/1"));
    assertEquals("NOT_VARIANT,TP/gm,NOT_VARIANT,NOT_VARIANT", outcomes(r.query()));
  }

  @Test
  void selfComparisonIsAllTruePositive() {
    final List<Variant> calls = randomCalls(new Random(7), 40);
    final ContigResult r = compare(calls, calls);
    assertTrue(r.truth().stream().allMatch(d -> d.outcome() == Outcome.TP || d.outcome() == Outcome.NOT_VARIANT));
    assertTrue(r.query().stream().allMatch(d -> d.outcome() == Outcome.TP || d.outcome() == Outcome.NOT_VARIANT));
  }

  @Test
  void swappingTruthAndQuerySwapsFalsePositivesAndNegatives() {
    final Random random = new Random(11);
    for (int round = 0; round < 30; round++) {
      final List<Variant> a = randomCalls(random, 12);
      final List<Variant> b = randomCalls(random, 12);
      final ContigResult ab = compare(a, b);
      final ContigResult ba = compare(b, a);
      assertEquals(flip(outcomes(ab.query())), outcomes(ba.truth()), "round " + round);
      assertEquals(flip(outcomes(ab.truth())), outcomes(ba.query()), "round " + round);
    }
  }

  @Test
  void threadsDoNotChangeDecisions() {
    final Random random = new Random(3);
    final String longRef = randomBases(random, 20_000);
    final List<Variant> truth = randomCalls(random, longRef, 800);
    final List<Variant> query = randomCalls(random, longRef, 800);
    final ReferenceSequence ref = Calls.ref(longRef);
    final ContigResult one = comparison.compare("c", ref, truth, query);
    final ContigResult two = new VariantComparison(ComparisonConfig.defaults().withThreads(2)).compare("c", ref, truth, query);
    assertEquals(one, two);
  }

  @Test
  void regionBeyondSearchBoundIsReportedNotDropped() {
    final ComparisonConfig tight = new ComparisonConfig(2, 10_000_000, 30, 1000, 1);
    final ContigResult r = new VariantComparison(tight).compare("chrT", Calls.ref(REF),
        Calls.of("21 A AA 0/1", "24 A AAA 0/1", "27 A AAAA 1/1"), Calls.of("22 A AAAA 0/1", "25 A AA 1/1"));
    assertFalse(r.tooComplex().isEmpty());
    assertTrue(r.truth().stream().anyMatch(d -> d.outcome() == Outcome.TOO_COMPLEX));
  }

  @Test
  void unsortedInputIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> compare(Calls.of("9 G T 0/1", "5 A G 0/1"), List.of()));
  }

  private static String flip(String s) {
    return s.replace("FP", "XX").replace("FN", "FP").replace("XX", "FN");
  }

  private static String randomBases(Random random, int n) {
    final StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("ACGT".charAt(random.nextInt(4)));
    }
    return sb.toString();
  }

  private static List<Variant> randomCalls(Random random, int n) {
    return randomCalls(random, REF, n);
  }

  /**
   * Sorted SNPs and one-base indels at random positions of {@code ref}, with random genotypes; records are at
   * least three bases apart, so each set is a consistent call set on its own.
   */
  private static List<Variant> randomCalls(Random random, String ref, int n) {
    final java.util.TreeMap<Integer, String> lines = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      final int pos = 2 + random.nextInt(ref.length() - 4);
      final Integer below = lines.floorKey(pos);
      final Integer above = lines.ceilingKey(pos);
      if ((below != null && pos - below < 3) || (above != null && above - pos < 3)) {
        continue;
      }
      final char base = ref.charAt(pos - 1);
      final String gt = random.nextInt(3) == 0 ? "1/1" : "0/1";
      final String line;
      switch (random.nextInt(3)) {
        case 0:
          line = pos + " " + base + " " + (base == 'A' ? 'C' : 'A') + " " + gt;
          break;
        case 1:
          line = pos + " " + base + ref.charAt(pos) + " " + base + " " + gt;
          break;
        default:
          line = pos + " " + base + " " + base + "T " + gt;
      }
      lines.put(pos, line);
    }
    return Calls.of(lines.values().toArray(new String[0]));
  }
}
