package dk.harness.report;

import dk.harness.core.RegionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * hap.py 0.3.15's extended-table columns and their formatting, shared by extended.csv and the ROC tables.
 * Not thread-safe: it remembers the ratios it formatted, since a ROC table repeats the same count pairs on
 * thousands of lines.
 */
final class ExtendedFormat {
  /** hap.py 0.3.15's extended.csv header, without line terminator. */
  static final String HEADER;

  static {
    final StringBuilder sb = new StringBuilder("Type,Subtype,Subset,Filter,Genotype,QQ.Field,QQ,METRIC.Recall,"
        + "METRIC.Precision,METRIC.Frac_NA,METRIC.F1_Score,FP.gt,FP.al,Subset.Size,Subset.IS_CONF.Size,Subset.Level");
    for (String n : Cell.NAMES) {
      sb.append(',').append(n).append(',').append(n).append(".ti,").append(n).append(".tv,").append(n)
          .append(".het,").append(n).append(".homalt,").append(n).append(".TiTv_ratio,").append(n)
          .append(".het_hom_ratio");
    }
    HEADER = sb.toString();
  }

  private final String qqField;
  private final long totalSize;
  private final Long confSize;
  private final Map<String, long[]> strataSizes;
  private final Map<Pair, String> ratios = new HashMap<>();

  private record Pair(long num, long den) {
  }

  /**
   * @param context the report context (strata, confident regions)
   * @param totalSize bases of the whole evaluated genome (Subset.Size of {@code *})
   */
  ExtendedFormat(ReportContext context, long totalSize) {
    this.qqField = context.scoreField();
    this.totalSize = totalSize;
    final RegionSet conf = context.confident();
    this.confSize = conf == null ? null : conf.coveredLength();
    final Map<String, long[]> sizes = new HashMap<>();
    for (Stratum s : context.strata()) {
      final long size = s.regions().coveredLength();
      sizes.put(s.name(), new long[] {size, conf == null ? -1 : s.regions().intersectionLength(conf)});
    }
    this.strataSizes = Map.copyOf(sizes);
  }

  private ExtendedFormat(ExtendedFormat other) {
    this.qqField = other.qqField;
    this.totalSize = other.totalSize;
    this.confSize = other.confSize;
    this.strataSizes = other.strataSizes;
  }

  /**
   * The same format with its own memory of ratios, for use on another thread (the strata sizes, computed once,
   * are shared and never changed).
   */
  ExtendedFormat forAnotherThread() {
    return new ExtendedFormat(this);
  }

  /**
   * One CSV line (no terminator).
   *
   * @param key the row
   * @param qq {@code *} for the totals, else the ROC threshold as hap.py prints it
   * @param c the counts
   */
  String line(RowKey key, String qq, Cell c) {
    final StringBuilder sb = new StringBuilder(512);
    sb.append(key.type().name()).append(',').append(key.subtype()).append(',').append(key.subset()).append(',')
        .append(key.filter().name()).append(",*,").append(qqField).append(',').append(qq).append(',');
    appendMetrics(sb, c);
    sb.append(',').append(c.fpGt).append(',').append(c.fpAl).append(',');
    appendSizes(sb, key.subset());
    final boolean snp = key.type() == VariantType.SNP;
    for (int cat = 0; cat < Cell.CATEGORIES; cat++) {
      final long[] x = c.v[cat];
      sb.append(',').append(x[Cell.N]);
      if (snp) {
        sb.append(',').append(HappyFormat.countF(x[Cell.TI])).append(',').append(HappyFormat.countF(x[Cell.TV]));
      } else {
        sb.append(",.,.");
      }
      sb.append(',').append(HappyFormat.countF(x[Cell.HET])).append(',').append(HappyFormat.countF(x[Cell.HOMALT]));
      sb.append(',').append(snp ? ratio(x[Cell.TI], x[Cell.TV]) : "");
      sb.append(',').append(ratio(x[Cell.HET], x[Cell.HOMALT]));
    }
    return sb.toString();
  }

  /** {@link HappyFormat#ratio}, remembered. */
  private String ratio(long num, long den) {
    return ratios.computeIfAbsent(new Pair(num, den), k -> HappyFormat.ratio(num, den));
  }

  /** Recall, Precision, Frac_NA, F1 as hap.py's C++ computes them (0 for an empty total, NaN for 0/0). */
  static void appendMetrics(StringBuilder sb, Cell c) {
    final double[] m = happyMetrics(c.counts());
    sb.append(HappyFormat.metric(m[0])).append(',').append(HappyFormat.metric(m[1])).append(',')
        .append(HappyFormat.metric(m[2])).append(',').append(HappyFormat.metric(m[3]));
  }

  /**
   * hap.py's recall, precision, Frac_NA and F1: recall is 0 without truth records, precision and Frac_NA 0
   * without query records, precision NaN when every query record is UNK, F1 NaN when undefined.
   */
  static double[] happyMetrics(Counts k) {
    final long truthTotal = k.truthTp() + k.truthFn();
    final double recall = truthTotal == 0 ? 0 : (double) k.truthTp() / truthTotal;
    final double precision = k.queryTotal() == 0 ? 0 : (double) k.queryTp() / (k.queryTp() + k.queryFp());
    final double na = k.queryTotal() == 0 ? 0 : (double) k.queryUnk() / k.queryTotal();
    final double f1 = 2.0 * precision * recall / (precision + recall);
    return new double[] {recall, precision, na, f1};
  }

  private void appendSizes(StringBuilder sb, String subset) {
    final String level;
    switch (subset) {
      case "*" -> {
        // hap.py overwrites the * size with an integer (non-N length of the contigs in its output VCF)
        sb.append(totalSize).append(',').append(confSize == null ? "" : HappyFormat.countF(confSize));
        level = "0.000000";
      }
      case "TS_boundary" -> {
        sb.append(HappyFormat.countF(totalSize)).append(',').append(confSize == null ? "" : HappyFormat.countF(confSize));
        level = "0.000000";
      }
      case "TS_contained" -> {
        final String conf = confSize == null ? "" : HappyFormat.countF(confSize);
        sb.append(conf).append(',').append(conf);
        level = "0.000000";
      }
      default -> {
        final long[] s = strataSizes.get(subset);
        sb.append(HappyFormat.countF(s[0])).append(',').append(s[1] < 0 ? "" : HappyFormat.countF(s[1]));
        level = "1.000000";
      }
    }
    sb.append(',').append(level);
  }
}
