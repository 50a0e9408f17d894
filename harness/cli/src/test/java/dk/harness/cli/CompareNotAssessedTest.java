package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records the harness cannot assess never disappear: each is counted in metrics.json's {@code not_assessed} block
 * (per side, per kind, inside/outside the confident regions), named on stderr when it sits inside the confident
 * regions, and the counts follow vcfeval's rule for it. Tiny cases as VCF lines on a 3,000 bp random contig.
 */
class CompareNotAssessedTest {
  private static final String CONTIG = "chr1";
  private static final int LENGTH = 3000;
  private static final String BASES;

  static {
    final Random random = new Random(7);
    final StringBuilder sb = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      sb.append("ACGT".charAt(random.nextInt(4)));
    }
    BASES = sb.toString();
  }

  /** Reference bases of 1-based positions {@code [from, to]}. */
  private static String ref(int from, int to) {
    return BASES.substring(from - 1, to);
  }

  private static String alt(int pos) {
    final char r = BASES.charAt(pos - 1);
    return String.valueOf(r == 'A' ? 'G' : r == 'C' ? 'T' : r == 'G' ? 'A' : 'C');
  }

  private static String snp(int pos, String gt) {
    return record(pos, ref(pos, pos), alt(pos), ".", gt);
  }

  private static String record(int pos, String ref, String alt, String info, String gt) {
    return CONTIG + "\t" + pos + "\t.\t" + ref + "\t" + alt + "\t50\tPASS\t" + info + "\tGT\t" + gt;
  }

  /** A case folder: reference with .fai, VCFs and a BED. */
  private record Case(Path dir) {
    Path reference() throws IOException {
      final Path fa = dir.resolve("ref.fa");
      if (!Files.exists(fa)) {
        final String header = ">" + CONTIG + "\n";
        Files.writeString(fa, header + BASES + "\n", StandardCharsets.US_ASCII);
        Files.writeString(Path.of(fa + ".fai"), CONTIG + "\t" + LENGTH + "\t" + header.length() + "\t" + LENGTH
            + "\t" + (LENGTH + 1) + "\n", StandardCharsets.US_ASCII);
      }
      return fa;
    }

    Path vcf(String name, List<String> formatLines, String... records) throws IOException {
      final List<String> lines = new ArrayList<>();
      lines.add("##fileformat=VCFv4.2");
      lines.add("##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position\">");
      lines.add("##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">");
      lines.add("##ALT=<ID=DEL,Description=\"Deletion\">");
      lines.add("##ALT=<ID=DUP,Description=\"Duplication\">");
      lines.add("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
      lines.addAll(formatLines);
      lines.add("##contig=<ID=" + CONTIG + ",length=" + LENGTH + ">");
      lines.add("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS");
      lines.addAll(Arrays.asList(records));
      final Path p = dir.resolve(name);
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
      return p;
    }

    Path vcf(String name, String... records) throws IOException {
      return vcf(name, List.of(), records);
    }

    Path bed(String... lines) throws IOException {
      final Path p = dir.resolve("confident.bed");
      Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
      return p;
    }

    TestData.Run compare(Path truth, Path query, Path bed, String... extra) throws IOException {
      final List<String> a = new ArrayList<>(List.of("compare", "--truth", truth.toString(), "--query",
          query.toString(), "--reference", reference().toString(), "--confident", bed.toString(), "--output",
          dir.resolve("out/run").toString(), "--quiet"));
      a.addAll(Arrays.asList(extra));
      return TestData.run(a.toArray(String[]::new));
    }

    JsonNode metrics() throws IOException {
      return new ObjectMapper().readTree(dir.resolve("out/run.metrics.json").toFile());
    }
  }

  private static Case newCase(String name) throws IOException {
    return new Case(TestData.scratch("not-assessed-" + name));
  }

  private static String warnings(TestData.Run run) {
    final StringBuilder sb = new StringBuilder();
    for (String l : run.stderrLines()) {
      if (l.startsWith("harness: WARNING: ")) {
        sb.append(l).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void truthSymbolicDeletionWithEndIsNotAssessedAndTheQueryCallItHidesIsNamed() throws IOException {
    final Case c = newCase("symbolic-del");
    // Truth: a SNP and a 20 bp deletion written as <DEL> with END; the query writes the same deletion in bases.
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"),
        record(100, ref(100, 100), "<DEL>", "SVTYPE=DEL;END=120", "1/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/1"), record(100, ref(100, 120), ref(100, 100), ".", "1/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    final JsonNode t = m.at("/not_assessed/truth");
    assertEquals(1, t.at("/kinds/symbolic/confident").asLong());
    assertEquals(0, t.at("/kinds/symbolic/outside").asLong());
    assertEquals(1, t.at("/symbolic_alleles/<DEL>").asLong());
    assertEquals(2, t.at("/records").asLong());
    assertEquals(1, t.at("/assessed").asLong());
    // vcfeval skips the symbolic truth record, so the query's sequence deletion has nothing to match: one FP.
    assertEquals(1, m.at("/counts/ALL/INDEL/query_fp").asLong());
    assertEquals(1, m.at("/counts/ALL/ALL/truth_total").asLong());
    assertEquals(1, m.at("/not_assessed/query_fp_overlapping_truth_not_assessed").asLong());
    assertEquals(120, t.at("/first_confident/0/end").asInt(), "the span runs to END");
    final String w = warnings(run);
    assertTrue(w.contains("truth: 1 record(s) inside the confident regions cannot be assessed"), run.stderr());
    assertTrue(w.contains("chr1:100-120 symbolic (line 10)"), run.stderr());
    assertTrue(w.contains("1 query FP(s) overlap them"), run.stderr());
  }

  @Test
  void symbolicRecordOutsideTheConfidentRegionsIsCountedWithoutAWarning() throws IOException {
    final Case c = newCase("symbolic-outside");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"),
        record(1000, ref(1000, 1000), "<DEL>", "SVTYPE=DEL;END=1200", "0/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t500"));
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(1, c.metrics().at("/not_assessed/truth/kinds/symbolic/outside").asLong());
    assertEquals(0, c.metrics().at("/not_assessed/truth/kinds/symbolic/confident").asLong());
    assertEquals("", warnings(run), "nothing inside the confident regions moved");
  }

  @Test
  void symbolicCallInTheQueryIsNotAssessed() throws IOException {
    final Case c = newCase("symbolic-query");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/1"),
        record(200, ref(200, 200), "<DUP>", "SVTYPE=DUP;END=260", "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    assertEquals(1, m.at("/not_assessed/query/kinds/symbolic/confident").asLong());
    assertEquals(1, m.at("/counts/ALL/ALL/query_total").asLong(), "the <DUP> is neither TP nor FP");
    assertEquals(0, m.at("/not_variant/query").asLong(), "a symbolic call is not assessed, not a non-variant");
    assertTrue(warnings(run).contains("query: 1 record(s) inside the confident regions cannot be assessed"),
        run.stderr());
  }

  @Test
  void alleleOverTheLengthBoundIsNotAssessed() throws IOException {
    final Case c = newCase("too-long");
    // A 1,100 bp deletion: over vcfeval's (and the engine's) 1,000 bp bound, so vcfeval skips it.
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"), record(1000, ref(1000, 2100), ref(1000, 1000), ".",
        "0/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    assertEquals(1, m.at("/not_assessed/truth/kinds/allele_too_long/confident").asLong());
    assertEquals(1, m.at("/counts/ALL/ALL/truth_total").asLong(), "only the SNP is counted");
    assertEquals(1, m.at("/too_complex_totals/ALL/truth_records").asLong(), "still listed as too complex");
    assertTrue(warnings(run).contains("allele_too_long 1"), run.stderr());
  }

  @Test
  void duplicatedRecordIsComparedAsVcfevalDoesAndWarned() throws IOException {
    final Case c = newCase("duplicate");
    final Path truth = c.vcf("truth.vcf", snp(50, "1/1"), snp(80, "0/1"));
    // The hom-alt SNP written twice: two hom-alt calls cannot both sit on two haplotypes, so one is an FP.
    final Path query = c.vcf("query.vcf", snp(50, "1/1"), snp(50, "1/1"), snp(80, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    assertEquals(1, m.at("/not_assessed/query/compared_with_notice/duplicate/confident").asLong());
    assertEquals(0, m.at("/not_assessed/truth/compared_with_notice/duplicate/confident").asLong());
    assertEquals(2, m.at("/counts/ALL/ALL/truth_tp").asLong());
    assertEquals(1, m.at("/counts/ALL/ALL/query_fp").asLong());
    assertTrue(warnings(run).contains("query: 1 compared record(s) are duplicates (an earlier record has the same"), run.stderr());
  }

  @Test
  void refOfNIsComparedAndWarned() throws IOException {
    final Case c = newCase("ref-n");
    // The truth writes N where the reference has a base. REF is checked against the reference with N matching
    // anything, and the record is compared: a hom-alt call plays only its ALT, so it matches the query's call
    // written with the reference base; the heterozygous one is compared too (its REF haplotype plays the N).
    final Path truth = c.vcf("truth.vcf", record(60, "N", alt(60), ".", "1/1"), record(90, "N", alt(90), ".",
        "0/1"));
    final Path query = c.vcf("query.vcf", snp(60, "1/1"), snp(90, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    assertEquals(2, m.at("/not_assessed/truth/compared_with_notice/ref_n/confident").asLong());
    assertEquals(2, m.at("/not_assessed/truth/assessed").asLong());
    assertEquals(2, m.at("/counts/ALL/ALL/truth_total").asLong(), "both are compared, none is set aside");
    assertTrue(m.at("/counts/ALL/ALL/truth_tp").asLong() >= 1, "the hom-alt N record matches");
    assertTrue(warnings(run).contains("truth: 2 compared record(s) have N in REF"), run.stderr());
  }

  @Test
  void headerOnlyTruthIsRefusedNamingTheFile() throws IOException {
    final Case c = newCase("header-only-truth");
    final Path truth = c.vcf("empty-truth.vcf");
    final Path query = c.vcf("query.vcf", snp(50, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(1, run.stderrLines().size(), run.stderr());
    final String line = run.stderrLines().get(0);
    assertTrue(line.startsWith(Main.ERROR_PREFIX) && line.contains("empty-truth.vcf")
        && line.contains("no variant that can be assessed") && line.contains("Fix:"), line);
    CompareBadInputTest.assertNoOutputs(c.dir().resolve("out"));
  }

  @Test
  void truthWhoseVariantsAreAllOutsideTheConfidentRegionsIsRefused() throws IOException {
    final Case c = newCase("truth-outside");
    final Path truth = c.vcf("truth.vcf", snp(1500, "0/1"));
    final Path query = c.vcf("query.vcf", snp(1500, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t100"));
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("inside the confident regions") && run.stderr().contains("truth.vcf"),
        run.stderr());
    CompareBadInputTest.assertNoOutputs(c.dir().resolve("out"));
  }

  @Test
  void emptyQueryIsALoudWarning() throws IOException {
    final Case c = newCase("empty-query");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"), snp(80, "1/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/0"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(warnings(run).contains("the query has no variant that could be compared"), run.stderr());
    assertEquals(2, c.metrics().at("/counts/ALL/ALL/truth_fn").asLong());
  }

  @Test
  void rocFieldNoRecordCarriesFallsBackToQualWithAWarning() throws IOException {
    final Case c = newCase("roc-gq-missing");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"), snp(80, "1/1"), snp(120, "0/1"));
    final Path query = c.vcf("query.vcf", snp(50, "0/1"), snp(80, "1/1"), snp(150, "0/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH), "--roc", "GQ");
    assertEquals(0, run.exitCode(), run.stderr());
    final String w = warnings(run);
    assertTrue(w.contains("--roc GQ") && w.contains("QUAL instead"), run.stderr());
    assertEquals("QUAL", c.metrics().at("/parameters/roc").asText());
    assertEquals("GQ", c.metrics().at("/parameters/roc_requested").asText());
    // Every query record has QUAL 50: the ROC table gets a threshold row at 50, not only the '*' rows.
    final List<String> roc = TestData.lines(c.dir().resolve("out/run.roc.all.csv.gz"));
    final int qq = Arrays.asList(roc.get(0).split(",")).indexOf("QQ");
    assertTrue(qq >= 0, roc.get(0));
    assertTrue(roc.stream().skip(1).anyMatch(l -> !"*".equals(l.split(",", -1)[qq])), String.join("\n", roc));
  }

  @Test
  void rocFieldSomeRecordCarriesIsKept() throws IOException {
    final Case c = newCase("roc-gq-present");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"));
    final String withGq = CONTIG + "\t50\t.\t" + ref(50, 50) + "\t" + alt(50) + "\t50\tPASS\t.\tGT:GQ\t0/1:30";
    final Path query = c.vcf("query.vcf", List.of("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"GQ\">"),
        withGq);
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH), "--roc", "GQ");
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals("", warnings(run));
    assertEquals("GQ", c.metrics().at("/parameters/roc").asText());
    assertFalse(c.metrics().at("/parameters").has("roc_requested"));
  }

  /**
   * Every record of each input is accounted for exactly once: records = assessed + not_variant + not_assessed, and
   * records = the data lines of the file.
   */
  @Test
  void everyRecordIsAccountedForExactlyOnce() throws IOException {
    final Case c = newCase("accounting");
    final String[] truthLines = {snp(50, "0/1"), snp(60, "0/0"), snp(70, "./."),
        record(100, ref(100, 100), "<DEL>", "SVTYPE=DEL;END=120", "0/1"), snp(130, "1/1"), snp(130, "1/1"),
        record(400, ref(400, 1500), ref(400, 400), ".", "0/1"), snp(2000, "0/1"),
        record(2100, ref(2100, 2100), alt(2100) + ",*", ".", "0/2")};
    final String[] queryLines = {snp(50, "0/1"), record(100, ref(100, 120), ref(100, 100), ".", "0/1"),
        snp(130, "1/1"), record(300, ref(300, 300), "<DUP>", "SVTYPE=DUP;END=350", "1/1"), snp(2000, "0/0"),
        snp(2500, "0/1")};
    final Path truth = c.vcf("truth.vcf", truthLines);
    final Path query = c.vcf("query.vcf", queryLines);
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t1000", CONTIG + "\t1900\t2600"));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    for (String side : List.of("truth", "query")) {
      final JsonNode s = m.at("/not_assessed/" + side);
      long kinds = 0;
      for (JsonNode k : s.get("kinds")) {
        kinds += k.get("total").asLong();
      }
      assertEquals(s.get("not_assessed").asLong(), kinds, side);
      assertEquals(s.get("records").asLong(), s.get("assessed").asLong() + s.get("not_variant").asLong()
          + s.get("not_assessed").asLong(), side);
      assertEquals(s.get("not_variant").asLong(), m.at("/not_variant/" + side).asLong(), side);
    }
    assertEquals(truthLines.length, m.at("/not_assessed/truth/records").asLong());
    assertEquals(queryLines.length, m.at("/not_assessed/query/records").asLong());
    // truth: hom-ref, no-call and '*'-only are not variants; <DEL> and the 1,101 bp deletion are not assessed
    assertEquals(3, m.at("/not_assessed/truth/not_variant").asLong());
    assertEquals(2, m.at("/not_assessed/truth/not_assessed").asLong());
    assertEquals(1, m.at("/not_assessed/query/not_variant").asLong());
    assertEquals(1, m.at("/not_assessed/query/not_assessed").asLong());
  }

  /** A gVCF-style record without GT is skipped by the reader, as vcfeval skips it, and counted, never lost. */
  @Test
  void recordWithoutGenotypeIsCountedAsNoGenotype() throws IOException {
    final Case c = newCase("no-genotype");
    final Path truth = c.vcf("truth.vcf", snp(50, "0/1"), snp(90, "1/1"));
    final String noGt = CONTIG + "\t70\t.\t" + ref(70, 70) + "\t<NON_REF>\t.\t.\tEND=80\tDP\t12";
    final Path query = c.vcf("query.vcf", List.of("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">"),
        snp(50, "0/1"), noGt, snp(90, "1/1"));
    final TestData.Run run = c.compare(truth, query, c.bed(CONTIG + "\t0\t" + LENGTH));
    assertEquals(0, run.exitCode(), run.stderr());
    final JsonNode m = c.metrics();
    assertEquals(1, m.at("/not_assessed/query/kinds/no_genotype/total").asLong(), m.toPrettyString());
    assertEquals(0, m.at("/not_assessed/truth/kinds/no_genotype/total").asLong());
    assertEquals(2, m.at("/counts/ALL/ALL/query_tp").asLong(), "the records with GT are compared as before");
    final JsonNode q = m.at("/not_assessed/query");
    assertEquals(3, q.get("records").asLong(), "every data line is accounted for");
    assertEquals(q.get("records").asLong(), q.get("assessed").asLong() + q.get("not_variant").asLong()
        + q.get("not_assessed").asLong());
  }
}
