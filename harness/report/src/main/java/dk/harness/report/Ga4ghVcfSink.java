package dk.harness.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams the GA4GH intermediate VCF (samples TRUTH and QUERY, FORMAT GT:BD:BK:BI:BVT:BLT:QQ, INFO BS and
 * Regions) as bgzip, and writes its tabix index on {@link #finish()}. Records come from the ALL comparison.
 * Not thread-safe.
 */
public final class Ga4ghVcfSink implements ResultSink {
  /**
   * @param vcfGz bgzip output
   * @param tbi tabix index output
   * @param context report context (contigs for the header, confident regions, strata)
   * @throws IOException if the output cannot be opened
   */
  public Ga4ghVcfSink(Path vcfGz, Path tbi, ReportContext context) throws IOException {
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

  @Override
  public void close() throws IOException {
  }
}
