package dk.harness.report;

import dk.harness.core.RegionSet;
import java.util.List;

/**
 * The single place where decisions become counts, reproducing RTG vcfeval's numbers with GA4GH semantics.
 * Every report uses it. Stateless apart from the confident regions; thread-safe.
 *
 * <ul>
 *   <li>NOT_VARIANT records are ignored; TOO_COMPLEX records are counted apart, never as TP/FP/FN/UNK.</li>
 *   <li>Confident regions are applied after matching, on the span {@code [replayStart(), end())} with
 *       {@link RegionSet#overlaps}.</li>
 *   <li>Truth: counted only if confident; TP stays TP, FN stays FN; outside records are dropped
 *       ({@link Verdict#UNK} with {@code confident == false}, never counted for truth).</li>
 *   <li>Query TP: TP only if its decision block holds at least one confident truth TP (vcfeval's TP weight
 *       rule), else UNK. Query FP: confident -> FP, else UNK.</li>
 *   <li>FP.gt = confident query FP at level AM; FP.al = confident query FP at level LM.</li>
 * </ul>
 */
public final class CountingRules {
  /**
   * @param confident confident regions, or {@code null} when everything is confident
   */
  public CountingRules(RegionSet confident) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The confident regions, or {@code null} if everything is confident. */
  public RegionSet confident() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Whether the record's span {@code [replayStart, end)} is confident. */
  public boolean isConfident(String contig, dk.harness.core.Variant v) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Classifies every record of one contig.
   *
   * @param outcome records and decisions of one contig
   * @return the classification, lists parallel to {@code outcome.truth()} / {@code outcome.query()}
   */
  public Classification classify(ContigOutcome outcome) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * The classified records of one contig.
   *
   * @param contig contig name
   * @param truth one entry per truth record, in input order
   * @param query one entry per query record, in input order
   */
  public record Classification(String contig, List<Classified> truth, List<Classified> query) {
    public Classification {
      truth = List.copyOf(truth);
      query = List.copyOf(query);
    }
  }
}
