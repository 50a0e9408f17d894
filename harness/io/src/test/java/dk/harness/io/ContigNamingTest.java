package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContigNamingTest {
  private static final Path T = Path.of("truth.vcf.gz");
  private static final Path Q = Path.of("query.vcf.gz");
  private static final Path R = Path.of("ref.fa");

  @Test
  void gatkOriginalWithNumericContigsAgainstChrReference() {
    final Path truthPath = TestFiles.shared(VcfInputTest.TRUTH);
    final Path queryPath = TestFiles.shared(VcfInputTest.GATK4_PLAIN);
    final Path fasta = TestFiles.shared(FastaReferenceTest.NUCLEUS_FASTA);
    try (VcfInput truth = VcfInput.open(truthPath, "truth", null, ScoreField.QUAL);
        VcfInput query = VcfInput.open(queryPath, "query", null, ScoreField.QUAL);
        FastaReference ref = FastaReference.open(fasta)) {
      // the query has no index, so its pre-scan knows the line of its first '20' record
      expectInputError(queryPath, firstRecordLine(queryPath), () -> ContigNaming.check(truth, query, ref),
          "query VCF names contigs differently from the reference '" + fasta + "'",
          "uses '20' where the reference has 'chr20'",
          "the truth '" + truthPath + "' matches the reference",
          "printf '20 chr20\\n", "bcftools annotate --rename-chrs map.txt " + queryPath);
    }
  }

  @Test
  void matchingFilesPass() {
    try (VcfInput truth = VcfInput.open(TestFiles.shared(VcfInputTest.TRUTH), "truth", null, ScoreField.QUAL);
        VcfInput query = VcfInput.open(TestFiles.shared(VcfInputTest.GATK4_BGZIP), "query", null, ScoreField.QUAL);
        FastaReference ref = FastaReference.open(TestFiles.shared(FastaReferenceTest.NUCLEUS_FASTA))) {
      ContigNaming.check(truth, query, ref);
    }
  }

  @Test
  void happyNumericChrsCase() {
    final String dir = "happy/src/data/numeric_chrs/";
    final Path truthPath = TestFiles.shared(dir + "truth.vcf");
    final Path chrTruth = TestFiles.shared(dir + "chrtruth.vcf");
    final Path chrQuery = TestFiles.shared(dir + "chrquery.vcf");
    final Path chrFasta = TestFiles.shared(dir + "chrtest.fa");
    try (VcfInput truth = VcfInput.open(truthPath, "truth", null, ScoreField.QUAL);
        VcfInput ctruth = VcfInput.open(chrTruth, "truth", null, ScoreField.QUAL);
        VcfInput cquery = VcfInput.open(chrQuery, "query", null, ScoreField.QUAL);
        FastaReference ref = FastaReference.open(chrFasta)) {
      ContigNaming.check(ctruth, cquery, ref);
      expectInputError(truthPath, firstRecordLine(truthPath), () -> ContigNaming.check(truth, cquery, ref),
          "truth VCF names contigs",
          "'1' where the reference has 'chr1'", "2 contigs", "printf '1 chr1\\n2 chr2\\n'");
    }
  }

  @Test
  void bothSidesWrong() {
    expectInputError(T, -1, () -> ContigNaming.check(T, List.of("1"), Q, List.of("1"), R, Set.of("chr1")),
        "'1' where the reference has 'chr1'", "the query '" + Q + "' has the same problem");
  }

  @Test
  void mitochondrion() {
    assertEquals("MT", ContigNaming.rename("chrM", Set.of("MT", "1")));
    assertEquals("M", ContigNaming.rename("chrM", Set.of("M")));
    assertEquals("chrM", ContigNaming.rename("MT", Set.of("chrM")));
    assertEquals("chrX", ContigNaming.rename("X", Set.of("chrX")));
    assertNull(ContigNaming.rename("chrUn_gl000220", Set.of("chr1")));
  }

  @Test
  void renameMapIsCompletedFromHeaderContigsAndShortened() {
    final ContigNaming.Side truth = new ContigNaming.Side("truth", T, List.of("chr1"), List.of());
    final ContigNaming.Side query = new ContigNaming.Side("query", Q, List.of("1"), List.of("1", "2", "3", "MT"));
    expectInputError(Q, -1, () -> ContigNaming.check(truth, query, R, Set.of("chr1", "chr2", "chr3", "chrM")),
        "printf '1 chr1\\n2 chr2\\n3 chr3\\n'", "4 in all");
  }

  @Test
  void contigNotInReference() {
    expectInputError(Q, -1, () -> ContigNaming.check(T, List.of("chr1"), Q, List.of("chr1", "chrQ"), R,
        Set.of("chr1", "chr2")), "query VCF has records on 1 contig not in the reference 'ref.fa': 'chrQ'",
        "bcftools view -t ^chrQ");
  }

  @Test
  void contigNotInReferenceNamesTheLineOfItsFirstRecord() {
    final ContigNaming.Side truth = new ContigNaming.Side("truth", T, List.of("chr1"), List.of());
    final ContigNaming.Side query = new ContigNaming.Side("query", Q, List.of("chr1", "chrQ", "chrZ"), List.of(),
        contigs -> Map.of("chrQ", new ContigNaming.Tally(40, 3), "chrZ", new ContigNaming.Tally(12, 1)));
    expectInputError(Q, 12, () -> ContigNaming.check(truth, query, R, Set.of("chr1")), "2 contigs not in the "
        + "reference 'ref.fa': 'chrQ', 'chrZ'");
  }

  @Test
  void renameErrorNamesTheLineOfTheFirstRecordToRename() {
    final ContigNaming.Side truth = new ContigNaming.Side("truth", T, List.of("chr20"), List.of());
    final ContigNaming.Side query = new ContigNaming.Side("query", Q, List.of("chr20", "20"), List.of(),
        contigs -> Map.of("20", new ContigNaming.Tally(77, 5)));
    expectInputError(Q, 77, () -> ContigNaming.check(truth, query, R, Set.of("chr20")),
        "it uses '20' where the reference has 'chr20'", "printf '20 chr20\\n'");
  }

  @Test
  void decoyAltAndUnplacedRecordsAreLeftOutWithCounts() {
    final ContigNaming.Side truth = new ContigNaming.Side("truth", T, List.of("chr1"), List.of());
    final ContigNaming.Side query = new ContigNaming.Side("query", Q,
        List.of("chr1", "chrUn_KI270302v1", "chr6_GL000250v2_alt", "hs38d1"), List.of(),
        contigs -> Map.of("chrUn_KI270302v1", new ContigNaming.Tally(20, 2), "chr6_GL000250v2_alt",
            new ContigNaming.Tally(22, 5), "hs38d1", new ContigNaming.Tally(27, 1)));
    final ContigNaming.Result r = ContigNaming.check(truth, query, R, Set.of("chr1", "chr2"));
    assertEquals(List.of("chr1"), r.compared("query", query.recordContigs()));
    assertEquals(List.of("chr1"), r.compared("truth", truth.recordContigs()));
    assertEquals(Set.of("chrUn_KI270302v1", "chr6_GL000250v2_alt", "hs38d1"), r.leftOutContigs());
    assertEquals(List.of(Q + ": the query VCF has 8 records on 3 contigs the reference 'ref.fa' lacks (decoy, alt or "
        + "unplaced sequences of the build), left out of the comparison: 'chrUn_KI270302v1' (2), "
        + "'chr6_GL000250v2_alt' (5), 'hs38d1' (1)"), r.warnings());
  }

  @Test
  void aSideWithOnlyLeftOutRecordsSharesNoContigButIsNoError() {
    // every query record is on a decoy: nothing of it is compared, which the warning says; the truth is all FN
    final ContigNaming.Result r = ContigNaming.check(T, List.of("1"), Q, List.of("hs37d5"), R, Set.of("1"));
    assertEquals(List.of(), r.compared("query", List.of("hs37d5")));
    assertEquals(1, r.warnings().size());
  }

  @Test
  void aMissingContigThatLooksLikeADecoyButRenamesIsARename() {
    // 'Un' would match the unplaced pattern, but 'chrUn' is in the reference: the rename wins
    expectInputError(Q, -1, () -> ContigNaming.check(T, List.of("chrUn"), Q, List.of("Un"), R, Set.of("chrUn")),
        "it uses 'Un' where the reference has 'chrUn'");
  }

  private static long firstRecordLine(Path vcf) {
    final String[] lines = TestFiles.text(vcf).split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("#")) {
        return i + 1;
      }
    }
    throw new AssertionError("no record in " + vcf);
  }

  @Test
  void noSharedContig() {
    expectInputError(Q, -1, () -> ContigNaming.check(T, List.of("chr1"), Q, List.of("chr2"), R,
        Set.of("chr1", "chr2")), "truth '" + T + "' have records on no common contig", "query: 'chr2'",
        "truth: 'chr1'");
  }

  @Test
  void emptySideIsFine() {
    ContigNaming.check(T, List.of("chr1"), Q, List.of(), R, Set.of("chr1"));
  }
}
