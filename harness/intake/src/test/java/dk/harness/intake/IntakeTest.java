package dk.harness.intake;

import static dk.harness.intake.Fixtures.column;
import static dk.harness.intake.Fixtures.setColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.report.Sha256;
import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntakeTest {

  private static IntakeReport check(Path vcf) {
    return Intake.check(Submission.of(vcf, null), Fixtures.target());
  }

  private static List<Finding> ofCode(IntakeReport r, String code) {
    return r.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static Finding only(IntakeReport r, String code) {
    final List<Finding> f = ofCode(r, code);
    assertEquals(1, f.size(), code + " in\n" + dump(r));
    return f.get(0);
  }

  private static String dump(IntakeReport r) {
    return r.findings().stream().map(Finding::format).collect(Collectors.joining("\n"));
  }

  private static Set<String> errorCodes(IntakeReport r) {
    return r.findings(Severity.ERROR).stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void cleanSubmissionHasNoErrorsAndRecordsFacts() throws IOException {
    final IntakeReport r = check(Fixtures.goodCalls());
    assertFalse(r.hasErrors(), dump(r));
    assertEquals(Sha256.of(Fixtures.goodCalls()), r.sha256());
    assertEquals(Sha256.of(Path.of(Fixtures.goodCalls() + ".tbi")), r.indexSha256());
    assertEquals("NA12878", r.sample());
    assertEquals("GRCh37", r.build());
    assertEquals(252, r.records());
    // GATK writes FILTER '.', unphased genotypes
    assertEquals(0, r.filtered());
    assertTrue(r.unphasedHet() > 0, dump(r));
    assertTrue(only(r, "SHA256").message().startsWith("sha256 " + r.sha256()));
    assertTrue(only(r, "BUILD").message().contains("GRCh37"));
    assertTrue(only(r, "FILTERED_SHARE").message().startsWith("0 of 252 records (0.00%)"), dump(r));
    assertTrue(only(r, "UNPHASED_SHARE").message().contains("(100.00%) are unphased"), dump(r));
    only(r, "MULTIALLELIC_SHARE");
    // NA12878 is HG001's Coriell name: no sample warning
    assertTrue(ofCode(r, "SAMPLE_NAME").isEmpty(), dump(r));
    assertTrue(r.findings(Severity.WARNING).isEmpty(), dump(r));
  }

  @Test
  void contigNamingGivesTheExactRename() {
    // GATK's original output names the contig '20'; reference and truth say 'chr20'
    final IntakeReport r = check(Fixtures.b37Calls());
    assertEquals(Set.of("CONTIG_RENAME"), errorCodes(r), dump(r));
    final Finding f = only(r, "CONTIG_RENAME");
    assertTrue(f.message().contains("20 -> chr20 (252 records on 1 contig)"), f.message());
    // the header also declares '21', which the (chr20-only) reference lacks: only 20 is in the map
    assertEquals("rename the contigs (1 in the map): printf '20 chr20\\n' > rename.txt && bcftools annotate "
        + "--rename-chrs rename.txt " + Fixtures.b37Calls() + " -Oz -o renamed.vcf.gz && tabix -p vcf renamed.vcf.gz",
        f.fix());
    // REF is checked through the rename, so the rename is known to be right
    assertTrue(ofCode(r, "REF_MISMATCH").isEmpty(), dump(r));
  }

  @Test
  void wrongBuildFromHeaderLengths() throws IOException {
    final Path dir = Paths.scratch("intake-build");
    // the same calls, but the header declares GRCh38 lengths
    final Path vcf = Fixtures.derive(dir, "grch38-header.vcf", Fixtures.goodCalls(),
        h -> h.replace("##contig=<ID=chr20,length=63025520>", "##contig=<ID=chr20,length=64444167>")
            .replace("##contig=<ID=chr21,length=48129895>", "##contig=<ID=chr21,length=46709983>"),
        UnaryOperator.identity());
    final IntakeReport r = check(vcf);
    final Finding f = only(r, "BUILD_MISMATCH");
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("the VCF header declares GRCh38 contig lengths (chr20 64,444,167 bp) but the truth set is GRCh37, "
        + "where chr20 is 63,025,520 bp (as declared for the truth set)", f.message());
    assertEquals("GRCh38", r.build());
    // the header length disagrees with the reference for the contig with records
    assertTrue(only(r, "CONTIG_LENGTH").message().contains("'chr20' is 64,444,167 bp in the VCF header but "
        + "63,025,520 bp in the reference"), dump(r));
  }

  @Test
  void recordsOnDecoyAndUnplacedContigsAreAWarningWithCountsNotAnError() throws IOException {
    final Path dir = Paths.scratch("intake-decoy");
    final List<String> lines = new java.util.ArrayList<>(Fixtures.lines(Fixtures.goodCalls()));
    final String last = lines.get(lines.size() - 1);
    lines.add(setColumn(setColumn(last, 0, "hs37d5"), 1, "100"));
    lines.add(setColumn(setColumn(last, 0, "hs37d5"), 1, "200"));
    lines.add(setColumn(setColumn(last, 0, "chrUn_gl000220"), 1, "300"));
    final IntakeReport r = check(Fixtures.write(dir.resolve("decoy.vcf"), lines));
    assertTrue(ofCode(r, "CONTIG_NOT_IN_REFERENCE").isEmpty(), dump(r));
    final Finding f = only(r, "CONTIGS_LEFT_OUT");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().startsWith("the VCF has 3 records on 2 contigs the reference '" + Fixtures.reference()
        + "' lacks (decoy, alt or unplaced sequences of the build), left out of the comparison: 'hs37d5' (2), "
        + "'chrUn_gl000220' (1)"), f.message());
  }

  @Test
  void refMismatchesAreListedWithLinesAndCapped() throws IOException {
    final Path dir = Paths.scratch("intake-ref");
    final AtomicInteger n = new AtomicInteger();
    // change the REF of every SNP to another base that is not its ALT
    final Path vcf = Fixtures.derive(dir, "bad-ref.vcf", Fixtures.goodCalls(), UnaryOperator.identity(), rec -> {
      final String ref = column(rec, 3);
      final String alt = column(rec, 4);
      if (ref.length() != 1 || alt.length() != 1) {
        return rec;
      }
      n.incrementAndGet();
      final String other = "ACGT".chars().mapToObj(c -> String.valueOf((char) c))
          .filter(b -> !b.equals(ref) && !b.equals(alt)).findFirst().orElseThrow();
      return setColumn(rec, 3, other);
    });
    final IntakeReport r = check(vcf);
    assertTrue(n.get() > FindingCollector.EXAMPLES, "test premise: more SNPs than listed examples");
    final List<Finding> listed = ofCode(r, "REF_MISMATCH");
    assertEquals(FindingCollector.EXAMPLES + 1, listed.size(), dump(r));
    final Finding first = listed.get(0);
    assertEquals(Severity.ERROR, first.severity());
    assertTrue(first.line() > 0);
    final String line = Fixtures.lines(vcf).get((int) first.line() - 1);
    assertTrue(first.message().contains("at chr20:" + column(line, 1)), first.message() + " / " + line);
    assertTrue(listed.get(FindingCollector.EXAMPLES).message().startsWith((n.get() - FindingCollector.EXAMPLES)
        + " more REF_MISMATCH findings not listed (" + n.get() + " in all"), dump(r));
    assertTrue(only(r, "REF_SUMMARY").message().startsWith(n.get() + " of 252 records checked"), dump(r));
  }

  @Test
  void malformedRecordsAreReportedWithTheCodecsMessageWhetherOrNotTheShortcutApplies() throws IOException {
    final Path dir = Paths.scratch("intake-malformed");
    // Each is refused by htsjdk's codec; intake skips the codec only where SiteSyntax proves it would accept.
    final String[][] bad = {{"4", "<DEL>,<DEL>"}, {"3", "AR"}, {"6", "0"}, {"5", "-5"}, {"3", "X"}, {"2", ""},
        {"6", "q10;;s50"}, {"5", "abc"}};
    final AtomicInteger i = new AtomicInteger();
    final List<Integer> badLines = new java.util.ArrayList<>();
    final int firstRecord = (int) Fixtures.lines(Fixtures.goodCalls()).stream().takeWhile(l -> l.startsWith("#"))
        .count();
    final Path vcf = Fixtures.derive(dir, "malformed.vcf", Fixtures.goodCalls(), UnaryOperator.identity(), rec -> {
      final int k = i.getAndIncrement();
      if (k % 20 != 7 || k / 20 >= bad.length) {
        return rec;
      }
      badLines.add(firstRecord + k + 1);
      return setColumn(rec, Integer.parseInt(bad[k / 20][0]), bad[k / 20][1]);
    });
    final IntakeReport r = check(vcf);
    final List<Finding> found = ofCode(r, "MALFORMED_RECORD");
    assertEquals(badLines, found.stream().map(f -> (int) f.line()).toList(), dump(r));
    for (Finding f : found) {
      assertTrue(f.message().startsWith("malformed record at chr20:"), f.message());
    }
    assertTrue(found.get(0).message().contains("Duplicate allele"), found.get(0).message());
  }

  @Test
  void aReferenceSharedByTheCallerGivesTheSameReportAndIsLeftOpen() throws IOException {
    final Path dir = Paths.scratch("intake-shared-ref");
    final AtomicInteger n = new AtomicInteger();
    // every 30th SNP gets a REF the reference does not have, so the REF check has findings to agree on
    final Path badRef = Fixtures.derive(dir, "bad-ref.vcf", Fixtures.goodCalls(), UnaryOperator.identity(),
        rec -> column(rec, 3).length() == 1 && n.getAndIncrement() % 30 == 0
            ? setColumn(rec, 3, column(rec, 4).equals("A") ? "C" : "A") : rec);
    try (dk.harness.io.FastaReference shared = dk.harness.io.FastaReference.open(Fixtures.reference())) {
      for (Path vcf : List.of(Fixtures.goodCalls(), badRef, Fixtures.b37Calls())) {
        final IntakeReport own = check(vcf);
        final IntakeReport withShared = Intake.check(Submission.of(vcf, null), Fixtures.target(), shared);
        assertEquals(dump(own), dump(withShared), vcf.toString());
      }
      assertFalse(ofCode(check(badRef), "REF_MISMATCH").isEmpty(), "test premise: REF mismatches found");
      // still open: the caller closes it
      assertTrue(shared.contig("chr20").length() > 0);
    }
  }

  @Test
  void unsortedRecords() throws IOException {
    final Path dir = Paths.scratch("intake-unsorted");
    final List<String> lines = Fixtures.lines(Fixtures.goodCalls());
    final int firstRecord = (int) lines.stream().takeWhile(l -> l.startsWith("#")).count();
    // swap records 10 and 11
    final String a = lines.get(firstRecord + 10);
    lines.set(firstRecord + 10, lines.get(firstRecord + 11));
    lines.set(firstRecord + 11, a);
    final Path vcf = Fixtures.write(dir.resolve("unsorted.vcf"), lines);
    final IntakeReport r = check(vcf);
    assertEquals(Set.of("UNSORTED"), errorCodes(r), dump(r));
    final Finding f = only(r, "UNSORTED");
    assertEquals(firstRecord + 12, f.line());
    assertTrue(f.fix().startsWith("sort it: bcftools sort " + vcf), f.fix());
  }

  @Test
  void missingGt() throws IOException {
    final Path dir = Paths.scratch("intake-gt");
    final AtomicInteger i = new AtomicInteger();
    // drop GT from the FORMAT and sample of every 50th record
    final Path vcf = Fixtures.derive(dir, "no-gt.vcf", Fixtures.goodCalls(), UnaryOperator.identity(), rec -> {
      if (i.getAndIncrement() % 50 != 0) {
        return rec;
      }
      final String fmt = column(rec, 8);
      final String smp = column(rec, 9);
      assertTrue(fmt.startsWith("GT:"));
      return setColumn(setColumn(rec, 8, fmt.substring(3)), 9, smp.substring(smp.indexOf(':') + 1));
    });
    final IntakeReport r = check(vcf);
    // Skipped as vcfeval skips them, with one warning that counts them.
    assertEquals(Set.of(), errorCodes(r), dump(r));
    assertEquals(1, ofCode(r, "RECORDS_WITHOUT_GT").size(), dump(r));
    assertTrue(ofCode(r, "RECORDS_WITHOUT_GT").get(0).message().startsWith("6 records have no GT in FORMAT (first: "
        + "chr20:10000117 (FORMAT is 'AD:DP:GQ:PL'))"), dump(r)); // records 0, 50, ..., 250
  }

  @Test
  void bcftoolsFilterHeaderLineIsAcceptedWithAWarning() throws IOException {
    final Path dir = Paths.scratch("intake-filter-keys");
    final Path vcf = Fixtures.derive(dir, "filter-keys.vcf", Fixtures.goodCalls(), h -> h.startsWith("#CHROM")
        ? "##FILTER=<ID=COV,Number=0,Type=Flag,Description=\"Coverage of variant != 1\">\n" + h : h,
        UnaryOperator.identity());
    final IntakeReport r = check(vcf);
    assertEquals(Set.of(), errorCodes(r), dump(r));
    assertEquals(1, ofCode(r, "HEADER_DIALECT").size(), dump(r));
    assertTrue(ofCode(r, "HEADER_DIALECT").get(0).message().contains("1 FILTER header line(s)"), dump(r));
  }

  @Test
  void noGtAnywhereIsAnError() throws IOException {
    final Path dir = Paths.scratch("intake-no-gt");
    final Path vcf = Fixtures.derive(dir, "no-gt-at-all.vcf", Fixtures.goodCalls(), UnaryOperator.identity(),
        rec -> setColumn(setColumn(rec, 8, column(rec, 8).substring(3)), 9,
            column(rec, 9).substring(column(rec, 9).indexOf(':') + 1)));
    final IntakeReport r = check(vcf);
    assertTrue(errorCodes(r).contains("NO_GT"), dump(r));
    assertTrue(ofCode(r, "NO_GT").get(0).message().startsWith("none of the "), dump(r));
  }

  @Test
  void gvcfIsAnErrorWithTheGenotypingFix() throws IOException {
    final Path dir = Paths.scratch("intake-gvcf");
    final AtomicInteger i = new AtomicInteger();
    final Path vcf = Fixtures.derive(dir, "calls.g.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? "##ALT=<ID=NON_REF,Description=\"any other allele\">\n"
            + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"end of the block\">\n" + h : h,
        rec -> {
          final String withNonRef = setColumn(rec, 4, column(rec, 4) + ",<NON_REF>");
          if (i.getAndIncrement() != 3) {
            return withNonRef;
          }
          // a reference block before the fourth record
          final long pos = Long.parseLong(column(rec, 1)) - 10;
          return "chr20\t" + pos + "\t.\tN\t<NON_REF>\t.\t.\tEND=" + (pos + 5) + "\tGT:DP:GQ\t0/0:30:60\n"
              + withNonRef;
        });
    final IntakeReport r = check(vcf);
    assertEquals(Set.of("GVCF"), errorCodes(r), dump(r)); // REF 'N' of the block matches any base
    final Finding f = only(r, "GVCF");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.message().startsWith("the VCF is a gVCF: 253 records with <NON_REF>/<*> alleles or reference blocks "
        + "(first: ALT <NON_REF>)"), f.message());
    assertTrue(f.fix().startsWith("genotype it first: gatk GenotypeGVCFs"), f.fix());
    assertTrue(f.fix().contains("bcftools convert --gvcf2vcf"), f.fix());
    // <NON_REF> is not reported as an ordinary symbolic allele
    assertTrue(ofCode(r, "SYMBOLIC_ALLELE").isEmpty(), dump(r));
  }

  @Test
  void referenceBlocksAloneAreDetected() throws IOException {
    final Path dir = Paths.scratch("intake-refblock");
    final Path vcf = Fixtures.derive(dir, "blocks.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? "##INFO=<ID=END,Number=1,Type=Integer,Description=\"end\">\n" + h : h,
        rec -> column(rec, 1).equals("10000211") ? setColumn(setColumn(setColumn(rec, 4, "."), 7, "END=10000215"),
            9, "0/0:53:53:99:0,0,0") : rec);
    final IntakeReport r = check(vcf);
    assertTrue(only(r, "GVCF").message().contains("1 record with <NON_REF>/<*> alleles or reference blocks (first: "
        + "reference block (END= with ALT '.'))"), dump(r));
  }

  @Test
  void multiSampleVcfIsAmbiguousUnlessTheSampleIsKnown() throws IOException {
    final Path dir = Paths.scratch("intake-samples");
    final Path vcf = Fixtures.derive(dir, "trio.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? h + "\tNA12891" : h, rec -> rec + "\t" + column(rec, 9));
    final IntakeTarget noSample = new IntakeTarget(Fixtures.truth(), Fixtures.reference(), null, null);
    final IntakeReport r = Intake.check(Submission.of(vcf, null), noSample);
    assertEquals(Set.of("SAMPLE_AMBIGUOUS"), errorCodes(r), dump(r));
    final Finding f = only(r, "SAMPLE_AMBIGUOUS");
    assertTrue(f.message().contains("2 samples (NA12878, NA12891)"), f.message());
    assertTrue(f.line() > 0);
    assertNull(r.sample());

    // the truth set's sample (HG001 = NA12878) picks the column
    final IntakeReport byTruth = Intake.check(Submission.of(vcf, null), Fixtures.target());
    assertFalse(byTruth.hasErrors(), dump(byTruth));
    assertEquals("NA12878", byTruth.sample());
    assertTrue(only(byTruth, "SAMPLE_CHOSEN").message().startsWith("comparing sample column 'NA12878' of 2"));

    // so does the submission's GIAB id, and an exact column name
    assertEquals("NA12878", Intake.check(Submission.of(vcf, "HG001"), noSample).sample());
    final IntakeReport named = Intake.check(Submission.of(vcf, "NA12891"), Fixtures.target());
    assertFalse(named.hasErrors(), dump(named));
    assertEquals("NA12891", named.sample());
    // ... but a column that does not look like the truth set's sample warns
    assertTrue(only(named, "SAMPLE_NAME").message().contains("'NA12891' does not look like HG001 (NA12878)"));

    final IntakeReport wrong = Intake.check(Submission.of(vcf, "HG002"), Fixtures.target());
    assertEquals(Set.of("SAMPLE_MISSING", "SAMPLE_TRUTH_MISMATCH"), errorCodes(wrong), dump(wrong));
    assertTrue(only(wrong, "SAMPLE_MISSING").fix().contains("NA12878, NA12891"), dump(wrong));
    assertEquals("the submission is for sample HG002 but the truth set is of HG001 (NA12878)",
        only(wrong, "SAMPLE_TRUTH_MISMATCH").message());
  }

  @Test
  void symbolicDeletionWarnsAndIsCounted() throws IOException {
    final Path dir = Paths.scratch("intake-symbolic");
    final Path vcf = Fixtures.derive(dir, "sv.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? "##ALT=<ID=DEL,Description=\"Deletion\">\n" + h : h,
        rec -> column(rec, 1).equals("10000439") ? setColumn(rec, 4, "<DEL>") : rec);
    final IntakeReport r = check(vcf);
    assertFalse(r.hasErrors(), dump(r));
    assertEquals(1, r.symbolic());
    final Finding f = only(r, "SYMBOLIC_ALLELE");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().startsWith("1 record has symbolic or breakend ALT alleles (<DEL> 1); they are not compared"),
        f.message());
    assertEquals(Fixtures.lines(vcf).stream().takeWhile(l -> !l.contains("\t10000439\t")).count() + 1, f.line());
  }

  @Test
  void allFilteredWarnsNoPass() throws IOException {
    final Path dir = Paths.scratch("intake-filtered");
    final Path vcf = Fixtures.derive(dir, "lowqual.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? "##FILTER=<ID=LowQual,Description=\"low\">\n" + h : h,
        rec -> setColumn(rec, 6, "LowQual"));
    final IntakeReport r = check(vcf);
    assertFalse(r.hasErrors(), dump(r));
    assertEquals(252, r.filtered());
    assertEquals(Severity.WARNING, only(r, "NO_PASS").severity());
    assertTrue(only(r, "FILTERED_SHARE").message().equals("252 of 252 records (100.00%) are filtered (FILTER or FT "
        + "not PASS): LowQual 252"), dump(r));
  }

  @Test
  void truncatedBgzipAndStaleIndex() throws IOException {
    final Path dir = Paths.scratch("intake-files");
    final byte[] bytes = Files.readAllBytes(Fixtures.goodCalls());
    final Path cut = dir.resolve("cut.vcf.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 28)); // drop the BGZF EOF block
    assertTrue(errorCodes(check(cut)).contains("TRUNCATED"));

    final Path vcf = dir.resolve("calls.vcf.gz");
    Files.write(vcf, bytes);
    final Path tbi = Files.copy(Path.of(Fixtures.goodCalls() + ".tbi"), dir.resolve("calls.vcf.gz.tbi"));
    Files.setLastModifiedTime(tbi, FileTime.fromMillis(Files.getLastModifiedTime(vcf).toMillis() - 60_000));
    final IntakeReport r = check(vcf);
    assertEquals(Set.of("INDEX_STALE"), errorCodes(r), dump(r));
    assertTrue(only(r, "INDEX_STALE").fix().contains("tabix -f -p vcf " + vcf));
  }

  @Test
  void whatTheComparisonsReaderRejectsIsAnError() throws IOException {
    // intake itself does not parse GQ, but the comparison reader does (GQ is a ROC score): the safety net catches it
    final Path dir = Paths.scratch("intake-reader");
    final Path vcf = Fixtures.derive(dir, "bad-gq.vcf", Fixtures.goodCalls(), UnaryOperator.identity(),
        rec -> column(rec, 1).equals("10000211") ? setColumn(rec, 9, "0/1:26,27:53:high:970,0,906") : rec);
    final IntakeReport r = check(vcf);
    assertEquals(Set.of("REJECTED_BY_READER"), errorCodes(r), dump(r));
    final Finding f = only(r, "REJECTED_BY_READER");
    assertTrue(f.message().contains("GQ 'high' is not a number"), f.message());
    assertEquals(Fixtures.lines(vcf).stream().takeWhile(l -> !l.contains("\t10000211\t")).count() + 1, f.line());
  }

  @Test
  void missingVcfIsAFindingNotAnException() {
    final Path missing = Path.of("target/no-such.vcf.gz");
    final IntakeReport r = check(missing);
    assertEquals(Set.of("VCF_NOT_FOUND"), errorCodes(r));
    assertNull(r.sha256());
  }

  @Test
  void unusableReferenceIsNamed() {
    final IntakeReport r = Intake.check(Submission.of(Fixtures.goodCalls(), null),
        new IntakeTarget(Fixtures.truth(), Path.of("target/missing.fa"), null, null));
    final Finding f = only(r, "REFERENCE_UNUSABLE");
    assertEquals(Path.of("target/missing.fa"), f.file());
  }

  @Test
  void submittedFilesAreNeverModified() throws IOException {
    final Path dir = Paths.scratch("intake-readonly");
    final Path vcf = Files.copy(Fixtures.goodCalls(), dir.resolve("calls.vcf.gz"));
    final Path tbi = Files.copy(Path.of(Fixtures.goodCalls() + ".tbi"), dir.resolve("calls.vcf.gz.tbi"));
    final FileTime old = FileTime.fromMillis(1_700_000_000_000L);
    Files.setLastModifiedTime(vcf, old);
    Files.setLastModifiedTime(tbi, old);
    final String sha = Sha256.of(vcf);
    final String tbiSha = Sha256.of(tbi);
    final IntakeReport r = check(vcf);
    assertFalse(r.hasErrors(), dump(r));
    assertEquals(sha, r.sha256());
    assertEquals(sha, Sha256.of(vcf));
    assertEquals(tbiSha, Sha256.of(tbi));
    assertEquals(old, Files.getLastModifiedTime(vcf));
    assertEquals(old, Files.getLastModifiedTime(tbi));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "intake must not write next to the submission");
    }
  }

  @Test
  void findingsFormatOnOneLine() {
    final Finding f = new Finding(Severity.ERROR, "REF_MISMATCH", Path.of("a.vcf"), 12, "REF 'A' at chr1:5\nbad",
        "use the\nright FASTA");
    assertEquals("ERROR REF_MISMATCH a.vcf:12: REF 'A' at chr1:5 bad (fix: use the right FASTA)", f.format());
    assertEquals("INFO SHA256 a.vcf: x", new Finding(Severity.INFO, "SHA256", Path.of("a.vcf"), -1, "x", null)
        .format());
    assertNotNull(new Finding(Severity.INFO, "X", null, -1, "y", null).format());
  }
}
