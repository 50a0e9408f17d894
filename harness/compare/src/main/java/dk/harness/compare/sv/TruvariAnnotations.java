package dk.harness.compare.sv;

import dk.harness.core.sv.SvMatch;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The INFO fields Truvari adds to each record of its result VCFs, with its names and rounding: similarity values
 * rounded to 4 decimals, TruScore truncated to an integer, MatchId as {@code chunk.row,chunk.column}.
 */
final class TruvariAnnotations {
  static final List<String> HEADER = List.of(
      "##INFO=<ID=TruScore,Number=1,Type=Integer,Description=\"Truvari score for similarity of match\">",
      "##INFO=<ID=PctSeqSimilarity,Number=1,Type=Float,Description=\"Pct sequence similarity between this variant "
          + "and its closest match\">",
      "##INFO=<ID=PctSizeSimilarity,Number=1,Type=Float,Description=\"Pct size similarity between this variant and "
          + "its closest match\">",
      "##INFO=<ID=PctRecOverlap,Number=1,Type=Float,Description=\"Percent reciprocal overlap percent of the two "
          + "calls' coordinates\">",
      "##INFO=<ID=StartDistance,Number=1,Type=Integer,Description=\"Distance of the base call's end from "
          + "comparison call's start\">",
      "##INFO=<ID=EndDistance,Number=1,Type=Integer,Description=\"Distance of the base call's end from comparison "
          + "call's end\">",
      "##INFO=<ID=SizeDiff,Number=1,Type=Float,Description=\"Difference in size of base and comp calls\">",
      "##INFO=<ID=GTMatch,Number=1,Type=Integer,Description=\"Base/Comparison genotypes AC difference\">",
      "##INFO=<ID=MatchId,Number=.,Type=String,Description=\"Tuple of base and comparison call ids which were "
          + "matched\">",
      "##INFO=<ID=Multi,Number=0,Type=Flag,Description=\"Call is false due to non-multimatching\">");

  private TruvariAnnotations() {
  }

  /** The record line with the match's annotations appended to its INFO column. */
  static String annotate(String line, SvMatch m) {
    final StringBuilder add = new StringBuilder();
    put(add, "PctSeqSimilarity", round4(m.seqsim()));
    put(add, "PctSizeSimilarity", round4(m.sizesim()));
    put(add, "PctRecOverlap", round4(m.ovlpct()));
    put(add, "SizeDiff", m.sizediff() == null ? null : m.sizediff().toString());
    put(add, "StartDistance", m.stDist() == null ? null : m.stDist().toString());
    put(add, "EndDistance", m.edDist() == null ? null : m.edDist().toString());
    put(add, "GTMatch", m.gtMatch() == null ? null : m.gtMatch().toString());
    put(add, "TruScore", m.score() == null ? null : Long.toString((long) m.score().doubleValue()));
    put(add, "MatchId", m.matchId());
    if (Boolean.TRUE.equals(m.multi())) {
      add.append(";Multi");
    }
    final String extra = add.substring(1);
    // INFO is the 8th column: [infoStart, infoEnd) of the line, found without splitting the whole record.
    int infoStart = 0;
    for (int k = 0; k < 7; k++) {
      infoStart = line.indexOf('\t', infoStart) + 1;
      if (infoStart == 0) {
        throw new IllegalArgumentException("a record line with fewer than 8 columns");
      }
    }
    int infoEnd = line.indexOf('\t', infoStart);
    if (infoEnd < 0) {
      infoEnd = line.length();
    }
    final boolean empty = infoEnd == infoStart || (infoEnd == infoStart + 1 && line.charAt(infoStart) == '.');
    return new StringBuilder(line.length() + extra.length() + 1)
        .append(line, 0, empty ? infoStart : infoEnd)
        .append(empty ? "" : ";").append(extra)
        .append(line, infoEnd, line.length())
        .toString();
  }

  private static void put(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(';').append(key).append('=').append(value);
    }
  }

  private static String round4(Double d) {
    if (d == null) {
      return null;
    }
    final BigDecimal r = new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return r.signum() == 0 ? "0" : r.toPlainString();
  }
}
