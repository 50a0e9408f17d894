package dk.harness.report;

import java.io.IOException;

/**
 * All outputs of {@code harness compare} behind one sink: feeds summary, extended, GA4GH VCF, ROC and metrics
 * sinks and a shared {@link Tally} the CLI reads for its stderr summary. Not thread-safe.
 */
public final class ReportWriter implements ResultSink {

  /**
   * Opens every output.
   *
   * @param paths where to write
   * @param context confident regions, strata, contigs, score field
   * @param run provenance for metrics.json
   * @throws IOException if an output cannot be opened
   */
  public ReportWriter(OutputPaths paths, ReportContext context, RunInfo run) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes every output. Call once after the last contig. */
  @Override
  public void finish() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  /** The running totals (final after {@link #finish()}). */
  public Tally tally() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Closes every output; safe to call after a failure (outputs are then incomplete). */
  @Override
  public void close() throws IOException {
  }
}
