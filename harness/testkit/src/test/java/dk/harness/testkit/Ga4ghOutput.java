package dk.harness.testkit;

import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks our decisions against vcfeval's GA4GH-mode {@code output.vcf}: per record of each side, BD (TP/FP/FN/N) and
 * BK (gm/am/lm or none). vcfeval merges a truth and a query record into one line and may rewrite ALTs, so records are
 * found by side, contig, position and REF. Combine-mode files carry the status in INFO BASE/CALL instead (TP, FN,
 * FN_CA, FP, FP_CA, IGN), which is compared the same way.
 */
final class Ga4ghOutput {
  private Ga4ghOutput() {
  }

  static void check(List<String> problems, List<ContigRun> runs, Path expected, String options) {
    final boolean combine = !options.contains("ga4gh");
    final Map<String, String> want = new HashMap<>();
    final List<String> lines;
    try {
      lines = Files.readAllLines(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines) {
      if (line.startsWith("#")) {
        continue;
      }
      final String[] f = line.split("\t");
      if (combine) {
        for (String kv : f[7].split(";")) {
          if (kv.startsWith("BASE=")) {
            want.put("truth " + f[0] + ":" + f[1] + ":" + f[3], kv.substring(5));
          } else if (kv.startsWith("CALL=")) {
            want.put("query " + f[0] + ":" + f[1] + ":" + f[3], kv.substring(5));
          }
        }
        continue;
      }
      final String[] format = f[8].split(":");
      for (int side = 0; side < 2; side++) {
        final String[] values = f[9 + side].split(":");
        if (values.length == 1 && values[0].equals(".")) {
          continue;
        }
        String bd = ".";
        String bk = ".";
        for (int i = 0; i < format.length && i < values.length; i++) {
          if (format[i].equals("BD")) {
            bd = values[i];
          } else if (format[i].equals("BK")) {
            bk = values[i];
          }
        }
        want.put((side == 0 ? "truth " : "query ") + f[0] + ":" + f[1] + ":" + f[3], bd + "/" + bk);
      }
    }
    int compared = 0;
    for (ContigRun run : runs) {
      compared += compare(problems, want, "truth ", run.truth(), combine);
      compared += compare(problems, want, "query ", run.query(), combine);
    }
    if (compared == 0) {
      problems.add(expected.getFileName() + ": no record could be compared");
    }
  }

  private static int compare(List<String> problems, Map<String, String> want, String side, List<Judged> judged,
      boolean combine) {
    int n = 0;
    for (Judged j : judged) {
      final String key = side + j.record().contig() + ":" + j.record().pos() + ":" + j.record().ref();
      final String expected = want.get(key);
      if (expected == null) {
        continue;
      }
      n++;
      final String got = combine ? combineStatus(j.decision()) : bd(j.decision()) + "/" + bk(j.decision());
      if (!got.equals(expected)) {
        problems.add("GA4GH " + key + ": vcfeval " + expected + ", ours " + got);
      }
    }
    return n;
  }

  /** Combine mode's BASE/CALL status: TP, FN, FP, with _CA for an allele match, IGN for a non-variant. */
  private static String combineStatus(Decision d) {
    return switch (d.outcome()) {
      case NOT_VARIANT -> "IGN";
      case TOO_COMPLEX -> "HARD";
      case TP -> "TP";
      default -> d.outcome().name() + (d.level() == MatchLevel.AM ? "_CA" : "");
    };
  }

  private static String bd(Decision d) {
    return switch (d.outcome()) {
      case TP -> "TP";
      case FP -> "FP";
      case FN -> "FN";
      case NOT_VARIANT -> "N";
      case TOO_COMPLEX -> "UNK";
    };
  }

  private static String bk(Decision d) {
    return d.outcome() == Outcome.NOT_VARIANT || d.level() == MatchLevel.NONE ? "." : d.level().code();
  }
}
