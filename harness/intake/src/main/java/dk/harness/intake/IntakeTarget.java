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
 * @param structural the submission is benchmarked with the SV engine: the reference is optional (null: no REF or
 *     contig-length check against it), symbolic and breakend alleles are normal (no SYMBOLIC_ALLELE or
 *     NOT_ASSESSED findings), and the small-variant reader's cross-check is not made (the SV comparison reads the
 *     file itself and refuses what it cannot use)
 */
public record IntakeTarget(Path truthVcf, Path reference, String expectedBuild, String expectedSample,
    Path confident, boolean structural) {
  public IntakeTarget {
    Objects.requireNonNull(truthVcf, "truthVcf");
    if (!structural) {
      Objects.requireNonNull(reference, "reference");
    }
  }

  /** A small-variant target. */
  public IntakeTarget(Path truthVcf, Path reference, String expectedBuild, String expectedSample, Path confident) {
    this(truthVcf, reference, expectedBuild, expectedSample, confident, false);
  }

  /** A small-variant target without confident regions. */
  public IntakeTarget(Path truthVcf, Path reference, String expectedBuild, String expectedSample) {
    this(truthVcf, reference, expectedBuild, expectedSample, null, false);
  }

  /** A structural-variant target (see {@link #structural()}); {@code reference} may be null. */
  public static IntakeTarget structural(Path truthVcf, Path reference, String expectedBuild, String expectedSample,
      Path includeBed) {
    return new IntakeTarget(truthVcf, reference, expectedBuild, expectedSample, includeBed, true);
  }
}
