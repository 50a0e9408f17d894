package dk.harness.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes hap.py 0.3.15's {@code extended.csv}: one row per Type, Subtype, Subset and Filter (Genotype is
 * {@code *} as in hap.py's output; het/homalt and ti/tv are inline columns), with Subset {@code *}, each
 * stratum, and hap.py's TS_contained / TS_boundary block tags when confident regions are given. Not
 * thread-safe.
 */
public final class ExtendedCsvSink extends AnnotatingSink {
  /** hap.py 0.3.15's extended.csv header line, without line terminator. */
  public static final String HEADER = ExtendedFormat.HEADER;

  private final Path out;
  private final StratifiedCounts counts;

  /**
   * @param out file to write on {@link #finish()}
   * @param context report context (strata, confident regions, contig lengths)
   */
  public ExtendedCsvSink(Path out, ReportContext context) {
    this(out, context, StratifiedCounts.of(context));
  }

  /** @param counts counts with every stratum of {@code context}, possibly shared with other sinks */
  ExtendedCsvSink(Path out, ReportContext context, StratifiedCounts counts) {
    super(context);
    this.out = out;
    this.counts = counts;
  }

  @Override
  void onContig(AnnotatedContig all, AnnotatedContig pass) {
    counts.add(all, FilterKind.ALL);
    counts.add(pass, FilterKind.PASS);
  }

  @Override
  public void finish() throws IOException {
    final ExtendedFormat fmt = new ExtendedFormat(context, genomeSize());
    // The file is its own resource: on a full disk the writer's close fails before it closes the file.
    try (OutputStream file = Files.newOutputStream(out);
        Writer w = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      w.write(HEADER);
      w.write('\n');
      for (RowKey k : counts.rows()) {
        w.write(fmt.line(k, "*", counts.cell(k)));
        w.write('\n');
      }
    }
  }
}
