/**
 * Site-level comparison: exact position and allele match after splitting multi-allelic records, as GATK's
 * Concordance and Picard's GenotypeConcordance count it, next to the haplotype-aware engine. Entry point
 * {@link dk.harness.core.site.SiteComparison}; rules in docs/site-level.md. Pure JDK, no I/O.
 */
package dk.harness.core.site;
