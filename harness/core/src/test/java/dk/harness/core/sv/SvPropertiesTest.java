package dk.harness.core.sv;

import static dk.harness.core.sv.SvTiny.bench;
import static dk.harness.core.sv.SvTiny.counts;
import static dk.harness.core.sv.SvTiny.del;
import static dk.harness.core.sv.SvTiny.ins;
import static dk.harness.core.sv.SvTiny.vcf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every SV comparison must have, on tiny and on random call sets. */
class SvPropertiesTest {
  private static final SvConfig D = SvConfig.defaults();

  private static final SvInput MIXED = vcf(
      del("1", 1000, "del", 120, "0/1"),
      ins("1", 3000, "ins", "ACGTTGCAAGGTCCATGACTGACCATGGTACAGTCAGTACCAGTAGGACTACGATCAGGTACA", "1/1"),
      "1 6000 dup N <DUP> . PASS SVTYPE=DUP;END=6800 GT 0/1",
      "1 9000 inv N <INV> . PASS SVTYPE=INV;END=9500 GT 0/1",
      "1 12000 sdel N <DEL> . PASS SVTYPE=DEL;END=14000 GT 1/1",
      "1 20000 bnd N N[2:5000[ . PASS SVTYPE=BND GT 0/1",
      "2 5000 bnd2 N ]1:20000]N . PASS SVTYPE=BND GT 0/1");

  @Test
  void selfComparisonIsAllTruePositive() {
    for (SvConfig.Pick pick : SvConfig.Pick.values()) {
      final SvResult r = bench(D.withPick(pick), MIXED, MIXED);
      assertEquals("tpb=7 fn=0 tpc=7 fp=0", counts(r), pick.name());
      assertEquals(7, r.summary().tpBaseTpGt(), "every genotype agrees with itself");
    }
  }

  @Test
  void swappingTruthAndQuerySwapsFalsePositivesAndFalseNegatives() {
    // sizefilt = sizemin makes the two sides' size rules the same, so the comparison is symmetric.
    final SvConfig symmetric = D.withPctseq(0).withSizes(50, 50, 50_000);
    final Random rnd = new Random(7);
    for (int round = 0; round < 50; round++) {
      final SvInput a = randomCalls(rnd);
      final SvInput b = randomCalls(rnd);
      final SvSummary ab = bench(symmetric, a, b).summary();
      final SvSummary ba = bench(symmetric, b, a).summary();
      assertEquals(ab.fp(), ba.fn(), "round " + round);
      assertEquals(ab.fn(), ba.fp(), "round " + round);
      assertEquals(ab.tpBase(), ba.tpComp(), "round " + round);
      assertEquals(ab.tpComp(), ba.tpBase(), "round " + round);
    }
  }

  @Test
  void shiftWithinRefdistStaysTruePositiveWhilePctovlAllows() {
    // A 500 bp deletion shifted by k keeps (500 - k) / 500 reciprocal overlap. refdist bounds the gap between the
    // two spans (the truth span widened by refdist must overlap the query span), so any shift up to refdist is a
    // TP, and shifts stay TP until k reaches span + refdist = 1000.
    final SvInput truth = vcf("1 10001 t N <DEL> . PASS SVTYPE=DEL;END=10500 GT 0/1");
    for (int k = 0; k <= 1200; k += 25) {
      final SvInput shifted = vcf("1 " + (10001 + k) + " q N <DEL> . PASS SVTYPE=DEL;END=" + (10500 + k) + " GT 0/1");
      final boolean withinRefdist = k < 500 + D.refdist();
      assertEquals(withinRefdist ? "tpb=1 fn=0 tpc=1 fp=0" : "tpb=0 fn=1 tpc=0 fp=1",
          counts(bench(D, truth, shifted)), "pctovl 0, shift " + k);
      final boolean overlapAllows = (500 - k) / 500.0 >= 0.5;
      assertEquals(withinRefdist && overlapAllows ? "tpb=1 fn=0 tpc=1 fp=0" : "tpb=0 fn=1 tpc=0 fp=1",
          counts(bench(D.withPctovl(0.5), truth, shifted)), "pctovl 0.5, shift " + k);
    }
  }

  @Test
  void rerunsGiveTheSameOutcomesInTheSameOrder() {
    final Random rnd = new Random(3);
    final SvInput a = randomCalls(rnd);
    final SvInput b = randomCalls(rnd);
    final List<String> first = outcomes(bench(D.withPctseq(0), a, b));
    assertEquals(first, outcomes(bench(D.withPctseq(0), a, b)));
  }

  private static List<String> outcomes(SvResult r) {
    final List<String> out = new ArrayList<>();
    for (SvOutcome o : r.outcomes()) {
      out.add((o.truthSide() ? "T " : "Q ") + o.variant().record().id() + " " + o.verdict() + " "
          + o.match().matchId());
    }
    return out;
  }

  /** 20 deletions and insertions of 50-2000 bp within 30 kb, sorted, some close to each other. */
  private static SvInput randomCalls(Random rnd) {
    final List<int[]> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(new int[] {1000 + rnd.nextInt(30_000), 50 + rnd.nextInt(1950), rnd.nextInt(2), rnd.nextInt(2)});
    }
    calls.sort((x, y) -> Integer.compare(x[0], y[0]));
    final List<String> lines = new ArrayList<>();
    int n = 0;
    for (int[] c : calls) {
      final String gt = c[3] == 0 ? "0/1" : "1/1";
      lines.add(c[2] == 0
          ? "1 " + c[0] + " c" + n++ + " N <DEL> . PASS SVTYPE=DEL;END=" + (c[0] + c[1]) + " GT " + gt
          : "1 " + c[0] + " c" + n++ + " N <INS> . PASS SVTYPE=INS;SVLEN=" + c[1] + " GT " + gt);
    }
    return vcf(lines.toArray(new String[0]));
  }
}
