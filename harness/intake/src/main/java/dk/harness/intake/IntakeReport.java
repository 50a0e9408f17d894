package dk.harness.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link Intake#check}: facts about the submitted VCF and every finding, in a fixed order: the file
 * (sha256, index, header, sample), then build and contigs, then per-record findings in file order, then summaries
 * (shares, gVCF, symbolic alleles); within a group in the order found. Immutable.
 *
 * @param vcf the submitted VCF
 * @param sha256 SHA-256 of the VCF's bytes (64 lower-case hex digits), or null if the file could not be read
 * @param indexSha256 SHA-256 of its .tbi/.csi index, or null when there is none
 * @param sample the sample column that would be compared, or null when none could be chosen
 * @param build the build the VCF appears to be on ({@code GRCh37}, {@code GRCh38}), or null when unknown
 * @param records data records read
 * @param filtered records whose FILTER is neither PASS nor '.' (or whose sample FT fails)
 * @param unphasedHet heterozygous genotypes written unphased ('/')
 * @param multiallelic records with more than one ALT allele
 * @param symbolic records with a symbolic ALT ({@code <DEL>}, {@code <NON_REF>}, {@code <*>}, breakends)
 * @param findings all findings
 */
public record IntakeReport(Path vcf, String sha256, String indexSha256, String sample, String build, long records,
    long filtered, long unphasedHet, long multiallelic, long symbolic, List<Finding> findings) {
  public IntakeReport {
    findings = List.copyOf(findings);
  }

  /** Whether any finding is an {@link Severity#ERROR} (then the submission must be stopped). */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The findings with the given severity, in report order. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
