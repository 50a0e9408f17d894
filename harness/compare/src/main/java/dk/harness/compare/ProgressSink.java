package dk.harness.compare;

import dk.harness.report.Tally;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a {@link Comparison} reports what it is doing. {@code harness compare} prints to stderr; {@code harness
 * run} feeds its per-submission progress display. A comparison calls its sink from the thread that called
 * {@link Comparison#run}, in this order: {@link #info}/{@link #warn} while checking inputs, {@link #contig} once per
 * compared contig, then {@link #tooComplex} (ALL, then PASS), {@link #warn}/{@link #info} about records that could
 * not be assessed (and an empty query), {@link #summary}, {@link #siteLevel} and {@link #outputs}.
 * Implementations shared by several comparisons must be thread-safe.
 */
public interface ProgressSink {
  /** A sink that drops everything. */
  ProgressSink SILENT = new ProgressSink() {
  };

  /** A progress message (suppressible). */
  default void info(String message) {
  }

  /** A warning about the inputs (should always be shown). */
  default void warn(String message) {
  }

  /** One contig was compared. */
  default void contig(ContigProgress contig) {
  }

  /**
   * Regions the engine could not resolve, for one comparison ({@code "ALL"} or {@code "PASS"}); called even when
   * the list is empty. Their records are excluded from TP/FP/FN, which changes the figures, so show them.
   */
  default void tooComplex(String filter, List<dk.harness.report.Tally.TooComplexEntry> regions, long truthRecords,
      long queryRecords) {
  }

  /** The final counts (confident regions applied), of the decisions the outputs report. */
  default void summary(Tally tally) {
  }

  /**
   * The site-level counts and the representation gap (called right after {@link #summary}).
   *
   * @param match which decisions {@link #summary} reported
   */
  default void siteLevel(MatchMode match, dk.harness.report.SiteLevelTally siteLevel) {
  }

  /** The output files, after they were moved into place. */
  default void outputs(List<Path> files) {
  }
}
