package dk.harness.workflow.history;

/**
 * Site-level (GATK Concordance style) counts of one comparison for one filter (ALL/PASS) and type (ALL/SNP/INDEL),
 * as in the {@code site_level.counts} block of its metrics.json. Counts are per split allele.
 */
public record SiteLevelRow(String filter, String type, long truthTotal, long truthTp, long truthFn, long queryTotal,
    long queryTp, long queryFp, long queryUnk) {
}
