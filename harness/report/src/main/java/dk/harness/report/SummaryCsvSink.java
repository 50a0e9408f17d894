package dk.harness.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes hap.py 0.3.15's {@code summary.csv}: rows INDEL ALL, INDEL PASS, SNP ALL, SNP PASS, formatted as
 * hap.py formats them so MultiQC's hap.py module reads it unchanged. Metrics follow hap.py's CSV conventions
 * (recall 0 without truth records, precision empty when every query record is UNK, F1 empty when undefined).
 * Not thread-safe.
 */
public final class SummaryCsvSink extends AnnotatingSink {
  /** hap.py 0.3.15's header line, without line terminator. */
  public static final String HEADER = "Type,Filter,TRUTH.TOTAL,TRUTH.TP,TRUTH.FN,QUERY.TOTAL,QUERY.FP,QUERY.UNK,"
      + "FP.gt,FP.al,METRIC.Recall,METRIC.Precision,METRIC.Frac_NA,METRIC.F1_Score,TRUTH.TOTAL.TiTv_ratio,"
      + "QUERY.TOTAL.TiTv_ratio,TRUTH.TOTAL.het_hom_ratio,QUERY.TOTAL.het_hom_ratio";

  private final Path out;
  private final StratifiedCounts counts;

  /**
   * @param out file to write on {@link #finish()}
   * @param context report context
   */
  public SummaryCsvSink(Path out, ReportContext context) {
    this(out, context, new StratifiedCounts(List.of()));
  }

  /** @param counts counts of any strata (only the {@code *} rows are read), possibly shared with other sinks */
  SummaryCsvSink(Path out, ReportContext context, StratifiedCounts counts) {
    super(context);
    this.out = out;
    this.counts = counts;
  }

  @Override
  void onContig(AnnotatedContig all, AnnotatedContig pass) {
    counts.add(all, FilterKind.ALL);
    counts.add(pass, FilterKind.PASS);
  }

  @Override
  public void finish() throws IOException {
    // The file is its own resource: on a full disk the writer's close fails before it closes the file.
    try (OutputStream file = Files.newOutputStream(out);
        Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      w.write(render(counts::cell));
    }
  }

  static String render(java.util.function.Function<RowKey, Cell> cells) {
    final StringBuilder sb = new StringBuilder(1024);
    sb.append(HEADER).append('\n');
    for (VariantType type : List.of(VariantType.INDEL, VariantType.SNP)) {
      for (FilterKind filter : FilterKind.values()) {
        final Cell c = cells.apply(new RowKey(type, "*", "*", filter));
        final long[][] v = c.v;
        sb.append(type.name()).append(',').append(filter.name());
        for (int cat : new int[] {Cell.TRUTH_TOTAL, Cell.TRUTH_TP, Cell.TRUTH_FN, Cell.QUERY_TOTAL, Cell.QUERY_FP,
            Cell.QUERY_UNK}) {
          sb.append(',').append(v[cat][Cell.N]);
        }
        sb.append(',').append(c.fpGt).append(',').append(c.fpAl).append(',');
        ExtendedFormat.appendMetrics(sb, c);
        final boolean snp = type == VariantType.SNP;
        sb.append(',').append(snp ? HappyFormat.ratio(v[Cell.TRUTH_TOTAL][Cell.TI], v[Cell.TRUTH_TOTAL][Cell.TV]) : "");
        sb.append(',').append(snp ? HappyFormat.ratio(v[Cell.QUERY_TOTAL][Cell.TI], v[Cell.QUERY_TOTAL][Cell.TV]) : "");
        sb.append(',').append(HappyFormat.ratio(v[Cell.TRUTH_TOTAL][Cell.HET], v[Cell.TRUTH_TOTAL][Cell.HOMALT]));
        sb.append(',').append(HappyFormat.ratio(v[Cell.QUERY_TOTAL][Cell.HET], v[Cell.QUERY_TOTAL][Cell.HOMALT]));
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
