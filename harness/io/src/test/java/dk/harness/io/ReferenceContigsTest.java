package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single definition of contigs a reference may lack, and how a name is classified against a reference. */
class ReferenceContigsTest {

  @Test
  void decoysAltsUnplacedViralHlaAndSpikeInsMayBeAbsent() {
    for (String c : List.of("hs37d5", "hs38d1", "chrUn_JTFH01000001v1_decoy", "chr6_GL000250v2_alt",
        "chr1_KI270706v1_random", "chrUn_gl000220", "chrUn_KI270302v1", "GL000192.1", "KI270742.1",
        "chr6_apd_hap1", "chr1_KN196472v1_fix", "EBV", "chrEBV", "NC_007605", "HLA-A*01:01:01:01", "phiX174",
        "phiX", "lambda", "chrUn")) {
      assertTrue(ReferenceContigs.mayBeAbsent(c), c);
    }
  }

  @Test
  void primaryChromosomesAndMadeUpNamesMayNot() {
    for (String c : List.of("chr20", "20", "chrX", "X", "MT", "chrM", "chrQ", "contig1", "1_random_name",
        "Unknown", "GLX")) {
      assertFalse(ReferenceContigs.mayBeAbsent(c), c);
    }
  }

  @Test
  void kindsAgainstAReference() {
    final ReferenceContigs ref = new ReferenceContigs(Path.of("ref.fa"), List.of("chr20", "chrM"));
    assertEquals(ReferenceContigs.Kind.PRESENT, ref.kind("chr20"));
    assertEquals(ReferenceContigs.Kind.RENAME, ref.kind("20"));
    assertEquals("chrM", ref.rename("MT"));
    assertEquals(ReferenceContigs.Kind.MAY_BE_ABSENT, ref.kind("hs37d5"));
    assertEquals(ReferenceContigs.Kind.UNKNOWN, ref.kind("chr21"));
  }
}
