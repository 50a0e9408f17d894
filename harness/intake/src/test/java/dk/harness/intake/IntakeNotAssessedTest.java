package dk.harness.intake;

import static dk.harness.intake.Fixtures.column;
import static dk.harness.intake.Fixtures.setColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code validate} reports the submitted records {@code harness compare} will not assess, repeated records and N in
 * REF, inside or outside the truth's confident regions (a WARNING inside, INFO outside), with the first line.
 */
class IntakeNotAssessedTest {
  private static final String DEL_HEADER = "##ALT=<ID=DEL,Description=\"Deletion\">\n"
      + "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End\">";

  private static IntakeReport check(Path vcf, Path confident) {
    return Intake.check(Submission.of(vcf, null), new IntakeTarget(Fixtures.truth(), Fixtures.reference(),
        "GRCh37", "HG001", confident));
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

  private static Path bed(Path dir, String... lines) throws IOException {
    final Path p = dir.resolve("confident.bed");
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  /** The good calls with the hom-alt SNP at 10000439 turned into a 60 bp {@code <DEL>} (GT 1/1 kept). */
  private static Path withSymbolicDeletion(Path dir) throws IOException {
    return Fixtures.derive(dir, "del.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? DEL_HEADER + "\n" + h : h,
        rec -> column(rec, 1).equals("10000439") ? setColumn(setColumn(rec, 4, "<DEL>"), 7, "END=10000499") : rec);
  }

  private static long lineOf(Path vcf, String pos) throws IOException {
    final List<String> lines = Fixtures.lines(vcf);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\t" + pos + "\t")) {
        return i + 1;
      }
    }
    throw new AssertionError(pos);
  }

  @Test
  void symbolicCallInsideTheConfidentRegionsIsAWarningWithItsLine() throws IOException {
    final Path dir = Paths.scratch("intake-na-inside");
    final Path vcf = withSymbolicDeletion(dir);
    // The region starts inside the <DEL>'s span (after POS, before END): only END puts it inside.
    final IntakeReport r = check(vcf, bed(dir, "chr20\t10000470\t10000600"));
    assertFalse(r.hasErrors(), dump(r));
    final Finding f = only(r, "NOT_ASSESSED");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(lineOf(vcf, "10000439"), f.line());
    assertTrue(f.message().startsWith("1 record(s) cannot be assessed by the comparison (symbolic 1); 1 inside "
        + "the truth's confident regions, 0 outside"), f.message());
  }

  @Test
  void symbolicCallOutsideTheConfidentRegionsIsInformation() throws IOException {
    final Path dir = Paths.scratch("intake-na-outside");
    final IntakeReport r = check(withSymbolicDeletion(dir), bed(dir, "chr20\t10050000\t10060000"));
    final Finding f = only(r, "NOT_ASSESSED");
    assertEquals(Severity.INFO, f.severity());
    assertTrue(f.message().contains("0 inside the truth's confident regions, 1 outside"), f.message());
  }

  @Test
  void withoutConfidentRegionsTheRecordMayBeInsideSoItWarns() throws IOException {
    final Path dir = Paths.scratch("intake-na-unknown");
    final Finding f = only(check(withSymbolicDeletion(dir), null), "NOT_ASSESSED");
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.message().contains("not known here"), f.message());
  }

  @Test
  void repeatedRecordIsAWarningOnTheSecondCopy() throws IOException {
    final Path dir = Paths.scratch("intake-duplicate");
    final List<String> out = new ArrayList<>();
    for (String l : Fixtures.lines(Fixtures.goodCalls())) {
      out.add(l);
      if (!l.startsWith("#") && column(l, 1).equals("10000598")) {
        out.add(l);
      }
    }
    final Path vcf = dir.resolve("dup.vcf");
    Files.writeString(vcf, String.join("\n", out) + "\n");
    final IntakeReport r = check(vcf, bed(dir, "chr20\t10000000\t10100000"));
    final Finding f = only(r, "DUPLICATE_RECORD");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(lineOf(vcf, "10000598") + 1, f.line());
    assertTrue(f.message().startsWith("1 record(s) repeat an earlier record's CHROM, POS, REF and ALT"), f.message());
    assertTrue(f.fix().contains("bcftools norm -d exact"), f.fix());
  }

  @Test
  void refOfNInsideTheConfidentRegionsIsAWarning() throws IOException {
    final Path dir = Paths.scratch("intake-ref-n");
    final Path vcf = Fixtures.derive(dir, "refn.vcf", Fixtures.goodCalls(), h -> h,
        rec -> column(rec, 1).equals("10000117") ? setColumn(rec, 3, "N") : rec);
    final IntakeReport r = check(vcf, bed(dir, "chr20\t10000000\t10100000"));
    assertFalse(r.hasErrors(), "N matches any reference base: " + dump(r));
    final Finding f = only(r, "REF_N");
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(lineOf(vcf, "10000117"), f.line());
  }

  @Test
  void cleanSubmissionHasNoneOfTheseFindings() {
    final IntakeReport r = check(Fixtures.goodCalls(), null);
    assertTrue(ofCode(r, "NOT_ASSESSED").isEmpty() && ofCode(r, "DUPLICATE_RECORD").isEmpty()
        && ofCode(r, "REF_N").isEmpty(), dump(r));
  }
}
