package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ReferenceSequence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefCheckTest {
  static final String DERIVED = "na12878-hg19-chr20-10mb/query_derived_chr20_bgzip/";

  private static int checkWhole(Path vcf, FastaReference ref) {
    int n = 0;
    try (VcfInput in = VcfInput.open(vcf, "query", null, ScoreField.QUAL)) {
      ContigRecords c;
      while ((c = in.nextContig()) != null) {
        RefCheck.check(vcf, c.records(), ref.contig(c.contig()), ref.path());
        n += c.records().size();
      }
    }
    return n;
  }

  @Test
  void realFilesMatchTheirReference() {
    try (FastaReference ref = FastaReference.open(TestFiles.shared(FastaReferenceTest.NUCLEUS_FASTA))) {
      assertEquals(221, checkWhole(TestFiles.shared(VcfInputTest.TRUTH), ref));
      for (String q : List.of("expected.testVCFMode.gatk4.chr20.vcf.gz",
          "expected.testVCFMode.gatk4.DRAGEN.chr20.vcf.gz",
          "CEUTrio.20.gatk3.7_30_ga4f720357.expected.chr20.vcf.gz", "golden.postprocess_single_site_output.vcf.gz")) {
        assertTrue(checkWhole(TestFiles.shared(DERIVED + q), ref) > 50, q);
      }
    }
  }

  @Test
  void chromosomeScaleTruthMatchesPseudoReference() {
    try (FastaReference ref = FastaReference.open(TestFiles.shared(FastaReferenceTest.PSEUDO_FASTA))) {
      assertEquals(55_462, checkWhole(TestFiles.shared(
          "hg002-chr21-sarek/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21.vcf.gz"), ref));
    }
  }

  @Test
  void mismatchNamesFileLineAndBothAlleles() {
    final Path dir = TestFiles.scratch("refcheck-mismatch");
    final String text = TestFiles.text(TestFiles.shared(VcfInputTest.TRUTH));
    // Change the REF of the 5th record to a base that differs from the reference.
    final String[] lines = text.split("\n", -1);
    int line = 0;
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("#") && !lines[i].isEmpty() && ++seen == 5) {
        line = i;
        break;
      }
    }
    final String[] cols = lines[line].split("\t", -1);
    final String oldRef = cols[3];
    final char first = oldRef.charAt(0);
    char replacement = 0;
    for (char b : "ACGT".toCharArray()) {
      if (b != first && !List.of(cols[4].split(",")).contains(b + oldRef.substring(1))) {
        replacement = b;
        break;
      }
    }
    final String newRef = replacement + oldRef.substring(1);
    cols[3] = newRef;
    lines[line] = String.join("\t", cols);
    final Path vcf = TestFiles.bgzip(String.join("\n", lines).getBytes(StandardCharsets.UTF_8),
        dir.resolve("bad-ref.vcf.gz"));
    final Path fasta = TestFiles.shared(FastaReferenceTest.NUCLEUS_FASTA);
    try (FastaReference ref = FastaReference.open(fasta)) {
      expectInputError(vcf, line + 1, () -> checkWhole(vcf, ref),
          "REF '" + newRef + "' at chr20:" + cols[1] + " does not match the reference '" + fasta + "' ('" + oldRef
              + "')",
          "different reference build; use the matching FASTA");
    }
  }

  @Test
  void ambiguityCodesMatchAnything() {
    final ReferenceSequence ref = ReferenceSequence.of("ACGTNRACGT".getBytes(StandardCharsets.US_ASCII));
    final Path vcf = Path.of("x.vcf");
    // N in the reference (pos 5) and R (pos 6) match any base; N in the REF matches any reference base.
    RefCheck.check(vcf, List.of(rec(5, "GC"), rec(1, "NCGT"), rec(6, "T")), ref, Path.of("r.fa"));
    expectInputError(vcf, 12, () -> RefCheck.check(vcf, List.of(rec(1, "ACGT"), rec(2, "G")), ref, Path.of("r.fa")),
        "REF 'G' at c:2 does not match the reference 'r.fa' ('C')");
  }

  @Test
  void recordPastContigEnd() {
    final ReferenceSequence ref = ReferenceSequence.of("ACGT".getBytes(StandardCharsets.US_ASCII));
    final Path vcf = Path.of("x.vcf");
    expectInputError(vcf, 12, () -> RefCheck.check(vcf, List.of(rec(4, "TA")), ref, Path.of("r.fa")),
        "runs past the end of the contig", "length 4");
  }

  private static LoadedRecord rec(int pos, String ref) {
    final dk.harness.core.Variant v = new dk.harness.core.Variant(0, pos - 1,
        new byte[][] {ref.getBytes(StandardCharsets.US_ASCII)}, new int[] {0, 0}, false, true, Double.NaN);
    return new LoadedRecord("c", pos, ref, List.of(), "PASS", Double.NaN, "0/0", null, Double.NaN, 12, v);
  }
}
