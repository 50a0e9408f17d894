package dk.harness.report;

import java.io.IOException;
import java.util.List;

/**
 * All outputs of {@code harness compare} behind one sink: summary.csv, extended.csv, the GA4GH VCF and its
 * index, the ROC tables and metrics.json, plus a {@link Tally} the CLI reads for its stderr summary. Each
 * contig is annotated once and handed to every output. Not thread-safe.
 */
public final class ReportWriter implements ResultSink {
  private final OutputPaths paths;
  private final RunInfo run;
  private final Annotator annotator;
  private final Tally tally;
  private final List<AnnotatingSink> sinks;
  private final Ga4ghVcfSink vcf;
  private final SiteLevelTally siteLevel;

  /**
   * Opens every output (the VCF is streamed; the tables are written by {@link #finish()}).
   *
   * @param paths where to write
   * @param context confident regions, strata, contigs, score field
   * @param run provenance for metrics.json
   * @throws IOException if an output cannot be opened
   */
  public ReportWriter(OutputPaths paths, ReportContext context, RunInfo run) throws IOException {
    this(paths, context, run, false);
  }

  /**
   * Opens every output, optionally with the site-level block of metrics.json (fed through
   * {@link #acceptSiteLevel}).
   *
   * @param siteLevel whether metrics.json gets a {@code site_level} block
   * @throws IOException if an output cannot be opened
   */
  public ReportWriter(OutputPaths paths, ReportContext context, RunInfo run, boolean siteLevel) throws IOException {
    this.siteLevel = siteLevel ? new SiteLevelTally(context.rules()) : null;
    this.paths = paths;
    this.run = run;
    this.annotator = new Annotator(context);
    this.tally = new Tally(context.rules());
    this.vcf = new Ga4ghVcfSink(paths.vcf(), paths.vcfIndex(), context);
    this.sinks = List.of(new SummaryCsvSink(paths.summaryCsv(), context),
        new ExtendedCsvSink(paths.extendedCsv(), context), vcf,
        new RocSink(paths.rocAll(), paths.rocSnp(), paths.rocSnpPass(), paths.rocIndel(), paths.rocIndelPass(),
            context));
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    final AnnotatedContig a = annotator.annotate(all);
    final AnnotatedContig p = pass == all ? a : annotator.annotate(pass);
    tally.accept(all, pass);
    for (AnnotatingSink s : sinks) {
      s.acceptAnnotated(a, p);
    }
  }

  /**
   * Feeds the site-level totals with one contig (in addition to {@link #accept}, which takes the outcomes the
   * hap.py-style outputs report).
   *
   * @throws IllegalStateException if this writer was opened without site-level reporting
   */
  public void acceptSiteLevel(ContigOutcome hapAll, ContigOutcome hapPass, SiteOutcome siteAll, SiteOutcome sitePass) {
    if (siteLevel == null) {
      throw new IllegalStateException("this report writer was opened without site-level reporting");
    }
    siteLevel.accept(hapAll, hapPass, siteAll, sitePass);
  }

  /** The site-level totals, or {@code null} when not reported. */
  public SiteLevelTally siteLevel() {
    return siteLevel;
  }

  /** Writes every output. Call once after the last contig. */
  @Override
  public void finish() throws IOException {
    for (AnnotatingSink s : sinks) {
      s.finish();
    }
    MetricsJsonSink.write(paths.metricsJson(), run, tally, siteLevel);
  }

  /** The running totals (final after {@link #finish()}). */
  public Tally tally() {
    return tally;
  }

  /** Closes every output; safe to call after a failure or after {@link #finish()}. */
  @Override
  public void close() throws IOException {
    vcf.close();
  }
}
