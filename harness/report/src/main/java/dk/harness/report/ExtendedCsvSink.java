package dk.harness.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes hap.py 0.3.15's {@code extended.csv}: per Type, Subtype, Subset, Filter and Genotype the counts with
 * ti/tv/het/homalt breakdowns, ratios and subset sizes. Not thread-safe.
 */
public final class ExtendedCsvSink implements ResultSink {
  /**
   * @param out file to write on {@link #finish()}
   * @param context report context (strata, confident regions, contig lengths)
   */
  public ExtendedCsvSink(Path out, ReportContext context) {
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
