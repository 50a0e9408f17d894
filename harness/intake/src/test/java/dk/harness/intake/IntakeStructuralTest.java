package dk.harness.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Intake of an SV part's VCF: the same file checks, symbolic alleles taken as normal, the reference optional. */
class IntakeStructuralTest {
  private static String dump(IntakeReport r) {
    return r.findings().stream().map(Finding::format).collect(Collectors.joining("\n"));
  }

  private static long count(IntakeReport r, String code) {
    return r.findings().stream().filter(f -> f.code().equals(code)).count();
  }

  private static Path withSymbolicDeletion(String name) throws IOException {
    return Fixtures.derive(Paths.scratch("intake-sv-" + name), "sv.vcf", Fixtures.goodCalls(),
        h -> h.startsWith("#CHROM") ? "##ALT=<ID=DEL,Description=\"Deletion\">\n" + h : h,
        rec -> Fixtures.column(rec, 1).equals("10000439") ? Fixtures.setColumn(rec, 4, "<DEL>") : rec);
  }

  @Test
  void symbolicAllelesAreNormalForAnSvTarget() throws IOException {
    final Path vcf = withSymbolicDeletion("symbolic");
    final IntakeReport small = Intake.check(Submission.of(vcf, null), Fixtures.target());
    assertEquals(1, count(small, "SYMBOLIC_ALLELE"), dump(small));
    final IntakeReport sv = Intake.check(Submission.of(vcf, null), IntakeTarget.structural(Fixtures.truth(),
        Fixtures.reference(), "GRCh37", "HG001", null));
    assertFalse(sv.hasErrors(), dump(sv));
    assertEquals(1, sv.symbolic(), "still counted");
    assertEquals(0, count(sv, "SYMBOLIC_ALLELE"), dump(sv));
    assertEquals(0, count(sv, "NOT_ASSESSED"), dump(sv));
    // The file checks are the same: its sha256, the sample, the build.
    assertEquals(small.sha256(), sv.sha256());
    assertEquals(small.sample(), sv.sample());
    assertEquals(small.build(), sv.build());
  }

  @Test
  void anSvTargetNeedsNoReferenceAndStillRefusesWhatIsBroken() throws IOException {
    final Path vcf = withSymbolicDeletion("noref");
    final IntakeReport sv = Intake.check(Submission.of(vcf, null), IntakeTarget.structural(Fixtures.truth(), null,
        null, "HG001", null));
    assertFalse(sv.hasErrors(), dump(sv));
    assertTrue(sv.findings().stream().noneMatch(f -> f.code().startsWith("REFERENCE") || f.code().equals("REF_SUMMARY")),
        dump(sv));
    // Unsorted records are refused for SV files too (the SV reader needs each contig's records in order).
    final Path unsorted = Fixtures.derive(Paths.scratch("intake-sv-unsorted"), "sv.vcf", Fixtures.goodCalls(),
        h -> h, rec -> Fixtures.column(rec, 1).equals("10000439") ? Fixtures.setColumn(rec, 1, "10099999") : rec);
    final IntakeReport bad = Intake.check(Submission.of(unsorted, null), IntakeTarget.structural(Fixtures.truth(),
        null, null, "HG001", null));
    assertTrue(bad.hasErrors(), dump(bad));
    assertEquals(List.of("UNSORTED"), bad.findings(Severity.ERROR).stream().map(Finding::code).distinct().toList(),
        dump(bad));
  }
}
