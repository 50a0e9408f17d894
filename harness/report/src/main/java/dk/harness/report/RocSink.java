package dk.harness.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes hap.py's ROC tables (gzip CSV, hap.py's extended columns): precision/recall at every threshold of
 * the query score (QQ), for all records ({@code roc.all}) and per type. Rows without PASS come from the ALL
 * comparison, {@code .PASS} files from the PASS comparison. Not thread-safe.
 */
public final class RocSink implements ResultSink {
  /**
   * @param all {@code roc.all.csv.gz}
   * @param snp {@code roc.Locations.SNP.csv.gz}
   * @param snpPass {@code roc.Locations.SNP.PASS.csv.gz}
   * @param indel {@code roc.Locations.INDEL.csv.gz}
   * @param indelPass {@code roc.Locations.INDEL.PASS.csv.gz}
   * @param context report context
   */
  public RocSink(Path all, Path snp, Path snpPass, Path indel, Path indelPass, ReportContext context) {
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
