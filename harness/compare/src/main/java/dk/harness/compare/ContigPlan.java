package dk.harness.compare;

import dk.harness.io.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which contigs are compared, in which order, and how each side's records are fetched. Contigs are compared in
 * reference (.fai) order; a contig with records on one side only is compared against an empty list on the other.
 * A side whose contigs already come in that order is streamed; otherwise it is read through its index.
 * Immutable.
 *
 * @param contigs contigs with records on either side, in reference order
 * @param streamTruth whether the truth file can be read sequentially in that order
 * @param streamQuery whether the query file can be read sequentially in that order
 */
public record ContigPlan(List<String> contigs, boolean streamTruth, boolean streamQuery) {
  public ContigPlan {
    contigs = List.copyOf(contigs);
  }

  /**
   * @param referenceOrder reference contig names in .fai order; must contain every contig with records (the
   *     contig-naming check guarantees it)
   * @param truthContigs truth contigs with records, in file order
   * @param queryContigs query contigs with records, in file order
   * @throws InputException when a side is out of reference order and has no index to read it by contig
   */
  public static ContigPlan of(Collection<String> referenceOrder, Path truth, List<String> truthContigs,
      boolean truthIndexed, Path query, List<String> queryContigs, boolean queryIndexed) {
    final Map<String, Integer> rank = new HashMap<>();
    for (String c : referenceOrder) {
      rank.putIfAbsent(c, rank.size());
    }
    final Comparator<String> byRank = Comparator.comparingInt(c -> rank.getOrDefault(c, Integer.MAX_VALUE));
    final Set<String> union = new LinkedHashSet<>(truthContigs);
    union.addAll(queryContigs);
    final List<String> order = new ArrayList<>(union);
    order.sort(byRank.thenComparing(Comparator.naturalOrder()));
    final boolean streamTruth = inOrder(truthContigs, byRank);
    final boolean streamQuery = inOrder(queryContigs, byRank);
    if (!streamTruth && !truthIndexed) {
      throw outOfOrder(truth, "truth", truthContigs);
    }
    if (!streamQuery && !queryIndexed) {
      throw outOfOrder(query, "query", queryContigs);
    }
    return new ContigPlan(order, streamTruth, streamQuery);
  }

  private static boolean inOrder(List<String> contigs, Comparator<String> byRank) {
    for (int i = 1; i < contigs.size(); i++) {
      if (byRank.compare(contigs.get(i - 1), contigs.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static InputException outOfOrder(Path vcf, String role, List<String> contigs) {
    return new InputException(vcf, -1, "the " + role + " VCF's contigs are not in the reference's order ("
        + String.join(", ", contigs.subList(0, Math.min(5, contigs.size()))) + (contigs.size() > 5 ? ", ..." : "")
        + ") and it has no index to read them in that order",
        "bgzip it and index it with 'tabix -p vcf', or sort it in reference order with 'bcftools sort'");
  }
}
