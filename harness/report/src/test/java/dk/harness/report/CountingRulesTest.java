package dk.harness.report;

import static dk.harness.core.MatchLevel.AM;
import static dk.harness.core.MatchLevel.GM;
import static dk.harness.core.MatchLevel.LM;
import static dk.harness.core.MatchLevel.NONE;
import static dk.harness.core.Outcome.FN;
import static dk.harness.core.Outcome.FP;
import static dk.harness.core.Outcome.NOT_VARIANT;
import static dk.harness.core.Outcome.TOO_COMPLEX;
import static dk.harness.core.Outcome.TP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ContigResult;
import dk.harness.core.RegionSet;
import dk.harness.core.TooComplexRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingRulesTest {
  // confident: 1-based positions 101..200 (0-based [100, 200))
  private static final RegionSet BED = Fixtures.regions("c", 100, 200);
  private final CountingRules rules = new CountingRules(BED);

  private static void feed(Tally t, ContigOutcome o) {
    t.accept(o, o);
  }

  private CountingRules.Classification classify(Fixtures.ContigBuilder b) {
    return rules.classify(b.build());
  }

  @Test
  void queryTpOutsideBedWithConfidentTruthInItsBlockIsTp() {
    // a deletion starting inside and a query representation starting just outside, matched in one block
    final var c = classify(new Fixtures.ContigBuilder("c")
        .truth(150, "A", "G", "0/1", TP, GM, 140)
        .query(95, "A", "T", "0/1", 30, TP, GM, 140));
    assertEquals(Verdict.TP, c.truth().get(0).verdict());
    assertFalse(c.query().get(0).confident());
    assertEquals(Verdict.TP, c.query().get(0).verdict());
  }

  @Test
  void queryTpWhoseBlockHasOnlyOutsideTruthIsUnk() {
    final var c = classify(new Fixtures.ContigBuilder("c")
        .truth(95, "A", "G", "0/1", TP, GM, 90)
        .query(150, "A", "G", "0/1", 30, TP, GM, 90)); // query itself inside, but its truth is outside
    assertEquals(Verdict.UNK, c.truth().get(0).verdict());
    assertTrue(c.query().get(0).confident());
    assertEquals(Verdict.UNK, c.query().get(0).verdict());
  }

  @Test
  void queryTpBlockNeedsATruthTpNotJustAnyTruth() {
    // the block has a confident truth record, but it is an FN: the query TP weighs nothing
    final var c = classify(new Fixtures.ContigBuilder("c")
        .truth(95, "A", "G", "0/1", TP, GM, 90)
        .truth(150, "C", "T", "0/1", FN, NONE, 90)
        .query(95, "A", "G", "0/1", 30, TP, GM, 90));
    assertEquals(Verdict.UNK, c.query().get(0).verdict());
    assertEquals(Verdict.FN, c.truth().get(1).verdict());
  }

  @Test
  void fpOutsideIsUnkAndInsideIsFp() {
    final var c = classify(new Fixtures.ContigBuilder("c")
        .query(50, "A", "G", "0/1", 30, FP, NONE, 49)
        .query(150, "A", "G", "0/1", 30, FP, NONE, 149));
    assertEquals(Verdict.UNK, c.query().get(0).verdict());
    assertEquals(Verdict.FP, c.query().get(1).verdict());
  }

  @Test
  void genotypeAndAlleleErrorsOnlyInside() {
    final var c = classify(new Fixtures.ContigBuilder("c")
        .truth(150, "A", "G", "1/1", FN, AM, 149)
        .query(150, "A", "G", "0/1", 30, FP, AM, 149)
        .query(160, "C", "T", "0/1", 30, FP, LM, 149)
        .query(250, "C", "T", "0/1", 30, FP, AM, 249));
    assertTrue(c.query().get(0).fpGt());
    assertFalse(c.query().get(0).fpAl());
    assertTrue(c.query().get(1).fpAl());
    assertFalse(c.query().get(1).fpGt());
    assertEquals(Verdict.UNK, c.query().get(2).verdict());
    assertFalse(c.query().get(2).fpGt());
  }

  @Test
  void truthOutsideIsNotCounted() {
    final Tally t = new Tally(rules);
    feed(t, new Fixtures.ContigBuilder("c")
        .truth(50, "A", "G", "0/1", FN, NONE, 49)
        .truth(150, "A", "G", "0/1", FN, NONE, 149)
        .truth(160, "A", "G", "0/1", TP, GM, 159)
        .query(160, "A", "G", "0/1", 30, TP, GM, 159).build());
    final Counts k = t.counts(FilterKind.ALL, VariantType.SNP);
    assertEquals(new Counts(2, 1, 1, 1, 1, 0, 0, 0, 0), k);
  }

  @Test
  void paddedInsertionAtBedEdgeUsesReplayStart() {
    // insertion after 1-based base 200 (last confident base): span [200, 200) has no confident base after it
    final var c = classify(new Fixtures.ContigBuilder("c")
        .query(200, "A", "AT", "0/1", 30, FP, NONE, 199)
        .query(199, "A", "AT", "0/1", 30, FP, NONE, 198)
        .query(100, "A", "AT", "0/1", 30, FP, NONE, 99));
    assertFalse(c.query().get(0).confident());
    assertTrue(c.query().get(1).confident());
    // [100,100): needs a confident base on both sides; base 100 (0-based 99) is outside
    assertFalse(c.query().get(2).confident());
  }

  @Test
  void deletionPartlyInsideIsConfident() {
    // REF spans 1-based 98..102 -> replay span [98, 102) overlaps [100, 200)
    final var c = classify(new Fixtures.ContigBuilder("c")
        .truth(98, "ACGTA", "A", "0/1", FN, NONE, 97));
    assertTrue(c.truth().get(0).confident());
    assertEquals(Verdict.FN, c.truth().get(0).verdict());
  }

  @Test
  void notVariantAndTooComplexAreKeptApart() {
    final Tally t = new Tally(rules);
    feed(t, new Fixtures.ContigBuilder("c")
        .truth(150, "A", "G", "0/1", TOO_COMPLEX, NONE, -1)
        .truth(151, "A", "A", "0/0", NOT_VARIANT, NONE, -1)
        .query(150, "A", "G", "1/1", 30, TOO_COMPLEX, NONE, -1)
        .query(152, "A", "G", "./.", 30, NOT_VARIANT, NONE, -1)
        .query(153, "A", "G", "0/0", 30, NOT_VARIANT, NONE, -1)
        .tooComplex(new TooComplexRegion(149, 151, 1, 1, "max haplotypes")).build());
    assertEquals(Counts.ZERO, t.total(FilterKind.ALL));
    assertEquals(1, t.notVariantTruth());
    assertEquals(2, t.notVariantQuery());
    assertEquals(1, t.tooComplexTruth(FilterKind.ALL));
    assertEquals(1, t.tooComplexQuery(FilterKind.ALL));
    assertEquals(1, t.tooComplex(FilterKind.ALL).size());
    assertEquals("c", t.tooComplex(FilterKind.ALL).get(0).contig());
  }

  @Test
  void withoutConfidentRegionsEverythingCounts() {
    final CountingRules none = new CountingRules(null);
    final var c = none.classify(new Fixtures.ContigBuilder("c")
        .truth(5, "A", "G", "0/1", TP, GM, 4)
        .query(5, "A", "G", "0/1", 30, TP, GM, 4)
        .query(9, "A", "G", "0/1", 30, FP, AM, 8).build());
    assertEquals(Verdict.TP, c.truth().get(0).verdict());
    assertEquals(Verdict.TP, c.query().get(0).verdict());
    assertEquals(Verdict.FP, c.query().get(1).verdict());
    assertTrue(c.query().get(1).fpGt());
  }

  @Test
  void totalsStayConsistent() {
    final Tally t = new Tally(rules);
    feed(t, new Fixtures.ContigBuilder("c")
        .truth(120, "A", "G", "0/1", TP, GM, 119)
        .truth(130, "AC", "A", "1/1", FN, NONE, 129)
        .truth(20, "A", "G", "0/1", TP, GM, 19)
        .query(20, "A", "G", "0/1", 30, TP, GM, 19)
        .query(120, "A", "G", "0/1", 30, TP, GM, 119)
        .query(130, "AC", "A", "0/1", 30, FP, AM, 129)
        .query(300, "A", "T", "0/1", 30, FP, NONE, 299).build());
    for (FilterKind f : FilterKind.values()) {
      final Counts k = t.total(f);
      assertEquals(k.truthTotal(), k.truthTp() + k.truthFn());
      assertEquals(k.queryTotal(), k.queryTp() + k.queryFp() + k.queryUnk());
    }
    // query TPs at 20 (truth outside) and the FP at 300 are UNK
    assertEquals(new Counts(1, 1, 0, 3, 1, 0, 2, 0, 0), t.counts(FilterKind.ALL, VariantType.SNP));
    assertEquals(new Counts(1, 0, 1, 1, 0, 1, 0, 1, 0), t.counts(FilterKind.ALL, VariantType.INDEL));
  }

  @Test
  void passComparisonIsCountedSeparately() {
    final Tally t = new Tally(rules);
    final ContigOutcome all = new Fixtures.ContigBuilder("c")
        .truth(120, "A", "G", "0/1", TP, GM, 119)
        .query(120, "A", "G", "0/1", 30, TP, GM, 119).build();
    final ContigOutcome pass = new Fixtures.ContigBuilder("c")
        .truth(120, "A", "G", "0/1", FN, NONE, 119).build();
    t.accept(all, pass);
    assertEquals(1, t.total(FilterKind.ALL).truthTp());
    assertEquals(0, t.total(FilterKind.PASS).truthTp());
    assertEquals(1, t.total(FilterKind.PASS).truthFn());
  }

  @Test
  void mismatchedDecisionsAreRejected() {
    final ContigOutcome bad = new ContigOutcome("c",
        List.of(Fixtures.rec("c", 0, 10, "A", "G", "0/1", 1)), List.of(),
        new ContigResult("c", List.of(), List.of(), List.of()));
    final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rules.classify(bad));
    assertTrue(e.getMessage().contains("contig c"), e.getMessage());
  }

  @Test
  void metricsHaveNullForEmptyDenominators() {
    assertEquals(null, Counts.ZERO.recall());
    assertEquals(null, Counts.ZERO.precision());
    assertEquals(null, Counts.ZERO.f1());
    final Counts k = new Counts(4, 3, 1, 5, 2, 2, 1, 0, 0);
    assertEquals(0.75, k.recall());
    assertEquals(0.5, k.precision());
    assertEquals(0.2, k.fracNa());
    assertEquals(2 * 0.75 * 0.5 / 1.25, k.f1(), 1e-15);
  }
}
