package dk.harness.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a submission is checked against. Immutable.
 *
 * @param truthVcf the truth set's VCF (its header contigs give the truth's build and naming)
 * @param reference the reference FASTA the comparison will use (indexed: .fai, plus .gzi when bgzipped)
 * @param expectedBuild the build the truth set is on, e.g. {@code GRCh38}, or null to infer it from the truth VCF
 *     header and the reference
 * @param expectedSample the GIAB sample the truth set describes, e.g. {@code HG002}, or null to skip the
 *     sample-name plausibility check
 * @param confident the truth set's confident-regions BED, or null when not known (then records the comparison
 *     cannot assess are reported as possibly inside the regions)
 */
public record IntakeTarget(Path truthVcf, Path reference, String expectedBuild, String expectedSample,
    Path confident) {
  public IntakeTarget {
    Objects.requireNonNull(truthVcf, "truthVcf");
    Objects.requireNonNull(reference, "reference");
  }

  /** A target without confident regions. */
  public IntakeTarget(Path truthVcf, Path reference, String expectedBuild, String expectedSample) {
    this(truthVcf, reference, expectedBuild, expectedSample, null);
  }
}
