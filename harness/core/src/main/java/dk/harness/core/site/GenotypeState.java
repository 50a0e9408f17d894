package dk.harness.core.site;

/**
 * A sample's genotype with respect to one site allele, the rows and columns of the genotype concordance table.
 * Named after Picard GenotypeConcordance's states for a biallelic site: {@link #HET} is Picard's HET_REF_VAR1,
 * {@link #HOM_ALT} its HOM_VAR1.
 */
public enum GenotypeState {
  /** The record is there but its genotype carries no copy of this allele (e.g. 0/0, or 2/2 for allele 1). */
  HOM_REF,
  /** Some but not all haplotypes carry the allele (0/1, 1/2 for either allele). */
  HET,
  /** Every haplotype carries the allele (1/1; haploid 1). */
  HOM_ALT,
  /** At least one haplotype is missing ({@code ./.}, {@code ./1}): Picard's NO_CALL, which includes half calls. */
  NO_CALL,
  /** No record with this allele on this side. */
  MISSING;

  /**
   * The state of a genotype with respect to allele {@code allele}.
   *
   * @param genotype allele index per haplotype, {@code -1} for missing
   * @param allele the allele index (at least 1)
   * @return never {@link #MISSING}
   */
  public static GenotypeState of(int[] genotype, int allele) {
    int copies = 0;
    for (int a : genotype) {
      if (a < 0) {
        return NO_CALL;
      }
      if (a == allele) {
        copies++;
      }
    }
    if (copies == 0) {
      return HOM_REF;
    }
    return copies == genotype.length ? HOM_ALT : HET;
  }
}
