package dk.harness.workflow.history;

/**
 * Records TP when matched haplotype-aware but FN (truth) or FP (query) at site level: differences of representation
 * only, per filter (ALL/PASS) and kind (snv, indel, complex, total), from metrics.json's
 * {@code site_level.representation_gap}.
 */
public record RepresentationGapRow(String filter, String kind, long truthFn, long queryFp) {
}
