package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * One rule for contig names in every input of {@code harness compare}: every BED interval (confident, target, each
 * stratum) and every VCF record must name a reference contig. Mixed or foreign naming and unknown contigs are exit 2
 * with one line naming file:line and the exact fix, nothing written; decoy/alt/unplaced contigs are left out with a
 * warning that counts them, and the counts are those of the inputs without them. A {@code ##contig} length of another
 * build is exit 2 naming the header line.
 */
class CompareContigRuleTest {
  private static final String RENAME_20 = "sed -e 's/^20\\t/chr20\\t/'";

  /** Reference chr20, chr21 (300 bp each); truth: 2 SNPs on chr20, 1 on chr21; query: the same calls. */
  private static final class Case {
    final Path dir;
    final SyntheticData d;
    final Path fasta;
    final List<String> truthRecords;
    final List<String> queryRecords;

    Case(String name) throws IOException {
      dir = TestData.scratch("contig-rule-" + name);
      d = new SyntheticData(dir, "chr20", "chr21");
      fasta = d.fasta();
      truthRecords = new ArrayList<>(List.of(d.snp("chr20", 50, "PASS", "0/1"), d.snp("chr20", 120, "PASS", "1/1"),
          d.snp("chr21", 80, "PASS", "0/1")));
      queryRecords = new ArrayList<>(truthRecords);
    }

    TestData.Run compare(String... extra) throws IOException {
      final Path truth = d.vcf("truth.vcf", "T", truthRecords);
      final Path query = d.vcf("query.vcf", "Q", queryRecords);
      final List<String> a = new ArrayList<>(List.of("compare", "--truth", truth.toString(), "--query",
          query.toString(), "--reference", fasta.toString(), "--output", dir.resolve("out/run").toString(),
          "--threads", "1", "--quiet"));
      a.addAll(Arrays.asList(extra));
      return TestData.run(a.toArray(String[]::new));
    }

    /** A confident BED over both contigs (without one, compare warns before the checks this test is about). */
    String confident() throws IOException {
      return d.bed("confident.bed", "chr20\t0\t300", "chr21\t0\t300").toString();
    }

    Path strata(String... nameAndLines) throws IOException {
      final StringBuilder tsv = new StringBuilder();
      for (int i = 0; i < nameAndLines.length; i += 2) {
        final String bedName = nameAndLines[i] + ".bed";
        d.bed(bedName, nameAndLines[i + 1].split("\n"));
        tsv.append(nameAndLines[i]).append('\t').append(bedName).append('\n');
      }
      final Path p = dir.resolve("strata.tsv");
      Files.writeString(p, tsv);
      return p;
    }
  }

  /** Exit 2, one line naming {@code file:line}, a fix, and nothing in the output folder. */
  private static String assertRefused(TestData.Run run, Path dir, Path file, long line) throws IOException {
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(1, run.stderrLines().size(), run.stderr());
    final String msg = run.stderrLines().get(0);
    assertTrue(msg.startsWith(Main.ERROR_PREFIX + file + ":" + line + ": "), msg);
    assertTrue(msg.contains(". Fix: "), msg);
    CompareBadInputTest.assertNoOutputs(dir.resolve("out"));
    return msg;
  }

  @Test
  void confidentBedMixingTwentyAndChrTwentyIsRefusedWithTheRename() throws IOException {
    final Case c = new Case("confident-mixed");
    final Path bed = c.d.bed("confident.bed", "chr20\t0\t100", "20\t100\t300", "chr21\t0\t300");
    final String msg = assertRefused(c.compare("--confident", bed.toString()), c.dir, bed, 2);
    assertTrue(msg.contains("the confident-regions BED names contig '20', which the reference '" + c.fasta
        + "' calls 'chr20'; the file mixes namings ('20' and 'chr20')"), msg);
    assertTrue(msg.endsWith("Fix: rename the contigs into a new file: cat " + bed + " | " + RENAME_20
        + " > renamed.bed"), msg);
  }

  @Test
  void targetBedMixingNamesIsRefused() throws IOException {
    final Case c = new Case("target-mixed");
    final Path bed = c.d.bed("target.bed", "chr21\t0\t300", "chr20\t0\t10", "20\t10\t300");
    final String msg = assertRefused(c.compare("--target", bed.toString()), c.dir, bed, 3);
    assertTrue(msg.contains("the target BED names contig '20'"), msg);
    assertTrue(msg.contains(RENAME_20), msg);
  }

  @Test
  void stratumMixingNamesIsRefused() throws IOException {
    final Case c = new Case("stratum-mixed");
    final Path tsv = c.strata("good", "chr20\t0\t300", "mixed", "chr21\t0\t50\n20\t0\t50");
    final String msg = assertRefused(c.compare("--confident", c.confident(), "--stratification", tsv.toString()),
        c.dir, c.dir.resolve("mixed.bed").toAbsolutePath().normalize(), 2);
    assertTrue(msg.contains("the BED of stratum 'mixed' names contig '20'"), msg);
    assertTrue(msg.contains(RENAME_20), msg);
  }

  @Test
  void stratumOnAContigTheReferenceLacksIsRefusedInsteadOfReportingZero() throws IOException {
    final Case c = new Case("stratum-missing");
    final Path tsv = c.strata("elsewhere", "chrQ\t0\t300\nchrQ\t400\t500");
    final Path bed = c.dir.resolve("elsewhere.bed").toAbsolutePath().normalize();
    final String msg = assertRefused(c.compare("--confident", c.confident(), "--stratification", tsv.toString()),
        c.dir, bed, 1);
    assertTrue(msg.contains("the BED of stratum 'elsewhere' has intervals on contig 'chrQ', which is not in the "
        + "reference '" + c.fasta + "' (2 intervals on 1 contig it lacks: 'chrQ' (2))"), msg);
    assertTrue(msg.endsWith("drop those lines into a new file: cat " + bed + " | sed -e '/^chrQ\\t/d' > kept.bed"),
        msg);
  }

  @Test
  void queryRecordOnAContigTheReferenceLacksNamesItsLine() throws IOException {
    final Case c = new Case("query-missing");
    c.queryRecords.add("chrQ\t5\t.\tA\tC\t50\tPASS\t.\tGT\t0/1");
    final TestData.Run run = c.compare();
    final Path query = c.dir.resolve("query.vcf");
    final String msg = assertRefused(run, c.dir, query, lineOf(query, "chrQ\t"));
    assertTrue(msg.contains("the query VCF has records on 1 contig not in the reference '" + c.fasta + "': 'chrQ'"),
        msg);
    assertTrue(msg.contains("bcftools view -t ^chrQ " + query), msg);
  }

  @Test
  void decoyAltAndUnplacedContigsAreLeftOutWithCountsAndTheCountsDoNotMove() throws IOException {
    final Case clean = new Case("decoy-clean");
    final Path cleanBed = clean.d.bed("confident.bed", "chr20\t0\t300", "chr21\t0\t300");
    final Path cleanStrata = clean.strata("all", "chr20\t0\t300\nchr21\t0\t300");
    final TestData.Run base = clean.compare("--confident", cleanBed.toString(), "--stratification",
        cleanStrata.toString());
    assertEquals(0, base.exitCode(), base.stderr());
    assertFalse(base.stderr().contains("WARNING"), base.stderr());

    final Case c = new Case("decoy");
    c.queryRecords.add("hs37d5\t5\t.\tA\tC\t50\tPASS\t.\tGT\t0/1");
    c.queryRecords.add("hs37d5\t9\t.\tA\tC\t50\tPASS\t.\tGT\t1/1");
    c.queryRecords.add("chrUn_gl000220\t3\t.\tA\tC\t50\tPASS\t.\tGT\t0/1");
    c.truthRecords.add("chr6_GL000250v2_alt\t3\t.\tA\tC\t50\tPASS\t.\tGT\t0/1");
    final Path bed = c.d.bed("confident.bed", "chr20\t0\t300", "chr21\t0\t300", "hs37d5\t0\t1000",
        "chrEBV\t0\t10");
    final Path strata = c.strata("all", "chr20\t0\t300\nchr21\t0\t300\nchr1_KI270706v1_random\t0\t5");
    final TestData.Run run = c.compare("--confident", bed.toString(), "--stratification", strata.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    final String err = run.stderr();
    assertTrue(err.contains("harness: WARNING: " + c.dir.resolve("query.vcf") + ": the query VCF has 3 records on 2 "
        + "contigs the reference '" + c.fasta + "' lacks (decoy, alt or unplaced sequences of the build), left out "
        + "of the comparison: 'hs37d5' (2), 'chrUn_gl000220' (1)"), err);
    assertTrue(err.contains(c.dir.resolve("truth.vcf") + ": the truth VCF has 1 record on 1 contig"), err);
    assertTrue(err.contains(bed + ": the confident-regions BED has 2 intervals on 2 contigs"), err);
    assertTrue(err.contains("the BED of stratum 'all' has 1 interval on 1 contig"), err);
    assertTrue(err.contains("'chr1_KI270706v1_random' (1)"), err);
    // Nothing else moved: the summary equals the one of the same inputs without those contigs.
    assertEquals(TestData.lines(clean.dir.resolve("out/run.summary.csv")),
        TestData.lines(c.dir.resolve("out/run.summary.csv")));
  }

  @Test
  void ambiguousContigLengthIsAWarningNotAnError() throws IOException {
    final Case c = new Case("length-slice");
    // the header declares chr20 longer than the 300 bp reference: a slice, as in ../shared/data/vcf-dialects
    final Path query = c.d.vcf("query.vcf", "Q", c.queryRecords);
    Files.writeString(query, Files.readString(query).replace("##contig=<ID=chr20,length=300>",
        "##contig=<ID=chr20,length=64444167>"));
    final List<String> a = List.of("compare", "--truth", c.d.vcf("truth.vcf", "T", c.truthRecords).toString(),
        "--query", query.toString(), "--reference", c.fasta.toString(), "--output",
        c.dir.resolve("out/run").toString(), "--quiet");
    final TestData.Run run = TestData.run(a.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("harness: WARNING: " + query + ":" + lineOf(query, "##contig=<ID=chr20")
        + ": the query VCF header declares 1 contig length other than the reference's"), run.stderr());
    assertTrue(run.stderr().contains("contig 'chr20' is 64,444,167 bp in the VCF header but 300 bp"), run.stderr());
  }

  @Test
  void contigLengthOfAnotherBuildIsRefusedNamingTheHeaderLine() throws IOException {
    final Path dir = TestData.scratch("contig-rule-grch38-header");
    // the NA12878 chr20 query (GRCh37 coordinates), its header rewritten with GRCh38's chr20 length
    final Path query = dir.resolve("grch38-header.vcf");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(TestData.gatk4Query()));
        OutputStream out = Files.newOutputStream(query)) {
      final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.contains("##contig=<ID=chr20,length=63025520"), "test premise: a GRCh37 chr20 header line");
      out.write(text.replace("##contig=<ID=chr20,length=63025520", "##contig=<ID=chr20,length=64444167")
          .getBytes(StandardCharsets.UTF_8));
    }
    final TestData.Run run = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        query.toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "--output", dir.resolve("out/run").toString(), "--quiet");
    final String msg = assertRefused(run, dir, query, lineOf(query, "##contig=<ID=chr20,"));
    assertTrue(msg.contains("the query VCF is from another build: its header contig 'chr20' is 64,444,167 bp in the "
        + "VCF header but 63,025,520 bp in the reference '" + TestData.reference() + "' (the GRCh38 and the GRCh37 "
        + "length)"), msg);
    assertTrue(msg.contains("Fix: the VCF was made on GRCh38 and the reference is GRCh37"), msg);
  }

  /** The 1-based line of the first line starting with {@code prefix}. */
  private static long lineOf(Path file, String prefix) throws IOException {
    final List<String> lines = TestData.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }
}
