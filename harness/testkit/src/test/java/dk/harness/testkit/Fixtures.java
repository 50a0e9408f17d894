package dk.harness.testkit;

import dk.harness.core.Decision;
import dk.harness.core.MatchLevel;
import dk.harness.core.Outcome;
import dk.harness.io.LoadedRecord;
import java.util.ArrayList;
import java.util.List;

/** Hand-made decisions for unit tests of the testkit's own logic (no engine involved). */
final class Fixtures {
  private Fixtures() {
  }

  /** Records from VCF lines (contig "c") paired with decisions given as "TP gm 10" (outcome, level, block[, alleleBlock]). */
  static List<Judged> judged(String[] lines, String... decisions) {
    final List<LoadedRecord> rs = VcfLines.records(lines);
    final List<Judged> out = new ArrayList<>();
    for (int i = 0; i < rs.size(); i++) {
      out.add(new Judged(rs.get(i), decision(rs.get(i).variant().id(), decisions[i])));
    }
    return out;
  }

  static Decision decision(int id, String spec) {
    if (spec == null) {
      return null;
    }
    final String[] f = spec.split(" ");
    final MatchLevel level = switch (f[1]) {
      case "gm" -> MatchLevel.GM;
      case "am" -> MatchLevel.AM;
      case "lm" -> MatchLevel.LM;
      default -> MatchLevel.NONE;
    };
    return new Decision(id, Outcome.valueOf(f[0]), level, Integer.parseInt(f[2]),
        f.length > 3 ? Integer.parseInt(f[3]) : -1);
  }

  static String[] lines(String... l) {
    return l;
  }
}
