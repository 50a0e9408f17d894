package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.RegionSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BedRegionsTest {

  @Test
  void giabBedOfOneRegion() throws IOException {
    final Path bed =
        TestFiles.shared("na12878-hg19-chr20-10mb/truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed");
    final RegionSet set = BedRegions.read(bed);
    final List<String> lines = Files.readAllLines(bed);
    assertEquals(Set.of("chr20"), set.contigs());
    final List<int[]> intervals = set.intervals("chr20");
    assertEquals(lines.size(), intervals.size()); // no overlaps in this file
    final String[] first = lines.get(0).split("\t");
    assertArrayEquals(new int[] {Integer.parseInt(first[1]), Integer.parseInt(first[2])}, intervals.get(0));
  }

  @Test
  void hg002ChromosomeBedCoversTheDocumentedLength() {
    // README: 5,651 intervals, 31,190,184 bp.
    final RegionSet set = BedRegions.read(TestFiles.shared(
        "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.bed"));
    assertEquals(31_190_184L, set.coveredLength("21"));
    assertEquals(5_651, set.intervals("21").size());
  }

  @Test
  void bgzippedBedWithExtraColumns() {
    final Path bed = TestFiles.shared("happy/example/happy/exons_hg38.bed.gz");
    final RegionSet set = BedRegions.read(bed);
    assertEquals(Set.of("chr21"), set.contigs());
    assertTrue(set.contains("chr21", 5022492, 5022693));
    assertTrue(BedRegions.read(bed, Set.of("chr1")).contigs().isEmpty());
  }

  @Test
  void toleratesHeadersCommentsBlankLinesSpacesAndCrlf() throws IOException {
    final Path dir = TestFiles.scratch("bed-tolerant");
    final String text = "track name=x\nbrowser position chr1:1-100\n# comment\n\nchr1\t10\t20\tname\t0\t+\n"
        + "chr2 5   7\r\nchr1\t20\t30\r\nchr3\t4\t4\n";
    final Path plain = TestFiles.write(dir.resolve("x.bed"), text);
    final Path gz = dir.resolve("x.bed.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    for (Path p : List.of(plain, gz)) {
      final RegionSet set = BedRegions.read(p);
      assertEquals(Set.of("chr1", "chr2"), set.contigs()); // chr3's interval is empty
      assertArrayEquals(new int[] {10, 30}, set.intervals("chr1").get(0)); // adjacent intervals merge
      assertArrayEquals(new int[] {5, 7}, set.intervals("chr2").get(0));
      assertEquals(Set.of("chr2"), BedRegions.read(p, Set.of("chr2")).contigs());
    }
  }

  /** Lines read in place from the bytes and lines read the general way may alternate; both keep their contig. */
  @Test
  void bytesAndGeneralLinesInterleave() throws IOException {
    final Path dir = TestFiles.scratch("bed-interleave");
    final String text = "chr1\t10\t20\nchr1  30  40\nchr1\t50\t60\textra\ntrack\t1\t2\nchr2\t5\t15\n"
        + "chr1\t100\t110\nchr 3\t1\t2\nchr2\t20\t25\nchr1\t7\t8\n";
    final Path bed = TestFiles.write(dir.resolve("x.bed"), text);
    final RegionSet kept = BedRegions.read(bed, Set.of("chr1", "chr 3"));
    assertEquals(Set.of("chr1", "chr 3"), kept.contigs());
    assertArrayEquals(new int[] {7, 10, 30, 50, 100}, kept.starts("chr1"));
    assertArrayEquals(new int[] {8, 20, 40, 60, 110}, kept.ends("chr1"));
    assertArrayEquals(new int[] {1}, kept.starts("chr 3"));
    final RegionSet all = BedRegions.read(bed);
    assertArrayEquals(new int[] {5, 20}, all.starts("chr2"));
    assertArrayEquals(new int[] {15, 25}, all.ends("chr2"));
    assertEquals(kept.coveredLength("chr1"), all.coveredLength("chr1"));
  }

  @Test
  void malformedLines() {
    final Path dir = TestFiles.scratch("bed-bad");
    final Path twoCols = TestFiles.write(dir.resolve("a.bed"), "# h\nchr1\t1\t5\nchr1\t7\n");
    expectInputError(twoCols, 3, () -> BedRegions.read(twoCols), "malformed BED line", "at least 3 columns");
    final Path notNumber = TestFiles.write(dir.resolve("b.bed"), "chr1\t1\t5\nchr1\tx\t9\n");
    expectInputError(notNumber, 2, () -> BedRegions.read(notNumber), "start 'x'");
    final Path reversed = TestFiles.write(dir.resolve("c.bed"), "chr1\t9\t5\n");
    expectInputError(reversed, 1, () -> BedRegions.read(reversed), "end 5 is before start 9");
    final Path negative = TestFiles.write(dir.resolve("d.bed"), "chr1\t-1\t5\n");
    expectInputError(negative, 1, () -> BedRegions.read(negative), "non-negative");
    // An error on a filtered-out contig still counts only if the line is structurally broken.
    expectInputError(twoCols, 3, () -> BedRegions.read(twoCols, Set.of("chr9")), "at least 3 columns");
  }

  @Test
  void missingBed() {
    final Path p = TestFiles.scratch("bed-missing").resolve("none.bed");
    expectInputError(p, -1, () -> BedRegions.read(p), "BED file not found");
  }
}
