package dk.harness.report;

import dk.harness.core.Decision;
import dk.harness.io.LoadedRecord;

/**
 * One record with its decision and its counting classification, as {@link CountingRules} sees it. Immutable.
 *
 * @param record the record
 * @param decision the engine's decision for it
 * @param truth {@code true} for a truth record, {@code false} for a query record
 * @param verdict TP/FP/FN/UNK after confident regions, or why it is not counted
 * @param confident whether the span {@code [replayStart, end)} overlaps the confident regions (always
 *     {@code true} when there are none)
 * @param type SNP or INDEL row (vcfeval's split)
 * @param fpGt query FP inside confident regions at level AM (genotype error)
 * @param fpAl query FP inside confident regions at level LM (allele error near a truth variant)
 */
public record Classified(LoadedRecord record, Decision decision, boolean truth, Verdict verdict, boolean confident,
    VariantType type, boolean fpGt, boolean fpAl) {
}
