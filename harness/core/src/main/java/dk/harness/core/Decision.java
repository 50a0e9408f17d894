package dk.harness.core;

/**
 * What the comparison decided for one record.
 *
 * @param id the {@link Variant#id()} of the record
 * @param outcome TP/FP/FN, or why the record took no part
 * @param level the GA4GH match level (BK)
 * @param block 0-based reference position of the sync point that opens the block of the genotype-level search
 *     this record was resolved in ({@code -1} if none); records matched together share a block. The allele-match
 *     pass has its own blocks, reported in {@code alleleBlock}.
 * @param alleleBlock block of the allele-match pass, or {@code -1}
 */
public record Decision(int id, Outcome outcome, MatchLevel level, int block, int alleleBlock) {

  /** The block id to report (GA4GH BS): the allele-match block for am records, else the genotype block. */
  public int reportedBlock() {
    return level == MatchLevel.AM && alleleBlock >= 0 ? alleleBlock : block;
  }
}
