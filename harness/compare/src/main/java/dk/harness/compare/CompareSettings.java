package dk.harness.compare;

import dk.harness.io.ScoreField;
import java.nio.file.Path;

/**
 * Everything one comparison is asked to do (the options of {@code harness compare}). Immutable.
 *
 * @param truth truth VCF
 * @param query query VCF
 * @param reference reference FASTA
 * @param confident confident-regions BED, or null
 * @param stratification stratification TSV, or null
 * @param target target-regions BED (records outside are dropped before matching), or null
 * @param truthSample truth sample name, or null for the only sample
 * @param querySample query sample name, or null for the only sample
 * @param threads engine worker threads, at least 1
 * @param roc score field for ROC ranking
 * @param output output prefix, e.g. {@code out/HG002_unitA}
 * @param match which decisions the hap.py-style outputs report (site-level figures are always in metrics.json)
 */
public record CompareSettings(Path truth, Path query, Path reference, Path confident, Path stratification, Path target,
    String truthSample, String querySample, int threads, ScoreField roc, Path output, MatchMode match) {

  public CompareSettings {
    java.util.Objects.requireNonNull(match, "match");
  }

  /** Settings with the default {@link MatchMode#HAPLOTYPE}. */
  public CompareSettings(Path truth, Path query, Path reference, Path confident, Path stratification, Path target,
      String truthSample, String querySample, int threads, ScoreField roc, Path output) {
    this(truth, query, reference, confident, stratification, target, truthSample, querySample, threads, roc, output,
        MatchMode.HAPLOTYPE);
  }
}
