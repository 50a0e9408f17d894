package dk.harness.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes hap.py 0.3.15's {@code summary.csv}: rows INDEL ALL, INDEL PASS, SNP ALL, SNP PASS, formatted as
 * hap.py formats them so MultiQC's hap.py module reads it unchanged. Not thread-safe.
 */
public final class SummaryCsvSink implements ResultSink {
  /** hap.py 0.3.15's header line, without line terminator. */
  public static final String HEADER = "Type,Filter,TRUTH.TOTAL,TRUTH.TP,TRUTH.FN,QUERY.TOTAL,QUERY.FP,QUERY.UNK,"
      + "FP.gt,FP.al,METRIC.Recall,METRIC.Precision,METRIC.Frac_NA,METRIC.F1_Score,TRUTH.TOTAL.TiTv_ratio,"
      + "QUERY.TOTAL.TiTv_ratio,TRUTH.TOTAL.het_hom_ratio,QUERY.TOTAL.het_hom_ratio";

  /**
   * @param out file to write on {@link #finish()}
   * @param context report context
   */
  public SummaryCsvSink(Path out, ReportContext context) {
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
