package dk.harness.report;

import dk.harness.core.Variant;

/**
 * The two type rows of the reports, split exactly as RTG vcfeval splits {@code snp_roc.tsv} from
 * {@code non_snp_roc.tsv}: a record is {@link #SNP} when every non-reference allele its genotype calls is a
 * single-base substitution; everything else (indels, MNPs, complex substitutions, mixtures) is {@link #INDEL}.
 *
 * <p>hap.py would instead decompose MNPs into their SNPs (and count complex records by their primitives);
 * this harness keeps vcfeval's record-level split so its counts reconcile with vcfeval record for record.
 */
public enum VariantType {
  SNP,
  INDEL;

  /**
   * The type of a record by its called alleles.
   *
   * @param v the record (not {@code null})
   * @return {@link #SNP} or {@link #INDEL}; a record with no called non-reference allele is {@link #INDEL}
   *     (such records are not counted anyway)
   */
  public static VariantType of(Variant v) {
    throw new UnsupportedOperationException("not yet");
  }
}
