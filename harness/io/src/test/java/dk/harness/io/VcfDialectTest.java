package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.Variant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Header and record dialects of other tools' VCFs: accepted as htslib accepts them, with one warning per kind;
 * records without GT skipped and counted; a file without any GT refused.
 */
class VcfDialectTest {
  private static final String V42 = "##fileformat=VCFv4.2\n";
  private static final String GT = "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n";
  private static final String CHROM = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
  private static final String REC = "chr1\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n";

  private static Path vcf(String name, String text) {
    return TestFiles.write(TestFiles.scratch("dialect-" + name).resolve(name + ".vcf"), text);
  }

  private static List<LoadedRecord> records(VcfInput in) {
    return VcfInputTest.readAll(in).stream().flatMap(c -> c.records().stream()).toList();
  }

  /** Opens and reads the file; returns its warnings. */
  private static List<String> warnings(Path vcf) {
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ)) {
      records(in);
      return in.dialectWarnings();
    }
  }

  private static void assertOneWarning(List<String> warnings, String... fragments) {
    assertEquals(1, warnings.size(), warnings.toString());
    for (String f : fragments) {
      assertTrue(warnings.get(0).contains(f), "warning should contain '" + f + "': " + warnings.get(0));
    }
  }

  @Test
  void cleanFileHasNoWarnings() {
    assertEquals(List.of(), warnings(vcf("clean", V42 + GT + "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"d\">\n"
        + "##FILTER=<ID=q10,Description=\"low\">\n##contig=<ID=chr1,length=100,assembly=b37>\n" + CHROM
        + "chr1\t10\t.\tA\tG\t50\tq10\tDP=3\tGT\t0/1\n")));
  }

  @Test
  void bcftoolsFilterLinesWithNumberAndTypeAreAcceptedWithOneWarning() {
    final Path vcf = vcf("filter-keys", V42 + GT
        + "##FILTER=<ID=COV,Number=0,Type=Flag,Description=\"Coverage of variant != 1\">\n"
        + "##FILTER=<ID=LEN,Number=0,Type=Flag,Description=\"Long\">\n" + CHROM
        + "chr1\t10\t.\tA\tG\t50\tCOV\t.\tGT\t0/1\n");
    assertOneWarning(warnings(vcf), "2 FILTER header line(s)", "first at line 3", "COV has Number, Type",
        "ignored");
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ)) {
      final LoadedRecord r = records(in).get(0);
      assertEquals("COV", r.filter());
      assertFalse(r.variant().pass(), "the filter still filters");
    }
  }

  @Test
  void altAndContigLinesWithExtraKeysAreAccepted() {
    final List<String> w = warnings(vcf("alt-contig", V42 + GT + "##ALT=<ID=DEL,Description=\"Deletion\",Source=x>\n"
        + "##contig=<ID=chr1,length=100,checksum=abc>\n" + CHROM + REC));
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).contains("1 ALT header line(s)") && w.get(0).contains("DEL has Source"), w.get(0));
    assertTrue(w.get(1).contains("1 ##contig line(s)") && w.get(1).contains("chr1 has checksum"), w.get(1));
  }

  @Test
  void headerLineWithAnUnclosedQuoteIsIgnoredWithOneWarningAsHtslibDoes() {
    final Path vcf = vcf("unclosed-quote", V42 + GT + "##INFO=<ID=XX,Number=1,Type=Integer,Description=\"open\n"
        + CHROM + REC);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      assertEquals(1, records(in).size(), "the records are read as if the line were absent");
      assertOneWarning(in.dialectWarnings(), "quote that is never closed", "ignored", "ID=XX");
    }
  }

  @Test
  void missingDescriptionsAreAcceptedWithOneWarning() {
    assertOneWarning(warnings(vcf("no-desc", V42 + "##FORMAT=<ID=GT,Number=1,Type=String>\n"
        + "##INFO=<ID=DP,Number=1,Type=Integer>\n##FILTER=<ID=q10>\n" + CHROM + REC)),
        "3 INFO/FORMAT/FILTER/ALT header line(s) without a Description", "FORMAT GT");
  }

  @Test
  void unknownTypeAndInvalidNumberAreReadAsString() {
    final List<String> w = warnings(vcf("type-number", V42 + GT
        + "##INFO=<ID=DP,Number=Z,Type=Int,Description=\"d\">\n" + CHROM
        + "chr1\t10\t.\tA\tG\t50\tPASS\tDP=3\tGT\t0/1\n"));
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).contains("Type=Int") && w.get(0).contains("read as Type=String"), w.get(0));
    assertTrue(w.get(1).contains("Number=Z") && w.get(1).contains("read as Number=."), w.get(1));
  }

  @Test
  void duplicateDeclarationsAreAcceptedWithOneWarning() {
    assertOneWarning(warnings(vcf("dup", V42 + GT + GT + "##contig=<ID=chr1,length=100>\n"
        + "##contig=<ID=chr1,length=100>\n" + CHROM + REC)), "2 header line(s) declaring an ID that is already",
        "FORMAT GT");
  }

  @Test
  void undeclaredInfoAndFormatKeysAreAcceptedWithAWarningEach() {
    final List<String> w = warnings(vcf("undeclared", V42 + CHROM
        + "chr1\t10\t.\tA\tG\t50\tPASS\tDP=3;DB\tGT:AD\t0/1:1,2\n"
        + "chr1\t20\t.\tA\tG\t50\tPASS\tDP=4\tGT:AD\t0/1:1,2\n"));
    assertEquals(2, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("query VCF ") && w.get(0).contains("2 INFO key(s)")
        && w.get(0).contains("DP at chr1:10"), w.get(0));
    assertTrue(w.get(1).contains("2 FORMAT key(s)") && w.get(1).contains("GT at chr1:10"), w.get(1));
  }

  @Test
  void everyVcf4VersionIsRead() {
    for (String v : List.of("4.0", "4.1", "4.2", "4.3", "4.4", "4.5")) {
      final Path vcf = vcf("v" + v, "##fileformat=VCFv" + v + "\n" + GT + CHROM + REC);
      try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ)) {
        assertEquals(1, records(in).size(), v);
        assertEquals(List.of(), in.dialectWarnings(), v);
      }
    }
  }

  @Test
  void vcf3IsRefusedBecauseItsFilterPassValueDiffers() {
    final Path vcf = vcf("v33", "##fileformat=VCFv3.3\n" + CHROM + REC);
    expectInputError(vcf, 1, () -> VcfInput.open(vcf, "query", null, ScoreField.GQ).close(), "VCFv3.3");
  }

  @Test
  void emptyInfoColumnIsReadAsDot() {
    final Path vcf = vcf("empty-info", V42 + GT + CHROM + "chr1\t10\t.\tA\tG\t50\tPASS\t\tGT\t0/1\n" + REC
        .replace("10", "20"));
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ)) {
      assertEquals(2, records(in).size());
      assertOneWarning(in.dialectWarnings(), "1 record(s) with an empty INFO column", "line 4", "chr1:10");
    }
  }

  @Test
  void recordsWithoutGtAreSkippedAndCounted() {
    final Path vcf = vcf("no-gt-some", V42 + GT + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"e\">\n"
        + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"d\">\n" + CHROM
        + "chr1\t10\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n"
        + "chr1\t11\t.\tA\t<NON_REF>\t.\tPASS\tEND=19\tDP\t30\n"
        + "chr1\t20\t.\tA\tG\t50\tPASS\t.\tGT:DP\t1/1:3\n");
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ)) {
      final List<LoadedRecord> rs = records(in);
      assertEquals(List.of(10, 20), rs.stream().map(LoadedRecord::pos).toList());
      assertEquals(List.of(0, 1), rs.stream().map(r -> r.variant().id()).toList(), "ids stay contiguous");
      assertEquals(1, in.recordsWithoutGt());
      assertOneWarning(in.dialectWarnings(), "1 record(s) whose FORMAT has no GT", "line 7", "chr1:11",
          "skipped, as vcfeval skips them");
      in.requireGenotypes();
    }
  }

  @Test
  void aSampleColumnEndingBeforeItsGtIsANoCallWithAWarning() {
    final Path vcf = vcf("short-sample", V42 + GT + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"d\">\n"
        + CHROM + "chr1\t10\t.\tA\tG\t50\tPASS\t.\tDP:GT\t3\n" + REC.replace("10", "20"));
    for (VcfInput.Decoding d : VcfInput.Decoding.values()) {
      try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ, d)) {
        final List<LoadedRecord> rs = records(in);
        assertEquals(2, rs.size(), d.toString());
        assertEquals(".", rs.get(0).gt());
        assertFalse(rs.get(0).variant().isVariant());
        assertOneWarning(in.dialectWarnings(), "1 record(s) whose sample column ends before its GT", "chr1:10");
      }
    }
  }

  @Test
  void aRecordWithoutGtStillCountsForSortOrder() {
    final Path vcf = vcf("no-gt-unsorted", V42 + GT + CHROM
        + "chr1\t30\t.\tA\tG\t50\tPASS\t.\tDP\t3\n"
        + "chr1\t20\t.\tA\tG\t50\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 5, () -> records(VcfInput.open(vcf, "query", null, ScoreField.GQ)), "not sorted");
  }

  @Test
  void aFileWithoutAnyGtIsRefused() {
    final Path vcf = vcf("no-gt-all", V42 + CHROM + "chr1\t10\t.\tA\tG\t50\tPASS\t.\tDP:AD\t3:1,2\n");
    expectInputError(vcf, -1, () -> records(VcfInput.open(vcf, "truth", null, ScoreField.GQ)),
        "none of the 1 record(s) has a genotype", "for the truth sample");
  }

  @Test
  void sitesOnlyFileIsRefusedAsSitesOnly() {
    final Path vcf = vcf("sites-only", V42 + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
        + "chr1\t10\t.\tA\tG\t50\tPASS\t.\n");
    expectInputError(vcf, 2, () -> VcfInput.open(vcf, "query", null, ScoreField.GQ).close(), "sites-only");
  }

  @Test
  void symbolicAltBlocksThePaddingBaseAsInVcfevalButSpanningDeletionDoesNot() {
    final Path vcf = vcf("padding", V42 + GT + CHROM
        + "chr1\t10\t.\tA\tACC,<NON_REF>\t50\tPASS\t.\tGT\t0/1\n"
        + "chr1\t20\t.\tA\tACC,*\t50\tPASS\t.\tGT\t1/2\n"
        + "chr1\t30\t.\tA\tACC\t50\tPASS\t.\tGT\t0/1\n");
    for (VcfInput.Decoding d : VcfInput.Decoding.values()) {
      try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.GQ, d)) {
        final List<Variant> vs = records(in).stream().map(LoadedRecord::variant).toList();
        assertFalse(vs.get(0).hasPaddingBase(), "<NON_REF> starts with '<', not REF's base (" + d + ")");
        assertEquals(9, vs.get(0).replayStart());
        assertTrue(vs.get(1).hasPaddingBase(), "'*' is ignored (" + d + ")");
        assertTrue(vs.get(2).hasPaddingBase());
        assertTrue(vs.get(0).withId(7).hasPaddingBase() == vs.get(0).hasPaddingBase(), "kept by withId");
      }
    }
  }
}
