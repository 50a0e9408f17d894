/**
 * Outputs of {@code harness compare}, written contig by contig from {@link dk.harness.report.ResultSink}s.
 *
 * <p>Entry point: {@link dk.harness.report.ReportWriter} (all outputs for an
 * {@link dk.harness.report.OutputPaths} set, plus a {@link dk.harness.report.Tally} for the console summary).
 * Every output counts through {@link dk.harness.report.CountingRules}, which reproduces RTG vcfeval's
 * record counts (confident regions applied after matching on {@code [replayStart, end)}; a query TP weighs
 * only through a confident truth TP in its block) with GA4GH TP/FP/FN/UNK semantics. SNP vs INDEL rows follow
 * vcfeval's snp / non-SNP split ({@link dk.harness.report.VariantType}); hap.py would decompose MNPs and
 * complex records into primitives instead.
 *
 * <p>Where the hap.py-format outputs knowingly differ from hap.py 0.3.15:
 * <ul>
 *   <li>Counts are vcfeval's (record level, no query decomposition or left-shifting).</li>
 *   <li>CSV metrics follow hap.py's C++ conventions (recall/precision/Frac_NA 0 for an empty total, precision
 *       empty when every query record is UNK, F1 empty when undefined); metrics.json uses null for every
 *       empty denominator.</li>
 *   <li>Subset.IS_CONF.Size is the exact base count of the confident BED (hap.py's own count differs
 *       slightly); Subset.Size of {@code *} sums the given contig lengths of contigs with records (hap.py uses
 *       their non-N length: pass non-N lengths in {@link dk.harness.report.ReportContext} to match).</li>
 *   <li>Indel subtypes come from trimmed alleles, not hap.py's realignment (complex length = length change).</li>
 *   <li>TS_contained / TS_boundary tag blocks by {@code Decision.reportedBlock()}.</li>
 *   <li>ROC: threshold rows for Subtype/Subset {@code *} only; a record passes threshold t when its score is
 *       {@code >= t}; rows ordered numerically.</li>
 *   <li>GA4GH VCF: FILTER is {@code .}, QUAL is the query's; undecided (too complex) records carry BD=UNK and
 *       the INFO flag TooComplex.</li>
 * </ul>
 */
package dk.harness.report;
