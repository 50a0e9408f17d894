package dk.harness.core.site;

/**
 * A truth and a query site allele at the same site, or one of them alone: one entry of the genotype concordance
 * table and, for called alleles, one TP, FN or FP. At least one side is present. Immutable.
 *
 * @param truth the truth allele, or {@code null} if the truth has no record with it
 * @param query the query allele, or {@code null} if the query has no record with it
 */
public record SitePair(SiteAllele truth, SiteAllele query) {
  public SitePair {
    if (truth == null && query == null) {
      throw new IllegalArgumentException("a site pair needs at least one allele");
    }
    if (truth != null && query != null && !truth.sameSite(query)) {
      throw new IllegalArgumentException("paired alleles differ: " + truth + " / " + query);
    }
  }

  /** The truth allele is called and the query calls it too. */
  public boolean truePositive() {
    return truth != null && query != null && truth.called() && query.called();
  }

  /** The truth calls the allele and the query does not. */
  public boolean falseNegative() {
    return truth != null && truth.called() && (query == null || !query.called());
  }

  /** The query calls the allele and the truth does not. */
  public boolean falsePositive() {
    return query != null && query.called() && (truth == null || !truth.called());
  }

  /** The allele on either side, for its site (start, REF, ALT, type). */
  public SiteAllele site() {
    return truth != null ? truth : query;
  }

  public GenotypeState truthState() {
    return truth == null ? GenotypeState.MISSING : truth.state();
  }

  public GenotypeState queryState() {
    return query == null ? GenotypeState.MISSING : query.state();
  }

  /**
   * Whether the pair enters the genotype concordance table: at least one side calls the allele (Picard leaves
   * sites that neither sample carries out of its table).
   */
  public boolean inTable() {
    return (truth != null && truth.called()) || (query != null && query.called());
  }
}
