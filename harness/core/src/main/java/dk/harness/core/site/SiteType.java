package dk.harness.core.site;

/**
 * The kind of change a site allele (or a record) makes, after its REF/ALT pair is right-trimmed.
 */
public enum SiteType {
  /** One base replaced by another: REF and ALT are one base each. */
  SNV,
  /** A pure insertion or deletion: the shorter allele is one base, shared with the longer one's first base. */
  INDEL,
  /** Everything else: MNPs, substitutions of unequal length, and records mixing kinds. */
  COMPLEX;

  /** The type of a right-trimmed REF/ALT pair. */
  public static SiteType of(byte[] ref, byte[] alt) {
    if (ref.length == 1 && alt.length == 1) {
      return SNV;
    }
    if (ref.length != alt.length && Math.min(ref.length, alt.length) == 1 && ref[0] == alt[0]) {
      return INDEL;
    }
    return COMPLEX;
  }

  /** Combines the types of a record's alleles: a record is SNV or INDEL only if all its alleles are. */
  public SiteType and(SiteType other) {
    return this == other ? this : COMPLEX;
  }

  /** The report row: {@code true} for the SNP row (SNVs), {@code false} for the INDEL row (everything else). */
  public boolean snpRow() {
    return this == SNV;
  }
}
