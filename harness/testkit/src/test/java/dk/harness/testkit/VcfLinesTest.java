package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.Variant;
import dk.harness.io.LoadedRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VcfLinesTest {

  @Test
  void buildsCoreVariantsWithZeroBasedCoordinates() {
    final List<Variant> vs = VcfLines.of(
        "chr1 10 . A G . PASS . GT 0/1",
        "chr1 20 . at A 30 PASS . GT:GQ 1|1:50");
    assertEquals(2, vs.size());
    final Variant snp = vs.get(0);
    assertEquals(0, snp.id());
    assertEquals(9, snp.start());
    assertEquals(10, snp.end());
    assertArrayEquals(new int[] {0, 1}, snp.genotype());
    assertFalse(snp.phased());
    assertTrue(snp.pass());
    assertTrue(Double.isNaN(snp.score()), "QUAL '.' is no score");
    final Variant del = vs.get(1);
    assertEquals(1, del.id());
    assertEquals("AT", new String(del.allele(0), StandardCharsets.US_ASCII), "REF is upper-cased");
    assertTrue(del.phased());
    assertEquals(30.0, del.score(), "VcfLines scores by QUAL");
  }

  @Test
  void symbolicAndSpanningDeletionAllelesAreNotReplayable() {
    final List<Variant> vs = VcfLines.of(
        "c 5 . A <DEL> . PASS END=9 GT 0/1",
        "c 7 . A G,* . PASS . GT 1/2",
        "c 8 . A G,*G . PASS . GT 2/2");
    assertNull(vs.get(0).allele(1));
    assertFalse(vs.get(0).isVariant());
    assertNull(vs.get(1).allele(2));
    assertTrue(vs.get(1).isVariant());
    assertNull(vs.get(2).allele(2), "a partial spanning deletion (*G) is not replayable either");
  }

  @Test
  void filterAndSampleFtDecidePass() {
    final List<LoadedRecord> rs = VcfLines.records(
        "c 1 . A G . LowQual . GT 0/1",
        "c 2 . A G . . . GT:FT 0/1:PASS",
        "c 3 . A G . PASS . GT:FT 0/1:q10",
        "c 4 . A G . PASS . GT ./1");
    assertFalse(rs.get(0).variant().pass());
    assertTrue(rs.get(1).variant().pass());
    assertFalse(rs.get(2).variant().pass());
    assertArrayEquals(new int[] {-1, 1}, rs.get(3).variant().genotype());
    assertEquals("q10", rs.get(2).ft());
  }

  @Test
  void idsCountPerContig() {
    final Map<String, List<LoadedRecord>> m = VcfLines.byContig(
        "a 1 . A G . PASS . GT 0/1", "b 1 . A G . PASS . GT 0/1", "b 2 . A G . PASS . GT 0/1");
    assertEquals(List.of("a", "b"), List.copyOf(m.keySet()));
    assertEquals(1, m.get("b").get(1).variant().id());
    assertThrows(IllegalArgumentException.class, () -> VcfLines.of("a 1 . A G . PASS . GT 0/1",
        "b 1 . A G . PASS . GT 0/1"));
  }

  @Test
  void malformedLinesNameTheLine() {
    final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> VcfLines.of("c 1 . A G . PASS . GT 0/1", "c 2 . A G . PASS . GT 0/3"));
    assertTrue(e.getMessage().startsWith("<VcfLines>:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> VcfLines.of("c x . A G . PASS . GT 0/1"));
    assertThrows(IllegalArgumentException.class, () -> VcfLines.of("c 1 . A G . PASS . DP 7"));
  }
}
