package dk.harness.report;

import java.io.IOException;

/**
 * Receives comparison results contig by contig, in reference order, and writes one output. Sinks keep only
 * running totals (or stream records out), so memory does not grow with the genome.
 *
 * <p>{@code all} is the comparison of every record; {@code pass} the comparison with filtered records removed
 * before matching (vcfeval's default). When no record is filtered the two are the same object.
 */
public interface ResultSink extends AutoCloseable {
  void accept(ContigOutcome all, ContigOutcome pass) throws IOException;

  /** Writes the output; called once after the last contig. */
  void finish() throws IOException;

  @Override
  default void close() throws IOException {
  }
}
