package dk.harness.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code metrics.json} (schema {@code harness.metrics/1}), pretty-printed with a fixed key order, from
 * a {@link Tally} the caller also feeds (or owns). Not thread-safe.
 */
public final class MetricsJsonSink implements ResultSink {
  public static final String SCHEMA = "harness.metrics/1";

  /**
   * @param out file to write on {@link #finish()}
   * @param run provenance
   * @param tally the totals to report; this sink feeds it itself
   */
  public MetricsJsonSink(Path out, RunInfo run, Tally tally) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void finish() throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
