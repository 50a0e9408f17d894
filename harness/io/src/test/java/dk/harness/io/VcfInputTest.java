package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VcfInputTest {
  static final String TRUTH = "na12878-hg19-chr20-10mb/truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz";
  static final String GATK4_PLAIN = "na12878-hg19-chr20-10mb/query_gatk_original/expected.testVCFMode.gatk4.vcf";
  static final String GATK4_BGZIP =
      "na12878-hg19-chr20-10mb/query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz";
  static final String NIST_COMPLEX = "happy/example/NIST_indels/Complex_1ormoreindels_NIST2.19.vcf.gz";

  static final String HEADER = "##fileformat=VCFv4.2\n"
      + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
      + "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">\n"
      + "##contig=<ID=chr1,length=1000>\n##contig=<ID=chr2,length=1000>\n"
      + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"; // 6 header lines

  /** All records of a file, streaming. */
  static List<ContigRecords> readAll(VcfInput in) {
    final List<ContigRecords> out = new ArrayList<>();
    ContigRecords c;
    while ((c = in.nextContig()) != null) {
      out.add(c);
    }
    return out;
  }

  static long count(List<ContigRecords> contigs) {
    return contigs.stream().mapToLong(c -> c.records().size()).sum();
  }

  @Test
  void readsBgzippedTruthWithIndex() {
    final Path vcf = TestFiles.shared(TRUTH);
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      assertEquals("INTEGRATION", in.sampleName());
      assertTrue(in.hasIndex());
      assertEquals(vcf, in.path());
      assertEquals(List.of("chr20"), in.recordContigs());
      final List<ContigRecords> all = readAll(in);
      assertEquals(1, all.size());
      assertEquals("chr20", all.get(0).contig());
      final List<LoadedRecord> recs = all.get(0).records();
      for (int i = 0; i < recs.size(); i++) {
        assertEquals(i, recs.get(i).variant().id());
        assertEquals(recs.get(i).pos() - 1, recs.get(i).variant().start());
        assertEquals("chr20", recs.get(i).contig());
      }
      assertNull(in.nextContig());
    }
  }

  @Test
  void recordCountsMatchManifest() {
    final Map<String, Long> manifest = TestFiles.manifestRecordCounts();
    for (String file : List.of(TRUTH, GATK4_PLAIN, GATK4_BGZIP,
        "na12878-hg19-chr20-10mb/query_deepvariant_original/golden.postprocess_single_site_output.vcf",
        "happy/src/data/leftshifting_example/truth.vcf",
        "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz",
        NIST_COMPLEX)) {
      assertTrue(manifest.containsKey(file), file);
      try (VcfInput in = VcfInput.open(TestFiles.shared(file), "query", null, ScoreField.GQ)) {
        assertEquals((long) manifest.get(file), count(readAll(in)), file);
      }
    }
  }

  @Test
  void nistComplexHasOneBlockPerContigInFileOrder() {
    try (VcfInput in = VcfInput.open(TestFiles.shared(NIST_COMPLEX), "truth", null, ScoreField.QUAL)) {
      final List<String> contigs = new ArrayList<>();
      for (ContigRecords c : readAll(in)) {
        contigs.add(c.contig());
      }
      assertEquals(in.recordContigs(), contigs);
      assertEquals("1", contigs.get(0));
      assertEquals("X", contigs.get(contigs.size() - 1));
    }
  }

  @Test
  void plainAndBgzipCopiesReadTheSame() {
    try (VcfInput plain = VcfInput.open(TestFiles.shared(GATK4_PLAIN), "query", null, ScoreField.QUAL);
        VcfInput gz = VcfInput.open(TestFiles.shared(GATK4_BGZIP), "query", null, ScoreField.QUAL)) {
      assertFalse(plain.hasIndex());
      final ContigRecords a = plain.nextContig();
      final ContigRecords b = gz.nextContig();
      assertEquals("20", a.contig());
      assertEquals("chr20", b.contig());
      assertEquals(a.records().size(), b.records().size());
      for (int i = 0; i < a.records().size(); i++) {
        final LoadedRecord x = a.records().get(i);
        final LoadedRecord y = b.records().get(i);
        assertEquals(x.pos(), y.pos());
        assertEquals(x.ref(), y.ref());
        assertEquals(x.alts(), y.alts());
        assertEquals(x.gt(), y.gt());
        assertEquals(x.variant().toString(), y.variant().toString());
      }
    }
  }

  @Test
  void decodesFieldsOfEveryKindOfRecord() {
    final Path dir = TestFiles.scratch("vcf-fields");
    final Path vcf = TestFiles.resource("multi.vcf", dir);
    try (VcfInput in = VcfInput.open(vcf, "query", "S1", ScoreField.GQ)) {
      assertEquals(List.of("chrA", "chrB", "chrC"), in.headerContigs());
      final List<ContigRecords> all = readAll(in);
      assertEquals(List.of("chrA", "chrB", "chrC"), all.stream().map(ContigRecords::contig).toList());

      final List<LoadedRecord> a = all.get(0).records();
      final LoadedRecord snp = a.get(0);
      assertEquals(10, snp.line());
      assertEquals(10, snp.pos());
      assertEquals("0/1", snp.gt());
      assertEquals(50.0, snp.qual());
      assertEquals(30.0, snp.gq());
      assertEquals(30.0, snp.variant().score()); // GQ chosen
      assertTrue(snp.variant().pass());
      assertFalse(snp.variant().phased());
      assertArrayEquals(new int[] {0, 1}, snp.variant().genotype());
      assertTrue(snp.variant().isVariant());

      final LoadedRecord del = a.get(1);
      assertEquals(1, del.variant().id());
      assertTrue(Double.isNaN(del.qual()));
      assertTrue(Double.isNaN(del.variant().score()));
      assertEquals(".", del.filter());
      assertEquals("PASS", del.ft());
      assertTrue(del.variant().pass());
      assertTrue(del.variant().phased());
      assertEquals(2, del.variant().end() - del.variant().start());

      final LoadedRecord multi = a.get(2);
      assertEquals("G", multi.ref());
      assertEquals(List.of("T", "<DEL>", "*"), multi.alts());
      assertEquals(4, multi.variant().alleleCount());
      assertArrayEquals("T".getBytes(StandardCharsets.US_ASCII), multi.variant().allele(1));
      assertNull(multi.variant().allele(2));
      assertNull(multi.variant().allele(3));
      assertFalse(multi.variant().pass()); // FILTER LowQual
      assertArrayEquals(new int[] {1, 2}, multi.variant().genotype());

      final List<LoadedRecord> b = all.get(1).records();
      assertEquals(0, b.get(0).variant().id()); // ids restart per contig
      assertEquals("LowGQ", b.get(0).ft());
      assertFalse(b.get(0).variant().pass()); // FT fails although FILTER is PASS
      assertArrayEquals(new int[] {-1, -1}, b.get(1).variant().genotype());
      assertFalse(b.get(1).variant().isVariant()); // no-call kept, not dropped
      assertNull(b.get(1).ft());
      assertTrue(Double.isNaN(b.get(1).gq()));

      final List<LoadedRecord> c = all.get(2).records();
      assertEquals(List.of(), c.get(0).alts()); // hom-ref, ALT '.'
      assertEquals(1, c.get(0).variant().alleleCount());
      assertArrayEquals(new int[] {0, 0}, c.get(0).variant().genotype());
      assertArrayEquals(new int[] {1}, c.get(1).variant().genotype()); // haploid
      assertEquals(16, c.get(1).line());
    }
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      assertEquals(50.0, in.nextContig().records().get(0).variant().score());
    }
  }

  @Test
  void readContigThroughTabixAndCsiEqualsStreaming() {
    for (String kind : List.of("tbi", "csi")) {
      final Path dir = TestFiles.scratch("vcf-index-" + kind);
      final Path vcf = TestFiles.resource("idx-" + kind + "/multi.vcf.gz", dir);
      TestFiles.resource("idx-" + kind + "/multi.vcf.gz." + kind, dir);
      try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
        assertTrue(in.hasIndex(), kind);
        assertEquals(List.of("chrA", "chrB", "chrC"), in.recordContigs(), kind);
        // Out of file order on purpose.
        for (String contig : List.of("chrC", "chrA", "chrB")) {
          assertSameRecords(streamed(vcf, contig), in.readContig(contig));
        }
        assertTrue(in.readContig("chrZ").records().isEmpty());
        assertEquals(3, in.nextContig().records().size()); // streaming unaffected
      }
    }
  }

  @Test
  void readContigAcrossManyBlocksOfARealFile() {
    final Path vcf = TestFiles.shared(NIST_COMPLEX);
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      int checked = 0;
      ContigRecords streamed;
      while ((streamed = in.nextContig()) != null) {
        if (List.of("21", "7", "X").contains(streamed.contig())) {
          final ContigRecords direct = in.readContig(streamed.contig());
          assertTrue(direct.records().size() > 3000, streamed.contig());
          assertSameRecords(streamed.records(), direct);
          checked++;
        }
      }
      assertEquals(3, checked);
    }
  }

  @Test
  void readContigWithoutIndexIsAnError() {
    final Path vcf = TestFiles.shared(GATK4_PLAIN);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      expectInputError(vcf, -1, () -> in.readContig("20"), "needs an index", "tabix -p vcf");
      assertEquals(List.of("20"), in.recordContigs()); // pre-scan without index
    }
  }

  @Test
  void gzipButNotBgzipStreams() throws Exception {
    final Path dir = TestFiles.scratch("vcf-gzip");
    final Path vcf = dir.resolve("plain-gzip.vcf.gz");
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(vcf))) {
      out.write(TestFiles.text(TestFiles.shared(TRUTH)).getBytes(StandardCharsets.UTF_8));
    }
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      assertEquals(221, count(readAll(in)));
    }
  }

  @Test
  void selectsTheNamedSampleOfSeveral() {
    final Path dir = TestFiles.scratch("vcf-samples");
    final Path vcf = TestFiles.write(dir.resolve("two.vcf"), HEADER.replace("\tS1\n", "\tS1\tS2\n")
        + "chr1\t5\t.\tA\tC,G\t.\tPASS\t.\tGT:GQ\t0/1:10\t2|2:20\n");
    try (VcfInput in = VcfInput.open(vcf, "truth", "S2", ScoreField.GQ)) {
      final LoadedRecord r = in.nextContig().records().get(0);
      assertEquals("S2", in.sampleName());
      assertEquals("2|2", r.gt());
      assertArrayEquals(new int[] {2, 2}, r.variant().genotype());
      assertEquals(20.0, r.variant().score());
    }
  }

  static List<LoadedRecord> streamed(Path vcf, String contig) {
    try (VcfInput in = VcfInput.open(vcf, "truth", null, ScoreField.QUAL)) {
      for (ContigRecords c : readAll(in)) {
        if (c.contig().equals(contig)) {
          return c.records();
        }
      }
    }
    throw new AssertionError("no contig " + contig);
  }

  static void assertSameRecords(List<LoadedRecord> expected, ContigRecords actual) {
    assertEquals(expected.size(), actual.records().size(), actual.contig());
    for (int i = 0; i < expected.size(); i++) {
      final LoadedRecord x = expected.get(i);
      final LoadedRecord y = actual.records().get(i);
      assertEquals(-1, y.line());
      assertEquals(new LoadedRecord(x.contig(), x.pos(), x.ref(), x.alts(), x.filter(), x.qual(), x.gt(), x.ft(),
          x.gq(), -1, null), new LoadedRecord(y.contig(), y.pos(), y.ref(), y.alts(), y.filter(), y.qual(), y.gt(),
          y.ft(), y.gq(), -1, null));
      final Variant v = x.variant();
      final Variant w = y.variant();
      assertEquals(v.id(), w.id());
      assertEquals(v.toString(), w.toString());
      assertEquals(v.pass(), w.pass());
      assertEquals(v.phased(), w.phased());
    }
  }

  @Test
  void headerOnlyVcfHasNoContigs() {
    final Path vcf = TestFiles.write(TestFiles.scratch("vcf-empty").resolve("e.vcf"), HEADER);
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      assertNull(in.nextContig());
      assertEquals(List.of(), in.recordContigs());
      assertEquals(List.of("chr1", "chr2"), in.headerContigs());
    }
  }

  @Test
  void acceptsVcfVersions41To44() {
    for (String version : List.of("4.1", "4.2", "4.3", "4.4")) {
      final Path vcf = TestFiles.write(TestFiles.scratch("vcf-version").resolve("v.vcf"),
          HEADER.replace("VCFv4.2", "VCFv" + version) + "chr1\t5\t.\tA\tC\t.\tPASS\t.\tGT\t0|1\n");
      try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
        assertEquals(1, in.nextContig().records().size(), version);
      }
    }
  }
}
