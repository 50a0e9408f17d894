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
    final byte[] ref = v.allele(0);
    boolean snp = false;
    for (int h = 0; h < v.ploidy(); h++) {
      final int a = v.genotype(h);
      if (a <= 0) {
        continue;
      }
      final byte[] alt = v.allele(a);
      if (alt == null) {
        // symbolic or spanning deletion: vcfeval ranks these above every small-variant type
        return INDEL;
      }
      if (java.util.Arrays.equals(ref, alt)) {
        continue; // unchanged allele: lowest precedence, does not change the type
      }
      if (ref.length == 1 && alt.length == 1) {
        snp = true;
      } else {
        return INDEL;
      }
    }
    return snp ? SNP : INDEL;
  }
}
