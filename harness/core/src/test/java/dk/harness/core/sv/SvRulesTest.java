package dk.harness.core.sv;

import static dk.harness.core.sv.SvTiny.bench;
import static dk.harness.core.sv.SvTiny.counts;
import static dk.harness.core.sv.SvTiny.del;
import static dk.harness.core.sv.SvTiny.ins;
import static dk.harness.core.sv.SvTiny.vcf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One tiny case per Truvari rule; each names the rule and shows the boundary on both sides. */
class SvRulesTest {
  private static final SvConfig D = SvConfig.defaults().withPctseq(0);

  @Test
  void sizeSimilarityMustReachPctsize() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, vcf(del("1", 1000, "q", 70, "0/1")))));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, vcf(del("1", 1000, "q", 69, "0/1")))));
  }

  @Test
  void insertionsMatchUpToRefdistApart() {
    final SvInput truth = vcf(ins("1", 10_000, "t", SvTiny.seq('C', 60), "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0",
        counts(bench(D, truth, vcf(ins("1", 10_500, "q", SvTiny.seq('C', 60), "0/1")))));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1",
        counts(bench(D, truth, vcf(ins("1", 10_501, "q", SvTiny.seq('C', 60), "0/1")))));
  }

  @Test
  void typesMustAgreeUnlessTypeignore() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    final SvInput query = vcf(ins("1", 1000, "q", SvTiny.seq('G', 100), "0/1"));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, query)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D.withTypeignore(true), truth, query)));
  }

  @Test
  void duplicationMatchesInsertionOnlyWithDupToIns() {
    final SvInput truth = vcf(ins("1", 1000, "t", SvTiny.seq('G', 300), "0/1"));
    final SvInput query = vcf("1 1000 q A <DUP> . PASS SVTYPE=DUP;END=1300 GT 0/1");
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, query)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D.withDupToIns(true), truth, query)));
  }

  @Test
  void reciprocalOverlapMustReachPctovl() {
    // Spans [1000,1100) and [1050,1150): 50 shared of 100.
    final SvInput truth = vcf("1 1001 t A <DEL> . PASS SVTYPE=DEL;END=1100;SVLEN=-100 GT 0/1");
    final SvInput query = vcf("1 1051 q A <DEL> . PASS SVTYPE=DEL;END=1150;SVLEN=-100 GT 0/1");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D.withPctovl(0.5), truth, query)));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D.withPctovl(0.51), truth, query)));
  }

  @Test
  void sequenceSimilarityAppliesToResolvedAllelesOnly() {
    final SvInput truth = vcf(ins("1", 1000, "t", SvTiny.seq('C', 100), "0/1"));
    final SvInput other = vcf(ins("1", 1000, "q", SvTiny.seq('G', 100), "0/1"));
    final SvInput same = vcf(ins("1", 1000, "q", SvTiny.seq('C', 100), "0/1"));
    final SvInput symbolic = vcf("1 1000 q A <INS> . PASS SVTYPE=INS;SVLEN=100 GT 0/1");
    final SvConfig seq = D.withPctseq(0.7);
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(seq, truth, other)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(seq, truth, same)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, other)), "pctseq 0 turns the check off");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(seq, truth, symbolic)), "no sequence to compare");
  }

  @Test
  void smallQueryCallsMatchButAreNotFalsePositives() {
    // sizefilt 30 <= query < sizemin 50: compared, counted when matched, dropped when not.
    final SvInput truth = vcf(del("1", 1000, "t", 50, "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, vcf(del("1", 1000, "q", 40, "0/1")))));
    final SvResult far = bench(D, truth, vcf(del("1", 5000, "q", 40, "0/1")));
    assertEquals("tpb=0 fn=1 tpc=0 fp=0", counts(far));
    assertEquals(Map.of("unmatched between sizefilt and sizemin", 1), far.exclusions().query());
    assertEquals("tpb=0 fn=0 tpc=0 fp=0", counts(bench(D, vcf(del("1", 1000, "t", 49, "0/1")), vcf())),
        "truth below sizemin is not counted");
    assertEquals("tpb=0 fn=1 tpc=0 fp=0", counts(bench(D, truth, vcf(del("1", 1000, "q", 29, "0/1")))),
        "query below sizefilt takes no part");
  }

  @Test
  void callsAboveSizemaxTakeNoPart() {
    final SvInput big = vcf("1 1000 t A <DEL> . PASS SVTYPE=DEL;END=61000 GT 0/1");
    assertEquals("tpb=0 fn=0 tpc=0 fp=0", counts(bench(D, big, big)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D.withSizes(50, 30, -1), big, big)));
  }

  @Test
  void passonlyDropsFilteredCallsButKeepsDotFilter() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    final SvInput lowq = vcf("1 1000 q A" + "C".repeat(100) + " A . LowQual . GT 0/1");
    final SvInput dot = vcf("1 1000 q A" + "C".repeat(100) + " A . . . GT 0/1");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, lowq)));
    assertEquals("tpb=0 fn=1 tpc=0 fp=0", counts(bench(D.withPassonly(true), truth, lowq)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D.withPassonly(true), truth, dot)));
  }

  @Test
  void pickSingleUsesEachCallOnceMultiAllowsReuseAcFollowsTheGenotype() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "1/1"));
    final SvInput twice = vcf(del("1", 1000, "q1", 100, "0/1"), del("1", 1001, "q2", 100, "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=1", counts(bench(D, truth, twice)));
    assertEquals("tpb=1 fn=0 tpc=2 fp=0", counts(bench(D.withPick(SvConfig.Pick.MULTI), truth, twice)));
    assertEquals("tpb=1 fn=0 tpc=2 fp=0", counts(bench(D.withPick(SvConfig.Pick.AC), truth, twice)),
        "a 1/1 truth call takes two 0/1 query calls");
    final SvInput het = vcf(del("1", 1000, "t", 100, "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=1", counts(bench(D.withPick(SvConfig.Pick.AC), het, twice)));
  }

  @Test
  void pickSingleTakesTheBestScoringPartner() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    final SvResult r = bench(D, truth, vcf(del("1", 1000, "worse", 80, "0/1"), del("1", 1002, "best", 100, "0/1")));
    final SvOutcome tp = r.outcomes().stream().filter(o -> !o.truthSide() && o.verdict() == SvOutcome.Verdict.TP)
        .findFirst().orElseThrow();
    assertEquals("best", tp.variant().record().id());
  }

  @Test
  void breakendsMatchWithinBnddistWithTheSameOrientation() {
    final SvInput truth = vcf("1 1000 b1 A A[2:5000[ . PASS SVTYPE=BND GT 0/1");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, vcf("1 1099 q A A[2:5099[ . PASS SVTYPE=BND GT 0/1"))));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, vcf("1 1200 q A A[2:5000[ . PASS SVTYPE=BND GT 0/1"))));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, vcf("1 1000 q A ]2:5000]A . PASS SVTYPE=BND GT 0/1"))),
        "other direction");
  }

  @Test
  void breakendPositionsWidenByTheSecondCiposValue() {
    final SvInput truth = vcf("1 1000 b1 A A[2:5000[ . PASS SVTYPE=BND GT 0/1");
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, truth, vcf("1 1250 q A A[2:5000[ . PASS SVTYPE=BND GT 0/1"))));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0",
        counts(bench(D, truth, vcf("1 1250 q A A[2:5000[ . PASS SVTYPE=BND;CIPOS=-5,60 GT 0/1"))));
  }

  @Test
  void singleBreakendsAndAllBreakendsWithBnddistMinusOneTakeNoPart() {
    final SvInput bnd = vcf("1 1000 b1 A A[2:5000[ . PASS SVTYPE=BND GT 0/1");
    final SvInput single = vcf("1 1000 s A A. . PASS SVTYPE=BND GT 0/1");
    assertEquals("tpb=0 fn=0 tpc=0 fp=0", counts(bench(D, single, single)));
    final SvConfig off = new SvConfig(D.refdist(), D.pctseq(), D.pctsize(), D.pctovl(), false, false, -1, true,
        D.sizemin(), D.sizefilt(), D.sizemax(), false, SvConfig.NoRef.NONE, SvConfig.Pick.SINGLE, D.chunksize(),
        false, D.maxResolve(), 0, true);
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, bnd, bnd)));
    assertEquals("tpb=0 fn=0 tpc=0 fp=0", counts(bench(off, bnd, bnd)));
  }

  @Test
  void inversionMatchesABreakendOfItsJunctions() {
    final SvInput inv = vcf("1 1000 inv N <INV> . PASS SVTYPE=INV;END=2000 GT 0/1");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, inv, vcf("1 1000 b N N]1:2000] . PASS SVTYPE=BND GT 0/1"))));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D, inv, vcf("1 1000 b N N[1:2000[ . PASS SVTYPE=BND GT 0/1"))),
        "the other orientation is not an inversion junction at POS");
  }

  @Test
  void noRefDropsCallsWithoutAnAltAlleleOnTheChosenSide() {
    final SvInput homref = vcf(del("1", 1000, "t", 100, "0/0"));
    final SvInput query = vcf(del("1", 1000, "q", 100, "0/1"));
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, homref, query)), "0/0 truth still compared by default");
    final SvConfig noRefBase = new SvConfig(D.refdist(), 0, D.pctsize(), D.pctovl(), false, false, D.bnddist(), true,
        D.sizemin(), D.sizefilt(), D.sizemax(), false, SvConfig.NoRef.BASE, SvConfig.Pick.SINGLE, D.chunksize(),
        false, D.maxResolve(), 0, true);
    assertEquals("tpb=0 fn=0 tpc=0 fp=1", counts(bench(noRefBase, homref, query)));
  }

  @Test
  void extendLetsQueryCallsJustOutsideTheRegionsMatchButNotCountAsFalse() {
    final SvRegions bed = SvRegions.fromBed(Map.of("1", List.of(new long[] {1000, 2000})), java.util.Set.of("1"));
    final SvInput truth = vcf(del("1", 1901, "t", 60, "0/1"));
    // The query deletion spans [1950, 2011), 11 bases past the BED: outside without extend, matched with it.
    final SvInput near = vcf(del("1", 1951, "q", 60, "0/1"), del("1", 1100, "far", 70, "0/1"),
        ins("1", 2010, "outsideUnmatched", SvTiny.seq('G', 60), "0/1"));
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(new SvBench(D.withPctseq(0), null).compare(truth, near, bed)));
    assertEquals("tpb=1 fn=0 tpc=1 fp=1",
        counts(new SvBench(D.withPctseq(0).withExtend(100), null).compare(truth, near, bed)),
        "q matches; 'far' (inside) is an FP; the unmatched insertion outside the BED is not counted");
  }

  @Test
  void deletionMatchesItsBreakendUnlessDecompositionIsOff() {
    final SvInput truth = vcf("1 1000 d N <DEL> . PASS SVTYPE=DEL;END=2000 GT 0/1");
    final SvInput bnd = vcf("1 1000 b N N[1:2001[ . PASS SVTYPE=BND GT 0/1");
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(bench(D, truth, bnd)));
    final SvConfig off = new SvConfig(D.refdist(), D.pctseq(), D.pctsize(), D.pctovl(), false, false, D.bnddist(),
        false, D.sizemin(), D.sizefilt(), D.sizemax(), false, SvConfig.NoRef.NONE, SvConfig.Pick.SINGLE,
        D.chunksize(), false, D.maxResolve(), 0, true);
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(off, truth, bnd)));
  }

  @Test
  void emptySvtypeIsTypedFromAllelesOrUnknownAsTruvariDoes() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    final SvInput dot = vcf("1 1000 q A" + "C".repeat(100) + " A . PASS SVTYPE=.;SVLEN=-100 GT 0/1");
    final SvResult ours = bench(D, truth, dot);
    assertEquals("tpb=1 fn=0 tpc=1 fp=0", counts(ours));
    assertEquals(1, ours.typedFromAlleles()[1]);
    assertEquals("tpb=0 fn=1 tpc=0 fp=1", counts(bench(D.withTypeFromAlleles(false), truth, dot)));
  }

  @Test
  void symbolicSizeIsTheSpanFromPosToEndInclusive() {
    // htslib's span: POS 1001..END 1100 is [1000, 1100), 100 bases, although the deletion removes 99 after POS.
    final SvVariant v = SvVariant.of(vcf("1 1001 d A <DEL> . PASS SVTYPE=DEL;END=1100 GT 0/1").records().get(0),
        SvConfig.defaults());
    assertEquals(1000, v.start());
    assertEquals(1100, v.end());
    assertEquals(100, v.size());
    assertEquals(SvType.DEL, v.type());
  }

  @Test
  void regionsKeepCallsInsideOneIntervalAndInsertionsStrictlyBeforeItsEnd() {
    final SvRegions bed = SvRegions.fromBed(Map.of("1", List.of(new long[] {1000, 2000})), java.util.Set.of("1"));
    // Checked against Truvari 5.4.0: a deletion may end exactly at the BED end (span [1939, 2000)), not one base
    // past it; an insertion anchored on the last base of the interval is outside.
    final SvInput calls = vcf("1 1001 first A" + "C".repeat(60) + " A . PASS . GT 0/1",
        "1 1939 endsBeforeEnd A" + "C".repeat(60) + " A . PASS . GT 0/1",
        "1 1940 endsAtEnd A" + "C".repeat(60) + " A . PASS . GT 0/1",
        "1 1941 endsPastEnd A" + "C".repeat(60) + " A . PASS . GT 0/1",
        "1 1999 insBefore A A" + "G".repeat(60) + " . PASS . GT 0/1",
        "1 2000 insAtEnd A A" + "G".repeat(60) + " . PASS . GT 0/1");
    final SvResult r = new SvBench(D, null).compare(calls, calls, bed);
    final List<String> counted = r.outcomes().stream().filter(SvOutcome::truthSide)
        .map(o -> o.variant().record().id()).sorted().toList();
    assertEquals(List.of("endsAtEnd", "endsBeforeEnd", "first", "insBefore"), counted);
  }

  @Test
  void overAThousandIntervalsTheStreamingFilterMissesACallRightAfterAOneBaseGap() {
    // Checked against Truvari 5.4.0: with 1,001 intervals it streams, and a call starting at the first base of
    // an interval that follows the previous one after a one-base gap is tested against the previous one only.
    final SvInput calls = vcf("1 50011 inFirst A" + "C".repeat(60) + " A . PASS . GT 0/1",
        "1 50102 atGapEnd A" + "C".repeat(55) + " A . PASS . GT 0/1");
    final List<long[]> few = List.of(new long[] {50_000, 50_100}, new long[] {50_101, 50_200});
    final List<long[]> many = new java.util.ArrayList<>();
    for (int i = 0; i < 999; i++) {
      many.add(new long[] {i * 40L, i * 40L + 20});
    }
    many.addAll(few);
    assertEquals(List.of("atGapEnd", "inFirst"), truthIds(calls, few));
    assertEquals(List.of("inFirst"), truthIds(calls, many));
  }

  private static List<String> truthIds(SvInput calls, List<long[]> bed) {
    final SvRegions regions = SvRegions.fromBed(Map.of("1", bed), java.util.Set.of("1"));
    return new SvBench(D, null).compare(calls, calls, regions).outcomes().stream().filter(SvOutcome::truthSide)
        .map(o -> o.variant().record().id()).sorted().toList();
  }

  @Test
  void multiAllelicRecordInsideTheRegionsIsRefusedOutsideIgnored() {
    final SvInput truth = vcf(del("1", 1000, "t", 100, "0/1"));
    final SvInput multi = vcf("1 1000 m A" + "C".repeat(100) + " A,AT . PASS . GT 1/2");
    assertThrows(MultiAllelicRecordException.class, () -> bench(D, truth, multi));
    final SvRegions bed = SvRegions.fromBed(Map.of("1", List.of(new long[] {5000, 6000})), java.util.Set.of("1"));
    assertEquals("tpb=0 fn=0 tpc=0 fp=0", counts(new SvBench(D, null).compare(truth, multi, bed)));
  }

  @Test
  void genotypesAreComparedByAltAlleleCount() {
    final SvResult r = bench(D, vcf(del("1", 1000, "t", 100, "0/1")), vcf(del("1", 1000, "q", 100, "1/1")));
    assertEquals(1, r.summary().tpBaseFpGt());
    assertEquals(0, r.summary().tpBaseTpGt());
    assertEquals(Map.of("(0, 1)", Map.of("(1, 1)", 1)), r.summary().gtMatrix());
    final SvResult same = bench(D, vcf(del("1", 1000, "t", 100, "0/1")), vcf(del("1", 1000, "q", 100, "1|0")));
    assertEquals(1.0, same.summary().gtConcordance());
  }
}
