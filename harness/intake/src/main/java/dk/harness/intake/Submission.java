package dk.harness.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One unit's submission: which pipeline produced which calls for which GIAB sample, to be compared with which
 * truth set. Immutable.
 *
 * @param unit the submitting unit's id
 * @param spec the pipeline spec id the calls were made under (may be null when not tied to a spec)
 * @param sample the sample: a GIAB id such as {@code HG002} (the column is then found by name, also as
 *     {@code NA24385} or {@code HG002_HG002}) or the exact sample column name; null to take the VCF's only sample
 * @param truthSet the truth-set id, e.g. {@code HG002_GRCh38_v4.2.1} (may be null for an ad-hoc check)
 * @param vcf the submitted VCF (never modified)
 * @param index its .tbi/.csi index, or null (then a sibling {@code VCF.tbi}/{@code VCF.csi} is used if present)
 */
public record Submission(String unit, String spec, String sample, String truthSet, Path vcf, Path index) {
  public Submission {
    Objects.requireNonNull(vcf, "vcf");
  }

  /** A submission of just a VCF (and optionally the sample column to use), for ad-hoc validation. */
  public static Submission of(Path vcf, String sample) {
    return new Submission(null, null, sample, null, vcf, null);
  }
}
