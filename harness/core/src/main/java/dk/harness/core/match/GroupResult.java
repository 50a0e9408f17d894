package dk.harness.core.match;

import dk.harness.core.MatchLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the two passes decided for one group. Variants are referred to by {@link ReplayVariant#source}.
 * Mutable only while the group is being resolved.
 */
final class GroupResult {
  static final int UNDECIDED = -2;

  /** Per variant of the group (same order as the group's arrays): the level reached, or null if skipped. */
  final MatchLevel[] truthLevel;
  final MatchLevel[] queryLevel;
  final int[] truthBlock;
  final int[] queryBlock;
  final int[] truthAlleleBlock;
  final int[] queryAlleleBlock;
  final List<HaplotypeSearch.Skipped> skipped = new ArrayList<>();
  /** Allele id on the first haplotype of the last truth variant included, per pass; NONE if none. */
  int lastTruthAlleleId = MostVariantsMatched.Prior.NONE;
  int lastTruthAlleleIdSquashed = MostVariantsMatched.Prior.NONE;
  boolean priorConsulted;
  boolean priorConsultedSquashed;

  GroupResult(Group g) {
    truthLevel = new MatchLevel[g.truth.length];
    queryLevel = new MatchLevel[g.query.length];
    truthBlock = filled(g.truth.length);
    queryBlock = filled(g.query.length);
    truthAlleleBlock = filled(g.truth.length);
    queryAlleleBlock = filled(g.query.length);
  }

  private static int[] filled(int n) {
    final int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    return a;
  }
}
