package dk.harness.core.match;

/**
 * Prefers the path that includes the most variants, truth and query together; among equals, the one whose sides
 * disagree least in count since the last sync point, then the one that synced most recently, then by the allele on
 * the first haplotype of the last included truth variant. These tie-breaks reproduce vcfeval's choices.
 *
 * <p>The search runs group by group, while vcfeval runs a whole contig at once: a tie that vcfeval breaks on the
 * last truth variant included before the group is answered here from {@link Prior}, which records that it was
 * asked so the caller can re-run the group if the assumption turns out wrong.
 */
final class MostVariantsMatched implements PathPreference {
  private final Prior prior;

  MostVariantsMatched(Prior prior) {
    this.prior = prior;
  }

  /**
   * What the whole-contig search would know about the truth variants included before this group: the allele id
   * on the first haplotype of the last one, or {@link #NONE}.
   */
  static final class Prior {
    static final int NONE = Integer.MIN_VALUE;
    final int lastTruthAlleleId;
    boolean consulted;

    Prior(int lastTruthAlleleId) {
      this.lastTruthAlleleId = lastTruthAlleleId;
    }
  }

  @Override
  public SearchPath better(SearchPath first, SearchPath second) {
    final Chain<Placement> firstTruth = first.truth.included();
    final Chain<Placement> secondTruth = second.truth.included();
    final int firstSize = Chain.size(first.query.included()) + Chain.size(firstTruth);
    final int secondSize = Chain.size(second.query.included()) + Chain.size(secondTruth);
    if (firstSize != secondSize) {
      return firstSize > secondSize ? first : second;
    }
    if (firstTruth == null || secondTruth == null) {
      prior.consulted = true;
      if (prior.lastTruthAlleleId == Prior.NONE) {
        return second;
      }
    }
    final int firstDelta = Math.abs(first.truthSinceSync - first.querySinceSync);
    final int secondDelta = Math.abs(second.truthSinceSync - second.querySinceSync);
    if (firstDelta != secondDelta) {
      return firstDelta < secondDelta ? first : second;
    }
    final int syncDelta = lastSync(first) - lastSync(second);
    if (syncDelta != 0) {
      return syncDelta > 0 ? first : second;
    }
    final int firstId = firstTruth == null ? prior.lastTruthAlleleId : firstTruth.value.firstAlleleId();
    final int secondId = secondTruth == null ? prior.lastTruthAlleleId : secondTruth.value.firstAlleleId();
    return firstId < secondId ? first : second;
  }

  private static int lastSync(SearchPath p) {
    return p.syncPoints == null ? 0 : p.syncPoints.value;
  }
}
