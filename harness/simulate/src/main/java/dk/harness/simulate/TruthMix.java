package dk.harness.simulate;

/**
 * The composition of the simulated truth set. Defaults ({@link #giabLike()}) follow the GIAB v4.2.1 HG002 small
 * variant benchmark in spirit: about one SNV per kilobase, one indel per eight SNVs, het:hom about 1.6, indel
 * lengths mostly 1-2 bp with a tail to 50 bp, a little multi-allelic (1/2) and MNP/complex content, and a
 * confident-region BED covering about 90% of the genome.
 *
 * @param snvRate SNV (and MNP) sites per base, in (0, 0.01]
 * @param indelPerSnv indel sites per SNV site, in [0, 1]
 * @param hetPerHom heterozygous to homozygous-alt ratio, positive
 * @param multiAllelicFraction fraction of sites genotyped 1/2, in [0, 0.2]
 * @param mnpFraction fraction of SNV sites written as 2-3 bp MNPs, in [0, 0.2]
 * @param complexFraction fraction of indel sites that are complex (length-changing substitutions), in [0, 0.2]
 * @param longIndelFraction fraction of indels drawn from the long tail (16..maxIndelLength bp), in [0, 0.5]
 * @param maxIndelLength longest indel in bases, in [16, 200]
 * @param repeatIndelFraction fraction of indels placed in homopolymers or tandem repeats (where most real indels
 *     are), in [0, 1]
 * @param confidentFraction target fraction of each contig covered by the confident BED, in [0.5, 1]
 */
public record TruthMix(double snvRate, double indelPerSnv, double hetPerHom, double multiAllelicFraction,
    double mnpFraction, double complexFraction, double longIndelFraction, int maxIndelLength,
    double repeatIndelFraction, double confidentFraction) {

  public TruthMix {
    check("snvRate", snvRate, 1e-6, 0.01);
    check("indelPerSnv", indelPerSnv, 0, 1);
    check("hetPerHom", hetPerHom, 0.01, 100);
    check("multiAllelicFraction", multiAllelicFraction, 0, 0.2);
    check("mnpFraction", mnpFraction, 0, 0.2);
    check("complexFraction", complexFraction, 0, 0.2);
    check("longIndelFraction", longIndelFraction, 0, 0.5);
    check("maxIndelLength", maxIndelLength, 16, 200);
    check("repeatIndelFraction", repeatIndelFraction, 0, 1);
    check("confidentFraction", confidentFraction, 0.5, 1);
  }

  /** The GIAB-like defaults described above. */
  public static TruthMix giabLike() {
    return new TruthMix(1.0 / 1000, 1.0 / 8, 1.6, 0.01, 0.01, 0.03, 0.08, 50, 0.6, 0.9);
  }

  private static void check(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "] (got " + value + ")");
    }
  }
}
