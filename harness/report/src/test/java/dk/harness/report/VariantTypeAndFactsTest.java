package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTypeAndFactsTest {
  private static Variant v(String ref, String alts, String gt) {
    return Fixtures.rec("c", 0, 10, ref, alts, gt, 1).variant();
  }

  @Test
  void vcfevalSnpSplit() {
    assertEquals(VariantType.SNP, VariantType.of(v("A", "G", "0/1")));
    assertEquals(VariantType.SNP, VariantType.of(v("A", "G,T", "1/2")));
    assertEquals(VariantType.SNP, VariantType.of(v("A", "G", "1")));
    // the uncalled indel allele does not matter: vcfeval types by the called alleles
    assertEquals(VariantType.SNP, VariantType.of(v("A", "G,AT", "0/1")));
    assertEquals(VariantType.INDEL, VariantType.of(v("A", "G,AT", "1/2")));
    assertEquals(VariantType.INDEL, VariantType.of(v("AC", "GT", "0/1")), "MNP is non-SNP in vcfeval");
    assertEquals(VariantType.INDEL, VariantType.of(v("AC", "A", "1/1")));
    assertEquals(VariantType.INDEL, VariantType.of(v("A", "<DEL>", "0/1")));
    assertEquals(VariantType.INDEL, VariantType.of(v("A", "G,*", "1/2")), "spanning deletion ranks above SNP");
    assertEquals(VariantType.SNP, VariantType.of(v("A", "G", "./1")));
  }

  @Test
  void locationTypes() {
    assertEquals("het", VariantFacts.location(v("A", "G", "0/1")));
    assertEquals("het", VariantFacts.location(v("A", "G", "1|0")));
    assertEquals("homalt", VariantFacts.location(v("A", "G", "1/1")));
    assertEquals("hetalt", VariantFacts.location(v("A", "G,T", "1/2")));
    assertEquals("homref", VariantFacts.location(v("A", "G", "0/0")));
    assertEquals("nocall", VariantFacts.location(v("A", "G", "./.")));
    assertEquals("halfcall", VariantFacts.location(v("A", "G", "./1")));
    assertEquals("hemi", VariantFacts.location(v("A", "G", "1")));
  }

  @Test
  void tiTvAndIndelClasses() {
    final VariantFacts ti = VariantFacts.of(v("A", "G", "0/1"));
    assertTrue(ti.ti());
    assertFalse(ti.tv());
    assertEquals("ti", ti.bi());
    final VariantFacts tv = VariantFacts.of(v("C", "A", "1/1"));
    assertTrue(tv.tv());
    assertEquals("tv", tv.bi());
    final VariantFacts both = VariantFacts.of(v("C", "T,G", "1/2"));
    assertTrue(both.ti() && both.tv());
    assertEquals("ti,tv", both.bi());

    assertEquals(List.of("I1_5"), VariantFacts.of(v("A", "AT", "0/1")).indelClasses());
    assertEquals("i1_5", VariantFacts.of(v("A", "AT", "0/1")).bi());
    assertEquals(List.of("D6_15"), VariantFacts.of(v("ACCCCCCC", "A", "1/1")).indelClasses());
    assertEquals(List.of("I16_PLUS"), VariantFacts.of(v("A", "A" + "T".repeat(16), "0/1")).indelClasses());
    assertEquals(List.of("D1_5", "I1_5"), VariantFacts.of(v("AC", "A,ACT", "1/2")).indelClasses());
    // trimmed REF "CG" vs ALT "T": complex of length 1
    assertEquals(List.of("C1_5"), VariantFacts.of(v("ACG", "AT", "0/1")).indelClasses());
    assertEquals(List.of(), VariantFacts.of(v("AC", "GT", "0/1")).indelClasses());
    assertEquals("ti,tv", VariantFacts.of(v("AC", "GA", "0/1")).bi());
    // a 1/1 allele is counted once; 0/0 has nothing
    assertEquals(".", VariantFacts.of(v("A", "G", "0/0")).bi());
  }
}
