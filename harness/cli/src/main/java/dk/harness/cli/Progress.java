package dk.harness.cli;

import dk.harness.core.TooComplexRegion;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.Tally;
import dk.harness.report.VariantType;
import dk.harness.core.site.SiteType;
import dk.harness.report.SiteLevelTally;
import dk.harness.compare.ContigProgress;
import dk.harness.compare.MatchMode;
import dk.harness.compare.ProgressSink;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable progress and end-of-run summary on stderr. Progress lines are suppressed by {@code --quiet};
 * warnings (too-complex regions) never are. Not thread-safe: call from the run's main thread.
 */
final class Progress implements ProgressSink {
  /** How many too-complex regions to list by position before summarising the rest. */
  static final int TOO_COMPLEX_SHOWN = 10;

  private final PrintWriter err;
  private final boolean quiet;
  private final long startNanos;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.startNanos = System.nanoTime();
  }

  @Override
  public void info(String message) {
    if (!quiet) {
      err.println("harness: " + message);
      err.flush();
    }
  }

  @Override
  public void warn(String message) {
    err.println("harness: WARNING: " + message);
    err.flush();
  }

  /** One line per compared contig. */
  @Override
  public void contig(ContigProgress c) {
    if (quiet) {
      return;
    }
    final StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-8s truth %,d  query %,d records", c.contig(), c.truthRead(), c.queryRead()));
    if (c.truthCompared() != c.truthRead() || c.queryCompared() != c.queryRead()) {
      sb.append(String.format(Locale.ROOT, " (on target: truth %,d, query %,d)", c.truthCompared(),
          c.queryCompared()));
    }
    sb.append(c.separatePass() ? "; ALL + PASS" : "; ALL = PASS");
    final int complex = c.tooComplexRegions();
    if (complex > 0) {
      sb.append(String.format(Locale.ROOT, "; %d too-complex region(s)", complex));
    }
    sb.append(String.format(Locale.ROOT, "; read %s, compared %s, elapsed %s", seconds(c.readNanos()),
        seconds(c.compareNanos()), seconds(System.nanoTime() - startNanos)));
    info(sb.toString());
  }

  /**
   * Reports regions the engine could not resolve. Printed even with {@code --quiet}: their records are
   * excluded from TP/FP/FN, which changes the figures.
   */
  @Override
  public void tooComplex(String filter, List<Tally.TooComplexEntry> regions, long truthRecords, long queryRecords) {
    if (regions.isEmpty()) {
      return;
    }
    warn(String.format(Locale.ROOT, "%s: %d region(s) too complex to resolve; their %d truth and %d query records "
        + "are not counted as TP/FP/FN (listed in metrics.json and flagged TooComplex in the output VCF):",
        filter, regions.size(), truthRecords, queryRecords));
    for (int i = 0; i < Math.min(TOO_COMPLEX_SHOWN, regions.size()); i++) {
      final Tally.TooComplexEntry e = regions.get(i);
      final TooComplexRegion r = e.region();
      err.println(String.format(Locale.ROOT, "harness:   %s:%d-%d  truth %d, query %d records  (%s)", e.contig(),
          r.start() + 1, r.end(), r.truthRecords(), r.queryRecords(), r.reason()));
    }
    if (regions.size() > TOO_COMPLEX_SHOWN) {
      err.println("harness:   ... and " + (regions.size() - TOO_COMPLEX_SHOWN) + " more");
    }
    err.flush();
  }

  /** The summary table (counts after confident regions). */
  @Override
  public void summary(Tally tally) {
    if (quiet) {
      return;
    }
    err.println("harness: summary (confident regions applied):");
    err.println(String.format(Locale.ROOT, "  %-6s %-6s %11s %9s %9s %11s %9s %9s %8s %9s %8s", "Type", "Filter",
        "TRUTH.TOTAL", "TRUTH.TP", "TRUTH.FN", "QUERY.TOTAL", "QUERY.FP", "QUERY.UNK", "Recall", "Precision", "F1"));
    for (VariantType type : new VariantType[] {VariantType.INDEL, VariantType.SNP}) {
      for (FilterKind filter : FilterKind.values()) {
        final Counts c = tally.counts(filter, type);
        err.println(String.format(Locale.ROOT, "  %-6s %-6s %11d %9d %9d %11d %9d %9d %8s %9s %8s", type, filter,
            c.truthTotal(), c.truthTp(), c.truthFn(), c.queryTotal(), c.queryFp(), c.queryUnk(), ratio(c.recall()),
            ratio(c.precision()), ratio(c.f1())));
      }
    }
    err.flush();
  }

  /**
   * The site-level counts (site alleles) and the representation gap: records TP haplotype-aware but FN/FP at site
   * level, i.e. "errors" that are only a different way of writing the same variant.
   */
  @Override
  public void siteLevel(MatchMode match, SiteLevelTally s) {
    if (quiet || s == null) {
      return;
    }
    err.println("harness: site-level (exact position and alleles, multi-allelic records split; counts in site "
        + "alleles):");
    err.println(String.format(Locale.ROOT, "  %-6s %-6s %11s %9s %9s %11s %9s %9s %8s %9s %8s", "Type", "Filter",
        "TRUTH.TOTAL", "TRUTH.TP", "TRUTH.FN", "QUERY.TOTAL", "QUERY.FP", "QUERY.UNK", "Recall", "Precision", "F1"));
    for (VariantType type : new VariantType[] {VariantType.INDEL, VariantType.SNP}) {
      for (FilterKind filter : FilterKind.values()) {
        final Counts c = s.counts(filter, type);
        err.println(String.format(Locale.ROOT, "  %-6s %-6s %11d %9d %9d %11d %9d %9d %8s %9s %8s", type, filter,
            c.truthTotal(), c.truthTp(), c.truthFn(), c.queryTotal(), c.queryFp(), c.queryUnk(), ratio(c.recall()),
            ratio(c.precision()), ratio(c.f1())));
      }
    }
    err.println("harness: representation gap (records TP haplotype-aware but FN/FP at site level):");
    err.println(String.format(Locale.ROOT, "  %-6s %-8s %9s %9s", "Filter", "Type", "TRUTH.FN", "QUERY.FP"));
    for (FilterKind filter : FilterKind.values()) {
      long t = 0;
      long q = 0;
      for (SiteType type : SiteType.values()) {
        err.println(String.format(Locale.ROOT, "  %-6s %-8s %9d %9d", filter, type.name().toLowerCase(Locale.ROOT),
            s.gapTruth(filter, type), s.gapQuery(filter, type)));
        t += s.gapTruth(filter, type);
        q += s.gapQuery(filter, type);
      }
      err.println(String.format(Locale.ROOT, "  %-6s %-8s %9d %9d", filter, "total", t, q));
    }
    err.println("harness: the summary table above reports " + match.label() + " matching (--match)");
    err.flush();
  }

  @Override
  public void outputs(List<Path> files) {
    if (quiet) {
      return;
    }
    err.println(String.format(Locale.ROOT, "harness: done in %s; outputs:", seconds(System.nanoTime() - startNanos)));
    for (Path f : files) {
      err.println("  " + f);
    }
    err.flush();
  }

  private static String ratio(Double d) {
    return d == null ? "." : String.format(Locale.ROOT, "%.4f", d);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
