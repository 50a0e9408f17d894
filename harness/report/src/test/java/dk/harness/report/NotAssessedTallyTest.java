package dk.harness.report;

import static dk.harness.core.MatchLevel.GM;
import static dk.harness.core.MatchLevel.NONE;
import static dk.harness.core.Outcome.FP;
import static dk.harness.core.Outcome.NOT_VARIANT;
import static dk.harness.core.Outcome.TOO_COMPLEX;
import static dk.harness.core.Outcome.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import dk.harness.report.NotAssessedTally.Side;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-record accounting behind metrics.json's not_assessed block, on hand-built decisions. */
class NotAssessedTallyTest {
  private static Tally fed(ContigOutcome o, dk.harness.core.RegionSet confident) {
    final Tally t = new Tally(new CountingRules(confident));
    t.accept(o, o);
    return t;
  }

  @Test
  void altKindsFollowTheirSpelling() {
    assertEquals(NotAssessedKind.NON_REF_PLACEHOLDER, NotAssessedTally.altKind("<NON_REF>"));
    assertEquals(NotAssessedKind.NON_REF_PLACEHOLDER, NotAssessedTally.altKind("<*>"));
    assertEquals(NotAssessedKind.NON_REF_PLACEHOLDER, NotAssessedTally.altKind("<X>"));
    assertEquals(NotAssessedKind.SYMBOLIC, NotAssessedTally.altKind("<DEL>"));
    assertEquals(NotAssessedKind.SYMBOLIC, NotAssessedTally.altKind("<CN0>"));
    assertEquals(NotAssessedKind.BREAKEND, NotAssessedTally.altKind("G]17:198982]"));
    assertEquals(NotAssessedKind.BREAKEND, NotAssessedTally.altKind(".A"));
    assertNull(NotAssessedTally.altKind("*"), "a spanning deletion is an ordinary non-variant");
  }

  @Test
  void placeholderNextToARealAltLeavesTheRecordAssessed() {
    final ContigOutcome o = new Fixtures.ContigBuilder("c")
        .truth(10, "A", "C,<NON_REF>", "0/1", TP, GM, 9)
        .truth(20, "A", "<NON_REF>", "0/1", NOT_VARIANT, NONE, -1)
        .truth(30, "A", "<NON_REF>", "0/0", NOT_VARIANT, NONE, -1)
        .query(10, "A", "C", "0/1", 30, TP, GM, 9).build();
    final NotAssessedTally n = fed(o, null).notAssessed();
    assertEquals(1, n.assessed(Side.TRUTH));
    assertEquals(1, n.total(Side.TRUTH, NotAssessedKind.NON_REF_PLACEHOLDER), "<NON_REF> called alone");
    assertEquals(1, n.notVariant(Side.TRUTH), "a reference block (0/0) is simply not a variant");
    assertEquals(Map.of("<NON_REF>", 1L), n.symbolicAlleles(Side.TRUTH));
  }

  @Test
  void tooComplexRecordsGetTheReasonOfTheirOwnRegion() {
    final ContigOutcome o = new Fixtures.ContigBuilder("c")
        .truth(10, "A", "C", "0/1/1", TOO_COMPLEX, NONE, -1)
        .truth(50, "A", "C", "0/1", TOO_COMPLEX, NONE, -1)
        .query(50, "A", "G", "0/1", 30, TOO_COMPLEX, NONE, -1)
        .query(80, "AC", "A", "0/1", 30, TOO_COMPLEX, NONE, -1)
        .tooComplex(new TooComplexRegion(9, 10, 1, 0, "ploidy 3 is not supported"))
        .tooComplex(new TooComplexRegion(49, 50, 1, 1, "too many paths"))
        .tooComplex(new TooComplexRegion(79, 81, 0, 1, "record extends past the contig end")).build();
    final NotAssessedTally n = fed(o, null).notAssessed();
    assertEquals(1, n.total(Side.TRUTH, NotAssessedKind.PLOIDY_ABOVE_TWO));
    assertEquals(1, n.total(Side.TRUTH, NotAssessedKind.TOO_COMPLEX_REGION));
    assertEquals(1, n.total(Side.QUERY, NotAssessedKind.TOO_COMPLEX_REGION));
    assertEquals(1, n.total(Side.QUERY, NotAssessedKind.PAST_CONTIG_END));
  }

  @Test
  void symbolicSpanRunsToEndForTheConfidentTestAndTheOverlappingFps() {
    // <DEL> at POS 100 with END=300; the confident region [250, 400) touches only its END part.
    final Variant v = new Variant(0, 99, new byte[][] {"A".getBytes(StandardCharsets.US_ASCII), null},
        new int[] {1, 1}, false, true, Double.NaN);
    final LoadedRecord del = new LoadedRecord("c", 100, "A", List.of("<DEL>"), "PASS", Double.NaN, "1/1", null,
        Double.NaN, 7, v, 300);
    final LoadedRecord call = Fixtures.rec("c", 0, 260, "AC", "A", "1/1", 30);
    final LoadedRecord far = Fixtures.rec("c", 1, 350, "A", "G", "0/1", 30);
    final ContigOutcome o = new ContigOutcome("c", List.of(del), List.of(call, far), new ContigResult("c",
        List.of(new Decision(0, NOT_VARIANT, NONE, -1, -1)),
        List.of(new Decision(0, FP, NONE, -1, -1), new Decision(1, FP, NONE, -1, -1)), List.of()));
    final NotAssessedTally n = fed(o, Fixtures.regions("c", 250, 400)).notAssessed();
    assertEquals(1, n.confident(Side.TRUTH, NotAssessedKind.SYMBOLIC));
    assertEquals(1, n.queryFpOverlappingTruthNotAssessed(), "only the call inside the <DEL>'s span");
    assertEquals(new NotAssessedTally.Locus("c", 100, 300, NotAssessedKind.SYMBOLIC, 7),
        n.confidentLoci(Side.TRUTH).get(0));
  }

  @Test
  void recordsSkippedByTheReaderCountInTheTotalOnly() {
    final ContigOutcome o = new Fixtures.ContigBuilder("c").truth(10, "A", "C", "0/1", TP, GM, 9)
        .query(10, "A", "C", "0/1", 30, TP, GM, 9).build();
    final NotAssessedTally n = fed(o, null).notAssessed();
    n.addSkippedByReader(Side.QUERY, 4);
    assertEquals(4, n.total(Side.QUERY, NotAssessedKind.NO_GENOTYPE));
    assertEquals(0, n.confident(Side.QUERY, NotAssessedKind.NO_GENOTYPE));
    assertEquals(5, n.records(Side.QUERY));
    assertEquals(n.records(Side.QUERY), n.assessed(Side.QUERY) + n.notVariant(Side.QUERY)
        + n.notAssessed(Side.QUERY));
  }

  @Test
  void repeatedSiteIsNotedOnceForTheSecondCopy() {
    final ContigOutcome o = new Fixtures.ContigBuilder("c")
        .truth(10, "A", "C", "1/1", TP, GM, 9)
        .query(10, "A", "C", "1/1", 30, TP, GM, 9)
        .query(10, "A", "C", "0/1", 30, FP, NONE, -1)
        .query(10, "A", "G", "0/1", 30, FP, NONE, -1).build();
    final NotAssessedTally n = fed(o, null).notAssessed();
    assertEquals(1, n.notice(Side.QUERY, NotAssessedTally.Notice.DUPLICATE, true));
    assertEquals(0, n.notice(Side.TRUTH, NotAssessedTally.Notice.DUPLICATE, true));
  }
}
