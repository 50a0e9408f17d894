package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.RegionSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every BED interval must name a reference contig: renames and unknown contigs are errors, decoys are counted. */
class BedContigRuleTest {
  private static final ReferenceContigs CHR = new ReferenceContigs(Path.of("ref.fa"), List.of("chr20", "chr21"));
  private static final String WHAT = "the confident-regions BED";

  private static Path bed(String name, String text) {
    return TestFiles.write(TestFiles.scratch("bed-rule-" + name).resolve(name + ".bed"), text);
  }

  @Test
  void mixedNamingIsAnErrorAtTheFirstForeignLineWithTheExactRename() {
    final Path p = bed("mixed", "chr20\t0\t10\nchr20\t20\t30\n20\t40\t50\n20\t60\t70\nchr21\t0\t5\n");
    final InputException e = expectInputError(p, 3, () -> BedRegions.read(p, WHAT, CHR),
        "the confident-regions BED names contig '20', which the reference 'ref.fa' calls 'chr20'",
        "the file mixes namings ('20' and 'chr20'), and its '20' lines would be dropped",
        "2 intervals on 1 contig to rename: '20' (2)");
    assertEquals("rename the contigs into a new file: cat " + p + " | sed -e 's/^20\\t/chr20\\t/' > renamed.bed",
        e.fix());
  }

  @Test
  void aBedNamedTheOtherWayThroughoutGetsEveryRenameAndNoMixedNote() {
    final Path p = bed("numeric", "#header\n20\t0\t10\n21\t0\t10\n20\t30\t40\n");
    final InputException e = expectInputError(p, 2, () -> BedRegions.read(p, WHAT, CHR), "calls 'chr20'",
        "3 intervals on 2 contigs to rename: '20' (2), '21' (1)");
    assertFalse(e.problem().contains("mixes"), e.problem());
    assertTrue(e.fix().endsWith("sed -e 's/^20\\t/chr20\\t/' -e 's/^21\\t/chr21\\t/' > renamed.bed"), e.fix());
  }

  @Test
  void aGzippedBedGetsAFixThatDecompresses() throws IOException {
    final Path p = TestFiles.scratch("bed-rule-gz").resolve("strat.bed.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("chr20\t0\t10\n20\t40\t50\n".getBytes(StandardCharsets.US_ASCII));
    }
    final InputException e = expectInputError(p, 2, () -> BedRegions.read(p, "the BED of stratum 'x'", CHR),
        "the BED of stratum 'x' names contig '20'");
    assertTrue(e.fix().startsWith("rename the contigs into a new file: gzip -dc " + p + " | sed"), e.fix());
  }

  @Test
  void contigTheReferenceLacksIsAnErrorNamingItsFirstLine() {
    final Path p = bed("unknown", "chr20\t0\t10\nchrQ\t5\t9\nchr20\t20\t30\nchrQ\t50\t60\nchrZ\t1\t2\n");
    final InputException e = expectInputError(p, 2, () -> BedRegions.read(p, WHAT, CHR),
        "has intervals on contig 'chrQ', which is not in the reference 'ref.fa' (3 intervals on 2 contigs it lacks: "
            + "'chrQ' (2), 'chrZ' (1))");
    assertEquals("use the BED made for the reference's build, or drop those lines into a new file: cat " + p
        + " | sed -e '/^chrQ\\t/d' -e '/^chrZ\\t/d' > kept.bed", e.fix());
  }

  @Test
  void linesReadTheSlowWayAreHeldToTheRuleToo() {
    // spaces instead of tabs and a CRLF line take the general reader
    final Path p = bed("slow", "chr20 0 10\r\n20 5 9\r\n");
    expectInputError(p, 2, () -> BedRegions.read(p, WHAT, CHR), "names contig '20'");
  }

  @Test
  void decoyAltAndUnplacedIntervalsAreLeftOutAndCounted() {
    final Path p = bed("decoy", "chr20\t0\t10\nhs37d5\t0\t5\nhs37d5\t9\t12\nchr6_GL000250v2_alt\t1\t2\n"
        + "chrUn_gl000220\t3\t4\nchr21\t0\t10\nchrEBV\t0\t1\n");
    final BedRegions.Checked c = BedRegions.read(p, WHAT, CHR);
    assertEquals(Set.of("chr20", "chr21"), c.regions().contigs());
    assertEquals(10, c.regions().coveredLength("chr20"));
    final Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("hs37d5", 2L);
    expected.put("chr6_GL000250v2_alt", 1L);
    expected.put("chrUn_gl000220", 1L);
    expected.put("chrEBV", 1L);
    assertEquals(expected, c.leftOut());
    assertEquals(p + ": the confident-regions BED has 5 intervals on 4 contigs the reference 'ref.fa' lacks (decoy, "
        + "alt or unplaced sequences of the build), left out of the comparison: 'hs37d5' (2), "
        + "'chr6_GL000250v2_alt' (1), 'chrUn_gl000220' (1), 'chrEBV' (1)", c.warning(p, WHAT, CHR));
  }

  @Test
  void aCleanBedHasNoWarningAndContigsNoVcfTouchesAreFine() {
    final Path p = bed("clean", "chr21\t0\t10\nchr20\t5\t7\n");
    final BedRegions.Checked c = BedRegions.read(p, WHAT, CHR);
    final RegionSet plain = BedRegions.read(p);
    assertEquals(plain.contigs(), c.regions().contigs());
    assertEquals(plain.coveredLength("chr21"), c.regions().coveredLength("chr21"));
    assertTrue(c.leftOut().isEmpty());
    assertNull(c.warning(p, WHAT, CHR));
  }

  @Test
  void interleavedContigsAreCountedPerContigNotPerRun() {
    final Path p = bed("interleaved", "hs37d5\t0\t1\nchr20\t0\t1\nhs37d5\t2\t3\nchr20\t4\t5\nhs37d5\t6\t7\n");
    assertEquals(Map.of("hs37d5", 3L), BedRegions.read(p, WHAT, CHR).leftOut());
  }

  @Test
  void namesWithRegexCharactersAreEscapedInTheFix() {
    final ReferenceContigs ref = new ReferenceContigs(Path.of("ref.fa"), List.of("chr1"));
    final Path p = bed("regex", "chr1\t0\t1\nweird.contig*1\t0\t1\n");
    final InputException e = expectInputError(p, 2, () -> BedRegions.read(p, WHAT, ref), "'weird.contig*1'");
    assertTrue(e.fix().contains("-e '/^weird\\.contig\\*1\\t/d'"), e.fix());
  }
}
