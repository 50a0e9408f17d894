package dk.harness.compare.sv;

import dk.harness.core.sv.SvSummary;
import java.util.Map;

/**
 * Writes an {@link SvSummary} as Truvari 5.4 writes {@code summary.json}: same keys, same order, four-space
 * indentation, Python number formatting (integers plain, floats as Python's repr, missing ratios null,
 * gt_concordance 0 when there is no matched query call).
 */
final class TruvariSummaryJson {
  private TruvariSummaryJson() {
  }

  static String write(SvSummary s) {
    final StringBuilder sb = new StringBuilder("{\n");
    field(sb, "TP-base", Integer.toString(s.tpBase()));
    field(sb, "TP-comp", Integer.toString(s.tpComp()));
    field(sb, "FP", Integer.toString(s.fp()));
    field(sb, "FN", Integer.toString(s.fn()));
    field(sb, "precision", num(s.precision()));
    field(sb, "recall", num(s.recall()));
    field(sb, "f1", num(s.f1()));
    field(sb, "base cnt", Integer.toString(s.baseCnt()));
    field(sb, "comp cnt", Integer.toString(s.compCnt()));
    field(sb, "TP-comp_TP-gt", Integer.toString(s.tpCompTpGt()));
    field(sb, "TP-comp_FP-gt", Integer.toString(s.tpCompFpGt()));
    field(sb, "TP-base_TP-gt", Integer.toString(s.tpBaseTpGt()));
    field(sb, "TP-base_FP-gt", Integer.toString(s.tpBaseFpGt()));
    field(sb, "gt_concordance", s.gtConcordance() == null ? "0" : PythonFloat.repr(s.gtConcordance()));
    sb.append("    \"gt_matrix\": ");
    if (s.gtMatrix().isEmpty()) {
      sb.append("{}");
    } else {
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<String, Map<String, Integer>> row : s.gtMatrix().entrySet()) {
        sb.append("        ").append(quote(row.getKey())).append(": {\n");
        int j = 0;
        for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
          sb.append("            ").append(quote(cell.getKey())).append(": ").append(cell.getValue());
          sb.append(++j < row.getValue().size() ? ",\n" : "\n");
        }
        sb.append("        }").append(++i < s.gtMatrix().size() ? ",\n" : "\n");
      }
      sb.append("    }");
    }
    return sb.append("\n}").toString();
  }

  private static void field(StringBuilder sb, String key, String value) {
    sb.append("    ").append(quote(key)).append(": ").append(value).append(",\n");
  }

  private static String num(Double d) {
    return d == null ? "null" : PythonFloat.repr(d);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
