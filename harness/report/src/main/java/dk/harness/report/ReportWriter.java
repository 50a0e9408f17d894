package dk.harness.report;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * All outputs of {@code harness compare} behind one sink: summary.csv, extended.csv, the GA4GH VCF and its
 * index, the ROC tables and metrics.json, plus a {@link Tally} the CLI reads for its stderr summary. Each
 * contig is annotated once and handed to every output. The GA4GH VCF (the costliest output: a line per record,
 * compressed) is written on a thread of its own, one contig behind at most, while the calling thread feeds the
 * other outputs; the result is the same as writing in turn. Not thread-safe: call from one thread.
 */
public final class ReportWriter implements ResultSink {
  private final OutputPaths paths;
  private final Supplier<RunInfo> run;
  private RunInfo runInfo;
  private final Annotator annotator;
  private final CountingRules rules;
  private final Tally tally;
  private final List<AnnotatingSink> sinks;
  private final Ga4ghVcfSink vcf;
  private final SiteLevelTally siteLevel;
  private LastClassification lastClassified;
  private final RocSink roc;
  private final ExecutorService vcfThread = Executors.newSingleThreadExecutor(r -> {
    final Thread t = new Thread(r, "harness-vcf");
    t.setDaemon(true);
    return t;
  });
  private Future<Void> pendingVcf;

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
    this(paths, context, () -> run, siteLevel);
  }

  /**
   * {@link #ReportWriter(OutputPaths, ReportContext, RunInfo, boolean)} with the provenance asked for only once,
   * in {@link #finish()}, so it may still be in the making while contigs arrive (the inputs' sha256 digests of a
   * genome take seconds); {@code run} may block, and its unchecked exceptions come out of {@link #finish()}.
   */
  public ReportWriter(OutputPaths paths, ReportContext context, Supplier<RunInfo> run, boolean siteLevel)
      throws IOException {
    this.siteLevel = siteLevel ? new SiteLevelTally(context.rules()) : null;
    this.paths = paths;
    this.run = run;
    this.annotator = new Annotator(context);
    this.rules = context.rules();
    this.tally = new Tally(rules);
    this.vcf = new Ga4ghVcfSink(paths.vcf(), paths.vcfIndex(), context);
    // One set of stratified counts serves the three tables (each sink's add of a contig after the first is a no-op).
    final StratifiedCounts counts = StratifiedCounts.of(context);
    this.roc = new RocSink(paths.rocAll(), paths.rocSnp(), paths.rocSnpPass(), paths.rocIndel(),
        paths.rocIndelPass(), context, counts);
    this.sinks = List.of(new SummaryCsvSink(paths.summaryCsv(), context, counts),
        new ExtendedCsvSink(paths.extendedCsv(), context, counts), vcf, roc);
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    final CountingRules.Classification ca = rules.classify(all);
    final CountingRules.Classification cp = pass == all ? ca : rules.classify(pass);
    lastClassified = new LastClassification(all, ca, pass, cp);
    final AnnotatedContig a = annotator.annotate(all, ca);
    final AnnotatedContig p = pass == all ? a : annotator.annotate(pass, cp);
    tally.accept(all, ca, pass, cp);
    awaitVcf();
    pendingVcf = vcfThread.submit(() -> {
      vcf.acceptAnnotated(a, p);
      return null;
    });
    for (AnnotatingSink s : sinks) {
      if (s != vcf) {
        s.acceptAnnotated(a, p);
      }
    }
  }

  /** Waits for the writer thread's last task (a contig of the VCF, or the ROC tables); its failure surfaces here. */
  private void awaitVcf() throws IOException {
    if (pendingVcf == null) {
      return;
    }
    try {
      TaskResults.await(pendingVcf, "the output VCF or ROC tables");
    } finally {
      pendingVcf = null;
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
    siteLevel.accept(hapAll, hapPass, siteAll, sitePass, this::classified);
  }

  /** The classification of {@code o}: the one {@link #accept} made if it was given the same outcome. */
  private CountingRules.Classification classified(ContigOutcome o) {
    final LastClassification last = lastClassified;
    if (last != null && o == last.all()) {
      return last.allClassified();
    }
    if (last != null && o == last.pass()) {
      return last.passClassified();
    }
    return rules.classify(o);
  }

  /** The outcomes {@link #accept} last classified, for the site-level tally to reuse when it gets the same ones. */
  private record LastClassification(ContigOutcome all, CountingRules.Classification allClassified, ContigOutcome pass,
      CountingRules.Classification passClassified) {
  }

  /** The site-level totals, or {@code null} when not reported. */
  public SiteLevelTally siteLevel() {
    return siteLevel;
  }

  /** Writes every output. Call once after the last contig. */
  @Override
  public void finish() throws IOException {
    awaitVcf();
    // The ROC tables (a sort of every record's score) take longest; they are written beside the others.
    pendingVcf = vcfThread.submit(() -> {
      roc.finish();
      return null;
    });
    for (AnnotatingSink s : sinks) {
      if (s != roc) {
        s.finish();
      }
    }
    awaitVcf();
    runInfo = run.get();
    MetricsJsonSink.write(paths.metricsJson(), runInfo, tally, siteLevel);
  }

  /** The provenance written to metrics.json; null before {@link #finish()}. */
  public RunInfo runInfo() {
    return runInfo;
  }

  /** The running totals (final after {@link #finish()}). */
  public Tally tally() {
    return tally;
  }

  /** Closes every output; safe to call after a failure or after {@link #finish()}. */
  @Override
  public void close() throws IOException {
    vcfThread.shutdownNow();
    try {
      vcfThread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    vcf.close();
  }
}
