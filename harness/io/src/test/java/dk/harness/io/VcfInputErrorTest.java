package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static dk.harness.io.VcfInputTest.HEADER;
import static dk.harness.io.VcfInputTest.TRUTH;
import static dk.harness.io.VcfInputTest.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every error names the file and, for record problems, the line. */
class VcfInputErrorTest {

  private static Path vcf(String name, String body) {
    return TestFiles.write(TestFiles.scratch("vcf-err-" + name).resolve(name + ".vcf"), HEADER + body);
  }

  private static void streamAll(Path vcf) {
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      readAll(in);
    }
  }

  @Test
  void messageFormat() {
    final Path p = Path.of("a.vcf");
    assertEquals("a.vcf:7: bad thing. Fix: do this", new InputException(p, 7, "bad thing", "do this").getMessage());
    assertEquals("a.vcf: bad thing", new InputException(p, -1, "bad thing", null).getMessage());
    assertEquals("a.vcf: two lines. Fix: x y", new InputException(p, -1, "two\nlines", "x\ny").getMessage());
  }

  @Test
  void missingFile() {
    final Path p = TestFiles.scratch("vcf-err-missing").resolve("nope.vcf.gz");
    expectInputError(p, -1, () -> VcfInput.open(p, "truth", null, ScoreField.QUAL), "not found");
  }

  @Test
  void truncatedBgzipWithoutEofBlock() throws IOException {
    final Path dir = TestFiles.scratch("vcf-err-truncated");
    final byte[] all = Files.readAllBytes(TestFiles.shared(TRUTH));
    // Cut into the last data block: the EOF marker is gone and the last block is incomplete.
    final Path cut = dir.resolve("cut.vcf.gz");
    Files.write(cut, Arrays.copyOf(all, all.length - 100));
    expectInputError(cut, -1, () -> VcfInput.open(cut, "truth", null, ScoreField.QUAL), "truncated", "bgzip");
    // Only the 28-byte EOF marker removed: the data is complete but the file still counts as truncated.
    final Path noEof = dir.resolve("noeof.vcf.gz");
    Files.write(noEof, Arrays.copyOf(all, all.length - 28));
    expectInputError(noEof, -1, () -> VcfInput.open(noEof, "truth", null, ScoreField.QUAL),
        "no BGZF end-of-file marker");
  }

  @Test
  void corruptBlockInTheMiddle() throws IOException {
    final Path dir = TestFiles.scratch("vcf-err-corrupt-block");
    final byte[] text = TestFiles.text(TestFiles.shared(
        "na12878-hg19-chr20-10mb/query_gatk_original/CEUTrio.20.gatk3.7_30_ga4f720357.expected.vcf"))
        .getBytes(StandardCharsets.UTF_8);
    final Path gz = TestFiles.bgzip(text, dir.resolve("corrupt.vcf.gz"));
    final byte[] bytes = Files.readAllBytes(gz);
    // Find the second BGZF block (magic 1f 8b 08 04) and wreck its deflate data.
    int second = -1;
    for (int i = 1; i + 3 < bytes.length; i++) {
      if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8 && bytes[i + 3] == 4) {
        second = i;
        break;
      }
    }
    assertTrue(second > 0 && second < bytes.length - 2000, "need a multi-block file");
    for (int i = second + 30; i < second + 530; i++) {
      bytes[i] = (byte) 0xff;
    }
    Files.write(gz, bytes);
    // The failing line is the one that runs into the second block: the first block's ISIZE (its last 4 bytes)
    // is the number of text bytes before it.
    final int firstBlockText = (bytes[second - 4] & 0xff) | (bytes[second - 3] & 0xff) << 8
        | (bytes[second - 2] & 0xff) << 16 | (bytes[second - 1] & 0xff) << 24;
    long line = 1;
    for (int i = 0; i < firstBlockText; i++) {
      if (text[i] == '\n') {
        line++;
      }
    }
    expectInputError(gz, line, () -> {
      try (VcfInput in = VcfInput.open(gz, "query", null, ScoreField.QUAL)) {
        readAll(in);
      }
    }, "truncated or corrupt");
  }

  @Test
  void corruptIndex() throws IOException {
    final Path dir = TestFiles.scratch("vcf-err-index");
    final Path vcf = TestFiles.copy(TestFiles.shared(TRUTH), dir.resolve("t.vcf.gz"));
    final Path tbi = dir.resolve("t.vcf.gz.tbi");
    Files.write(tbi, "this is not an index".getBytes(StandardCharsets.US_ASCII));
    expectInputError(tbi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL),
        "index of '" + vcf + "' is unreadable or corrupt", "tabix -f -p vcf " + vcf);

    // A well-compressed index whose content stops half-way.
    final byte[] full = TestFiles.text(TestFiles.shared(TRUTH + ".tbi")).getBytes(StandardCharsets.ISO_8859_1);
    TestFiles.bgzip(Arrays.copyOf(full, full.length / 2), tbi);
    expectInputError(tbi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "corrupt");

    // A valid index of another, larger file points past this one's end.
    TestFiles.copy(TestFiles.shared(VcfInputTest.NIST_COMPLEX + ".tbi"), tbi);
    expectInputError(tbi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "another file");

    Files.delete(tbi);
    final Path csi = dir.resolve("t.vcf.gz.csi");
    TestFiles.bgzip("CSI\1garbage".getBytes(StandardCharsets.ISO_8859_1), csi);
    expectInputError(csi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "corrupt", "tabix -C");
  }

  @Test
  void indexOlderThanVcf() {
    final Path dir = TestFiles.scratch("vcf-err-old-index");
    final Path vcf = TestFiles.copy(TestFiles.shared(TRUTH), dir.resolve("t.vcf.gz"));
    final Path tbi = TestFiles.copy(TestFiles.shared(TRUTH + ".tbi"), dir.resolve("t.vcf.gz.tbi"));
    TestFiles.touch(vcf, 2_000_000_000_000L);
    TestFiles.touch(tbi, 1_000_000_000_000L);
    expectInputError(tbi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "older than the VCF",
        "tabix -f -p vcf");
    TestFiles.touch(tbi, 2_000_000_000_000L);
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      assertTrue(in.hasIndex());
    }
  }

  @Test
  void indexNextToAPlainVcf() {
    final Path vcf = vcf("plain-indexed", "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    final Path tbi = TestFiles.copy(TestFiles.shared(TRUTH + ".tbi"), vcf.resolveSibling("plain-indexed.vcf.tbi"));
    expectInputError(tbi, -1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "not bgzip-compressed");
  }

  @Test
  void posDecreases() {
    final Path vcf = vcf("unsorted", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n"
        + "chr1\t40\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 8, () -> streamAll(vcf), "not sorted", "POS 40 comes after POS 50", "bcftools sort");
  }

  @Test
  void contigAppearsAgain() {
    final Path vcf = vcf("contig-again", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n"
        + "chr2\t40\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n"
        + "chr1\t60\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 9, () -> streamAll(vcf), "not sorted", "'chr1' appear again");
  }

  @Test
  void noRecordHasGt() {
    final Path vcf = vcf("no-gt", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGQ\t30\n"
        + "chr1\t60\t.\tA\tC\t.\tPASS\t.\tGQ\t30\n");
    expectInputError(vcf, -1, () -> streamAll(vcf), "none of the 2 record(s) has a genotype", "genotype calls (GT)");
  }

  @Test
  void gtIndexOutOfRange() {
    final Path vcf = vcf("gt-range", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGT\t0/2\n");
    expectInputError(vcf, 7, () -> streamAll(vcf), "GT allele index out of range", "'0/2'");
  }

  @Test
  void malformedGt() {
    final Path vcf = vcf("gt-bad", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGT\t0/x\n");
    expectInputError(vcf, 7, () -> streamAll(vcf), "GT '0/x' is malformed");
  }

  @Test
  void wrongColumnCount() {
    final Path vcf = vcf("columns", "chr1\t50\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n"
        + "chr1\t60\t.\tA\tC\t.\tPASS\t.\tGT\n");
    expectInputError(vcf, 8, () -> streamAll(vcf), "expected 10 tab-separated columns", "found 9");
    final Path spaces = vcf("spaces", "chr1 50 . A C . PASS . GT 0/1\n");
    expectInputError(spaces, 7, () -> streamAll(spaces), "expected 10", "found 1");
  }

  @Test
  void badPos() {
    final Path vcf = vcf("pos", "chr1\t5x\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 7, () -> streamAll(vcf), "POS '5x' is not a positive integer");
    final Path zero = vcf("pos0", "chr1\t0\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(zero, 7, () -> streamAll(zero), "POS '0'");
  }

  @Test
  void malformedSiteRejectedByCodec() {
    final Path vcf = vcf("qual", "chr1\t5\t.\tA\tC\tabc\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 7, () -> streamAll(vcf), "QUAL 'abc' is not a number");
    final Path ref = vcf("ref", "chr1\t5\t.\tA?\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(ref, 7, () -> streamAll(ref), "malformed record");
  }

  @Test
  void headerLineAmongRecords() {
    final Path vcf = vcf("late-header", "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n##late=1\n");
    expectInputError(vcf, 8, () -> streamAll(vcf), "header line after the first record");
  }

  @Test
  void noFileformatLine() {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-err-nofmt").resolve("x.vcf"),
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\nchr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\n");
    expectInputError(vcf, 1, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "invalid VCF header");
  }

  @Test
  void severalSamplesWithoutChoice() {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-err-samples").resolve("x.vcf"),
        HEADER.replace("\tS1\n", "\tNA1\tNA2\tNA3\n") + "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0/1\t0/0\t1/1\n");
    expectInputError(vcf, 6, () -> VcfInput.open(vcf, "query", null, ScoreField.QUAL), "3 samples",
        "NA1, NA2, NA3", "--query-sample");
    expectInputError(vcf, 6, () -> VcfInput.open(vcf, "truth", "NA9", ScoreField.QUAL), "'NA9' is not in the header",
        "NA1, NA2, NA3", "--truth-sample");
  }

  @Test
  void sitesOnlyVcf() {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-err-sites").resolve("x.vcf"),
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\t5\t.\tA\tC\t.\tPASS\t.\n");
    expectInputError(vcf, 2, () -> VcfInput.open(vcf, "truth", null, ScoreField.QUAL), "no sample column");
  }

  @Test
  void recordErrorsThroughTheIndexNameChrPos() throws IOException {
    final Path dir = TestFiles.scratch("vcf-err-index-record");
    // The resource with a bad GQ of the same length, so the resource's index (one BGZF block, offsets in the
    // uncompressed text) still fits the file.
    final String text = TestFiles.text(TestFiles.resource("multi.vcf", dir)).replace("0|1:40:LowGQ", "0|1:4x:LowGQ");
    final Path gz = TestFiles.bgzip(text.getBytes(StandardCharsets.UTF_8), dir.resolve("bad.vcf.gz"));
    final Path tbi = dir.resolve("bad.vcf.gz.tbi");
    Files.write(tbi, Files.readAllBytes(TestFiles.resource("idx-tbi/multi.vcf.gz.tbi", dir)));
    try (VcfInput in = VcfInput.open(gz, "query", null, ScoreField.QUAL)) {
      expectInputError(gz, -1, () -> in.readContig("chrB"), "record chrB:5:", "GQ '4x' is not a number");
      expectInputError(gz, 13, () -> readAll(in), "GQ '4x'");
    }
  }
}
