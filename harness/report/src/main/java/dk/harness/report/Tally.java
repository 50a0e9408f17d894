package dk.harness.report;

import dk.harness.core.TooComplexRegion;
import java.io.IOException;
import java.util.List;

/**
 * Running totals of the counting rules over all contigs: the numbers behind summary.csv, metrics.json and
 * the CLI's stderr summary. Not thread-safe; feed it from one thread.
 */
public final class Tally implements ResultSink {

  /** A too-complex region with its contig, for reporting. */
  public record TooComplexEntry(String contig, TooComplexRegion region) {
  }

  public Tally(CountingRules rules) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void finish() {
  }

  /** Counts of one filter row and type. */
  public Counts counts(FilterKind filter, VariantType type) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Counts of one filter row over both types. */
  public Counts total(FilterKind filter) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Too-complex regions of the ALL comparison, in the order received. */
  public List<TooComplexEntry> tooComplex(FilterKind filter) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Truth records (of the ALL comparison) that were not variants. */
  public long notVariantTruth() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Query records (of the ALL comparison) that were not variants. */
  public long notVariantQuery() {
    throw new UnsupportedOperationException("not yet");
  }

  /** Truth / query records (of the given comparison) inside too-complex regions. */
  public long tooComplexTruth(FilterKind filter) {
    throw new UnsupportedOperationException("not yet");
  }

  public long tooComplexQuery(FilterKind filter) {
    throw new UnsupportedOperationException("not yet");
  }
}
