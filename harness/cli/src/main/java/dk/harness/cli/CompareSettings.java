package dk.harness.cli;

import dk.harness.io.ScoreField;
import java.nio.file.Path;

/**
 * Everything {@code harness compare} was asked to do. Immutable.
 *
 * @param truth truth VCF
 * @param query query VCF
 * @param reference reference FASTA
 * @param confident confident-regions BED, or null
 * @param stratification stratification TSV, or null
 * @param target target-regions BED (records outside are dropped before matching), or null
 * @param truthSample truth sample name, or null for the only sample
 * @param querySample query sample name, or null for the only sample
 * @param threads worker threads, at least 1
 * @param roc score field for ROC ranking
 * @param output output prefix
 * @param quiet whether to suppress progress lines
 */
public record CompareSettings(Path truth, Path query, Path reference, Path confident, Path stratification, Path target,
    String truthSample, String querySample, int threads, ScoreField roc, Path output, boolean quiet) {
}
