package dk.harness.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteComparisonTest {
  private final SiteComparison site = new SiteComparison();

  /** {@code "POS REF ALT GT"} lines, POS 1-based; {@code *} and {@code <...>} ALTs are not replayable. */
  static List<Variant> calls(String... lines) {
    final List<Variant> out = new ArrayList<>();
    for (String line : lines) {
      final String[] f = line.trim().split("\\s+");
      final String[] alts = f[2].split(",");
      final byte[][] alleles = new byte[alts.length + 1][];
      alleles[0] = f[1].getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < alts.length; i++) {
        alleles[i + 1] = alts[i].equals("*") || alts[i].startsWith("<") ? null
            : alts[i].getBytes(StandardCharsets.US_ASCII);
      }
      final String[] gt = f[3].split("[/|]");
      final int[] g = new int[gt.length];
      for (int i = 0; i < gt.length; i++) {
        g[i] = gt[i].equals(".") ? -1 : Integer.parseInt(gt[i]);
      }
      out.add(new Variant(out.size(), Integer.parseInt(f[0]) - 1, alleles, g, false, true, Double.NaN));
    }
    return out;
  }

  private static String outcomes(List<Decision> ds) {
    final StringBuilder sb = new StringBuilder();
    for (Decision d : ds) {
      sb.append(sb.length() == 0 ? "" : " ").append(d.outcome()).append('/').append(d.level().code());
    }
    return sb.toString();
  }

  @Test
  void splitsMultiAllelicRecordsAndRightTrims() {
    final List<SiteAllele> s = SiteSplitter.split(calls("10 TCAACAA TCAA,T,* 1/2").get(0));
    assertEquals(2, s.size(), "the * allele gives no site");
    assertEquals("TCAA>T", s.get(0).ref() + ">" + s.get(0).alt());
    assertEquals(9, s.get(0).start(), "right-trimming keeps the start");
    assertEquals("TCAACAA>T", s.get(1).ref() + ">" + s.get(1).alt());
    assertEquals(GenotypeState.HET, s.get(0).state());
    assertEquals(GenotypeState.HET, s.get(1).state());
    assertEquals(SiteType.INDEL, s.get(0).type());
    assertEquals(10, s.get(0).spanStart(), "a padded deletion's span skips the padding base");
    assertEquals(13, s.get(0).end());
  }

  @Test
  void trimmingStopsAtOneBaseAndTypesFollowTheTrimmedPair() {
    assertEquals("C>G", one("5 CAT GAT 0/1").ref() + ">" + one("5 CAT GAT 0/1").alt());
    assertEquals(SiteType.SNV, one("5 CAT GAT 0/1").type());
    assertEquals("AA>A", one("5 AAT AT 0/1").ref() + ">" + one("5 AAT AT 0/1").alt());
    assertEquals(SiteType.COMPLEX, one("5 AC GT 0/1").type(), "an MNP");
    assertEquals(SiteType.COMPLEX, one("5 CA GAA 0/1").type(), "a substitution with an insertion");
    assertEquals(SiteType.INDEL, one("5 A AGG 1/1").type());
  }

  private static SiteAllele one(String line) {
    return SiteSplitter.split(calls(line).get(0)).get(0);
  }

  @Test
  void genotypeStatesPerAllele() {
    assertEquals(GenotypeState.HOM_REF, GenotypeState.of(new int[] {2, 2}, 1));
    assertEquals(GenotypeState.HOM_ALT, GenotypeState.of(new int[] {2, 2}, 2));
    assertEquals(GenotypeState.HET, GenotypeState.of(new int[] {0, 1}, 1));
    assertEquals(GenotypeState.NO_CALL, GenotypeState.of(new int[] {-1, 1}, 1), "half calls are no-calls (Picard)");
    assertEquals(GenotypeState.HOM_ALT, GenotypeState.of(new int[] {1}, 1), "haploid");
    assertEquals(GenotypeState.HOM_REF, GenotypeState.of(new int[] {0, 0}, 1));
  }

  @Test
  void exactSiteMatchIgnoresZygosityForTpButReportsItAsAm() {
    final ContigResult r = site.compare("c", calls("10 A G 0/1", "20 C T 1/1", "30 G A 0/1"),
        calls("10 A G 1/1", "20 C T 1/1", "31 G A 0/1")).records();
    assertEquals("TP/am TP/gm FN/.", outcomes(r.truth()));
    assertEquals("TP/am TP/gm FP/.", outcomes(r.query()));
    assertEquals(9, r.truth().get(0).block());
    assertEquals(9, r.query().get(0).block(), "matched records share a block");
    assertEquals(-1, r.truth().get(2).block());
  }

  @Test
  void differentRepresentationOfTheSameIndelIsNotASiteMatch() {
    // the same deletion of one A from AAAA, written at two positions
    final ContigResult r = site.compare("c", calls("10 CA C 0/1"), calls("12 AA A 0/1")).records();
    assertEquals("FN/.", outcomes(r.truth()));
    assertEquals("FP/.", outcomes(r.query()));
  }

  @Test
  void paddingDifferencesAtTheSamePositionMatchAfterRightTrimming() {
    // Picard's example: TCAA>T written with a longer REF
    final ContigResult r = site.compare("c", calls("10 TCAA T 0/1"), calls("10 TCAACAA TCAA 0/1")).records();
    assertEquals("TP/gm", outcomes(r.truth()));
    assertEquals("TP/gm", outcomes(r.query()));
  }

  @Test
  void multiAllelicRecordsMatchPerAlleleAndARecordIsTpOnlyWhenAllItsAllelesAre() {
    // truth 1/2 split into A>C and A>G; the query calls both in separate records: all TP
    SiteResult s = site.compare("c", calls("10 A C,G 1/2"), calls("10 A C 0/1", "10 A G 0/1"));
    assertEquals("TP/gm", outcomes(s.records().truth()));
    assertEquals("TP/gm TP/gm", outcomes(s.records().query()));
    // the query calls only one of the two: the truth record is FN and its partner FP, both at level am
    s = site.compare("c", calls("10 A C,G 1/2"), calls("10 A C 0/1"));
    assertEquals("FN/am", outcomes(s.records().truth()));
    assertEquals("FP/am", outcomes(s.records().query()));
    long tp = s.pairs().stream().filter(SitePair::truePositive).count();
    long fn = s.pairs().stream().filter(SitePair::falseNegative).count();
    assertEquals(1, tp);
    assertEquals(1, fn);
  }

  @Test
  void uncalledAllelesAreNotVariantsButPairForTheGenotypeTable() {
    final SiteResult s = site.compare("c", calls("10 A G 0/1", "20 C T 0/1", "30 G C,T 0/2"),
        calls("10 A G 0/0", "20 C T ./.", "30 G C,T 0/1"));
    assertEquals("FN/. FN/. FN/.", outcomes(s.records().truth()));
    assertEquals("N/. N/. FP/.", outcomes(s.records().query()).replace("NOT_VARIANT", "N"));
    final SitePair p10 = s.pairs().get(0);
    assertEquals(GenotypeState.HET, p10.truthState());
    assertEquals(GenotypeState.HOM_REF, p10.queryState());
    assertEquals(true, p10.falseNegative());
    assertEquals(GenotypeState.NO_CALL, s.pairs().get(1).queryState());
    // position 30: truth calls T (allele 2), query calls C; each side's uncalled allele pairs with the other's call
    final List<SitePair> at30 = s.pairs().subList(2, 4);
    assertEquals("C", at30.get(0).site().alt());
    assertEquals(GenotypeState.HOM_REF, at30.get(0).truthState());
    assertEquals(GenotypeState.HET, at30.get(0).queryState());
    assertEquals(GenotypeState.HET, at30.get(1).truthState());
    assertEquals(GenotypeState.HOM_REF, at30.get(1).queryState());
    assertEquals(4, s.pairs().size());
  }

  @Test
  void aCalledQueryAlleleIsPreferredOverAnUncalledOne() {
    final SiteResult s = site.compare("c", calls("10 A G 0/1"), calls("10 A G 0/0", "10 A G 0/1"));
    assertEquals("TP/gm", outcomes(s.records().truth()));
    assertEquals(Outcome.TP, s.records().query().get(1).outcome());
    assertEquals(Outcome.NOT_VARIANT, s.records().query().get(0).outcome());
    assertNull(s.pairs().stream().filter(p -> p.query() != null && !p.query().called()).findFirst().get().truth());
  }

  @Test
  void emptyAndOneSided() {
    assertEquals(0, site.compare("c", List.of(), List.of()).pairs().size());
    final SiteResult s = site.compare("c", List.of(), calls("5 A T 0/1", "9 <DEL> . 0/1".replace("<DEL> .", "A <DEL>")));
    assertEquals("FP/. N/.", outcomes(s.records().query()).replace("NOT_VARIANT", "N"));
    assertEquals(1, s.pairs().size());
  }

  @Test
  void idsMustBeIndices() {
    final Variant v = calls("5 A T 0/1").get(0).withId(3);
    assertThrows(IllegalArgumentException.class, () -> site.compare("c", List.of(v), List.of()));
  }

  @Test
  void recordTypes() {
    assertEquals(SiteType.SNV, SiteSplitter.recordType(calls("5 A T,G 1/2").get(0)));
    assertEquals(SiteType.COMPLEX, SiteSplitter.recordType(calls("5 A T,AT 1/2").get(0)), "SNV + indel");
    assertEquals(SiteType.INDEL, SiteSplitter.recordType(calls("5 A T,AT 0/2").get(0)), "only called alleles");
    assertNull(SiteSplitter.recordType(calls("5 A T 0/0").get(0)));
  }
}
