package dk.harness.compare;

import dk.harness.io.Faults;
import dk.harness.io.InputException;
import dk.harness.report.FilterKind;
import dk.harness.report.NotAssessedTally;
import dk.harness.report.OutputPaths;
import dk.harness.report.ReportContext;
import dk.harness.report.ReportWriter;
import dk.harness.report.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes every report of one comparison from its compared contigs, all or nothing: into a temporary folder that
 * {@link AtomicOutput} moves into place only when every contig was written. Shared by {@link Comparison} (contigs
 * straight from the engine) and {@code harness merge} (contigs replayed from shard results), so both write the
 * same bytes for the same contigs. Stateless.
 */
public final class ReportOutput {
  /** Receives the compared contigs, in reference order. */
  @FunctionalInterface
  public interface ContigSink {
    void accept(ComparedContig contig) throws IOException;

    /**
     * Records a side's reader skipped without handing them to the comparison (records without GT in a file that
     * has GT elsewhere); call once per side after the last contig. They are counted as not assessed
     * ({@code no_genotype}).
     */
    default void skippedByReader(NotAssessedTally.Side side, long count) {
    }
  }

  /** Produces the compared contigs in reference order, handing each to the sink. */
  @FunctionalInterface
  public interface ContigFeed {
    void feed(ContigSink sink) throws Exception;
  }

  private ReportOutput() {
  }

  /**
   * Opens the outputs of {@code output}, feeds every contig through one {@link ReportWriter} (with site-level
   * reporting), finishes it and moves the files into place; reports the totals to {@code progress}, with the
   * records that could not be assessed. A truth without any assessable variant (inside the confident regions) is
   * refused before anything is moved into place; a query without one is a warning.
   *
   * @param output the output prefix
   * @param match which decisions the hap.py-style outputs report
   * @throws InputException if the prefix cannot be written, or the truth has no assessable variant (nothing is
   *     left behind)
   * @throws Exception whatever the feed throws (nothing is left behind)
   */
  public static ComparisonResult write(Path output, ReportContext context, RunInfo runInfo, MatchMode match,
      ProgressSink progress, ContigFeed feed) throws Exception {
    return write(output, context, () -> runInfo, match, progress, feed);
  }

  /**
   * {@link #write(Path, ReportContext, RunInfo, MatchMode, ProgressSink, ContigFeed)} with the provenance asked for
   * once, after the last contig (see {@link ReportWriter#ReportWriter(OutputPaths, ReportContext, Supplier, boolean)}).
   */
  public static ComparisonResult write(Path output, ReportContext context, Supplier<RunInfo> runInfo,
      MatchMode match, ProgressSink progress, ContigFeed feed) throws Exception {
    try (AtomicOutput out = create(output)) {
      for (String note : out.notes()) {
        if (note.startsWith("removed")) {
          progress.info(note);
        } else {
          progress.warn(note);
        }
      }
      final ReportWriter writer = new ReportWriter(OutputPaths.forPrefix(out.tempPrefix().toString()), context,
          runInfo, true);
      try (writer) {
        feed.feed(new ContigSink() {
          @Override
          public void accept(ComparedContig c) throws IOException {
            writer.accept(c.reportedAll(match), c.reportedPass(match));
            writer.acceptSiteLevel(c.all(), c.pass(), c.siteAll(), c.sitePass());
          }

          @Override
          public void skippedByReader(NotAssessedTally.Side side, long count) {
            writer.tally().notAssessed().addSkippedByReader(side, count);
          }
        });
        writer.finish();
        for (FilterKind f : FilterKind.values()) {
          progress.tooComplex(f.name(), writer.tally().tooComplex(f), writer.tally().tooComplexTruth(f),
              writer.tally().tooComplexQuery(f));
        }
        AccountingChecks.report(writer.tally().notAssessed(), context.confident() != null, progress);
        // Before anything is moved into place: an empty truth leaves no output behind.
        AccountingChecks.requireTruthAndQuery(writer.tally(), writer.runInfo(), context.confident() != null,
            progress);
        progress.summary(writer.tally());
        progress.siteLevel(match, writer.siteLevel());
      }
      out.commit();
      final List<Path> outputs = OutputPaths.forPrefix(out.finalPrefix().toString()).all();
      progress.outputs(outputs);
      return new ComparisonResult(writer.tally(), writer.runInfo(), outputs, match, writer.siteLevel());
    }
  }

  private static AtomicOutput create(Path output) {
    try {
      return AtomicOutput.create(output);
    } catch (IOException e) {
      final InputException fault = Faults.classify(e, output);
      throw fault != null ? fault : new InputException(output, -1, "cannot write outputs with this prefix (" + e
          + ")", "choose an --output prefix in a writable folder", e);
    }
  }
}
