package dk.harness.testkit;

import dk.harness.core.ContigResult;
import dk.harness.core.Decision;
import dk.harness.core.RegionSet;
import dk.harness.io.LoadedRecord;
import dk.harness.report.ContigOutcome;
import dk.harness.report.CountingRules;
import dk.harness.report.ResultSink;
import dk.harness.report.Tally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds oracle runs to the report module, so the oracle tests also check the harness's own counting
 * ({@link Tally}, {@link CountingRules}) and outputs. Stateless.
 */
public final class ReportBridge {
  private ReportBridge() {
  }

  /** The report module's view of one contig: the compared records (filtered ones left out) and decisions. */
  public static ContigOutcome outcome(ContigRun run) {
    final List<LoadedRecord> truth = new ArrayList<>();
    final List<Decision> truthDec = new ArrayList<>();
    final List<LoadedRecord> query = new ArrayList<>();
    final List<Decision> queryDec = new ArrayList<>();
    for (Judged j : run.truth()) {
      if (j.compared()) {
        truth.add(j.record());
        truthDec.add(j.decision());
      }
    }
    for (Judged j : run.query()) {
      if (j.compared()) {
        query.add(j.record());
        queryDec.add(j.decision());
      }
    }
    return new ContigOutcome(run.contig(), truth, query,
        new ContigResult(run.contig(), truthDec, queryDec, run.tooComplex()));
  }

  /**
   * Sends every contig to a sink and finishes it.
   *
   * @param all the run over every record
   * @param pass the PASS-only run of the same inputs (may be the same list when nothing is filtered)
   * @throws IllegalArgumentException if the two runs do not cover the same contigs in the same order
   */
  public static void feed(ResultSink sink, List<ContigRun> all, List<ContigRun> pass) {
    if (all.size() != pass.size()) {
      throw new IllegalArgumentException(all.size() + " ALL contigs but " + pass.size() + " PASS contigs");
    }
    try {
      for (int c = 0; c < all.size(); c++) {
        if (!all.get(c).contig().equals(pass.get(c).contig())) {
          throw new IllegalArgumentException("contig order differs: " + all.get(c).contig() + " vs "
              + pass.get(c).contig());
        }
        final ContigOutcome a = outcome(all.get(c));
        sink.accept(a, all == pass ? a : outcome(pass.get(c)));
      }
      sink.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The harness's tally of a run. Only the PASS row is meaningful when {@code all == pass} stands in for a
   * PASS-only run.
   */
  public static Tally tally(List<ContigRun> all, List<ContigRun> pass, RegionSet bed) {
    final Tally t = new Tally(new CountingRules(bed));
    feed(t, all, pass);
    return t;
  }
}
