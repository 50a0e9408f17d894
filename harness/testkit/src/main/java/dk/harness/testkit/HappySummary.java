package dk.harness.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * hap.py's {@code summary.csv}: per Type (SNP, INDEL) and Filter (ALL, PASS) the truth and query counts.
 * Immutable.
 *
 * @param rows {@code "TYPE,FILTER"} to row
 */
public record HappySummary(Map<String, Row> rows) {
  public HappySummary {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /**
   * One row.
   *
   * @param truthTotal TRUTH.TOTAL
   * @param truthTp TRUTH.TP
   * @param truthFn TRUTH.FN
   * @param queryTotal QUERY.TOTAL
   * @param queryFp QUERY.FP
   * @param queryUnk QUERY.UNK
   */
  public record Row(long truthTotal, long truthTp, long truthFn, long queryTotal, long queryFp, long queryUnk) {
    /** QUERY.TP as hap.py defines it: QUERY.TOTAL - QUERY.FP - QUERY.UNK. */
    public long queryTp() {
      return queryTotal - queryFp - queryUnk;
    }
  }

  public static HappySummary read(Path csv) {
    final List<String> lines;
    try {
      lines = Files.readAllLines(csv);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    final List<String> head = Arrays.asList(lines.get(0).split(","));
    final Map<String, Row> rows = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      final String[] f = line.split(",", -1);
      rows.put(f[head.indexOf("Type")] + "," + f[head.indexOf("Filter")], new Row(
          num(f, head, "TRUTH.TOTAL"), num(f, head, "TRUTH.TP"), num(f, head, "TRUTH.FN"), num(f, head, "QUERY.TOTAL"),
          num(f, head, "QUERY.FP"), num(f, head, "QUERY.UNK")));
    }
    return new HappySummary(rows);
  }

  private static long num(String[] f, List<String> head, String col) {
    final String v = f[head.indexOf(col)];
    return v.isEmpty() ? 0 : Long.parseLong(v);
  }

  /**
   * SNP + INDEL of one filter row in vcfeval's four numbers (TRUTH.TP, QUERY.TP, QUERY.FP, TRUTH.FN), for
   * comparing conventions. Uses the PASS rows if present, else ALL.
   */
  public VcfevalCounts asVcfevalCounts(String filter) {
    long tpb = 0;
    long tpc = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      if (e.getKey().endsWith("," + filter)) {
        tpb += e.getValue().truthTp();
        tpc += e.getValue().queryTp();
        fp += e.getValue().queryFp();
        fn += e.getValue().truthFn();
      }
    }
    return new VcfevalCounts(tpb, tpc, fp, fn);
  }

  /** Whether rows with this filter exist. */
  public boolean hasFilter(String filter) {
    return rows.keySet().stream().anyMatch(k -> k.endsWith("," + filter));
  }
}
