package dk.harness.compare;

import java.util.Locale;

/**
 * Which decisions the hap.py-style outputs (summary.csv, extended.csv, the GA4GH VCF, ROC tables and the
 * {@code counts} of metrics.json) report. Both are always computed; metrics.json's {@code site_level} block always
 * holds the site-level figures and the representation gap between the two.
 */
public enum MatchMode {
  /** Haplotype-aware matching (RTG vcfeval's): the same haplotype written differently matches. The default. */
  HAPLOTYPE,
  /** Site-level matching (GATK Concordance, Picard GenotypeConcordance): same position, same REF and ALT. */
  SITE;

  /** The lower-case name used on the command line and in metrics.json. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
