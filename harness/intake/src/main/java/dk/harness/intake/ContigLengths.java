package dk.harness.intake;

import java.nio.file.Path;

/**
 * The one check of a VCF's declared {@code ##contig} length against the reference's length of that contig, shared by
 * {@code validate} (intake) and {@code compare}/{@code run}. A mismatch is decided by the build lengths {@link Builds}
 * knows: when the declared length is one build's length of a primary chromosome and the reference's is the other
 * build's ({@link Mismatch#otherBuild()}), the VCF is certainly from another build; any other difference is
 * ambiguous, typically a test reference that is a slice of the chromosome while the VCF declares its full length
 * (see ../shared/data/vcf-dialects/README.md, "Slices"). Stateless.
 */
public final class ContigLengths {
  private ContigLengths() {
  }

  /**
   * A declared length that is not the reference's.
   *
   * @param contig the contig (the reference's name)
   * @param declared the length of the {@code ##contig} line
   * @param reference the reference's length
   * @param declaredBuild the build whose length {@code declared} is, or null
   * @param referenceBuild the build whose length {@code reference} is, or null
   */
  public record Mismatch(String contig, long declared, long reference, String declaredBuild, String referenceBuild) {
    /** Whether the two lengths are those of two different builds: certainly another build. */
    public boolean otherBuild() {
      return declaredBuild != null && referenceBuild != null && !declaredBuild.equals(referenceBuild);
    }

    /**
     * The problem, e.g. {@code contig 'chr20' is 64,444,167 bp in the VCF header but 63,025,520 bp in the reference
     * 'ref.fa' (the GRCh38 and the GRCh37 length)}.
     */
    public String problem(Path fasta) {
      return "contig '" + contig + "' is " + Builds.bp(declared) + " in the VCF header but " + Builds.bp(reference)
          + " in the reference '" + fasta + "'" + (declaredBuild == null && referenceBuild == null ? ""
          : " (the " + build(declaredBuild) + " and the " + build(referenceBuild) + " length)");
    }

    /** The fix for {@link #otherBuild()} mismatches. */
    public String otherBuildFix() {
      return "the VCF was made on " + declaredBuild + " and the reference is " + referenceBuild + ": compare against "
          + "the " + declaredBuild + " truth set and reference, or re-call on " + referenceBuild + " (rewriting the "
          + "header does not move the coordinates)";
    }

    private static String build(String build) {
      return build == null ? "unknown" : build;
    }
  }

  /**
   * Checks one declared length.
   *
   * @param contig the contig, named as the reference names it
   * @param declared the {@code ##contig} length; 0 or negative (not declared) is never a mismatch
   * @return the mismatch, or null when the lengths agree or none is declared
   */
  public static Mismatch check(String contig, long declared, long reference) {
    if (declared <= 0 || declared == reference) {
      return null;
    }
    return new Mismatch(contig, declared, reference, buildOf(contig, declared), buildOf(contig, reference));
  }

  private static String buildOf(String contig, long length) {
    if (Builds.length(Builds.GRCH37, contig) == length) {
      return Builds.GRCH37;
    }
    return Builds.length(Builds.GRCH38, contig) == length ? Builds.GRCH38 : null;
  }
}
