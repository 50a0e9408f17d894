package dk.harness.report;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of the sinks that need annotated records: annotates each contig once per comparison (once in all
 * when {@code pass == all}) and tracks the contigs that had records. {@link ReportWriter} annotates once for
 * all its sinks through {@link #acceptAnnotated}. Not thread-safe.
 */
abstract class AnnotatingSink implements ResultSink {
  final ReportContext context;
  private final Annotator annotator;
  private final Set<String> contigsWithRecords = new LinkedHashSet<>();

  AnnotatingSink(ReportContext context) {
    this.context = context;
    this.annotator = new Annotator(context);
  }

  @Override
  public final void accept(ContigOutcome all, ContigOutcome pass) throws IOException {
    final AnnotatedContig a = annotator.annotate(all);
    final AnnotatedContig p = pass == all ? a : annotator.annotate(pass);
    acceptAnnotated(a, p);
  }

  /** Receives one contig of both comparisons ({@code pass == all} when nothing was filtered). */
  final void acceptAnnotated(AnnotatedContig all, AnnotatedContig pass) throws IOException {
    if (!all.truth().isEmpty() || !all.query().isEmpty()) {
      contigsWithRecords.add(all.contig());
    }
    onContig(all, pass);
  }

  abstract void onContig(AnnotatedContig all, AnnotatedContig pass) throws IOException;

  /**
   * Bases of the contigs that had records, from the context's contig lengths: hap.py's Subset.Size for
   * {@code *} (hap.py takes the non-N length of the contigs in its output VCF).
   */
  final long genomeSize() {
    long total = 0;
    for (String c : contigsWithRecords) {
      total += context.contigLengths().getOrDefault(c, 0L);
    }
    return total;
  }
}
