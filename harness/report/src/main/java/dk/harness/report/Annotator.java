package dk.harness.report;

import dk.harness.core.Decision;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Adds strata membership, hap.py's TS_contained/TS_boundary tags and ROC scores to the counting
 * classification of one contig. Not thread-safe: it keeps the strata intervals of the last contig it saw.
 */
final class Annotator {
  private static final int HAS_CONF = 1;
  private static final int HAS_NON_CONF = 2;
  private static final int[] NO_STRATA = new int[0];

  private final ReportContext context;
  private final CountingRules rules;
  private String lastContig;
  private ContigIntervals[] lastIntervals;

  Annotator(ReportContext context) {
    this.context = context;
    this.rules = context.rules();
  }

  AnnotatedContig annotate(ContigOutcome outcome) {
    return annotate(outcome, rules.classify(outcome));
  }

  /** {@link #annotate(ContigOutcome)} with the outcome already classified by the context's rules. */
  AnnotatedContig annotate(ContigOutcome outcome, CountingRules.Classification cls) {
    final String contig = outcome.contig();
    // block -> lowest query TP score, and block -> confident/non-confident mix (hap.py's superlocus flags)
    final BlockTable blocks = new BlockTable(cls.truth().size() + cls.query().size());
    for (Classified q : cls.query()) {
      final Decision d = q.decision();
      if (d.outcome() == Outcome.TP && d.block() >= 0) {
        final double s = q.record().variant().score();
        if (!Double.isNaN(s)) {
          blocks.minScore(d.block(), s);
        }
      }
      mix(blocks, q);
    }
    for (Classified t : cls.truth()) {
      mix(blocks, t);
    }
    final List<Annotated> truth = new ArrayList<>(cls.truth().size());
    final ContigIntervals[] intervals = strataIntervals(contig);
    ContigIntervals.Cursor[] strata = cursors(intervals);
    final int[] scratch = new int[intervals.length];
    for (Classified t : cls.truth()) {
      final double score = t.decision().outcome() == Outcome.TP && t.decision().block() >= 0
          ? blocks.minScore(t.decision().block()) : Double.NaN;
      truth.add(annotate(strata, scratch, t, blocks, score));
    }
    final List<Annotated> query = new ArrayList<>(cls.query().size());
    strata = cursors(intervals);
    for (Classified q : cls.query()) {
      query.add(annotate(strata, scratch, q, blocks, q.record().variant().score()));
    }
    return new AnnotatedContig(contig, truth, query, outcome.result().tooComplex());
  }

  /** The strata's intervals on {@code contig}; the last contig's are kept, as ALL and PASS ask in turn. */
  private ContigIntervals[] strataIntervals(String contig) {
    if (!contig.equals(lastContig)) {
      final ContigIntervals[] intervals = new ContigIntervals[context.strata().size()];
      for (int i = 0; i < intervals.length; i++) {
        intervals[i] = new ContigIntervals(context.strata().get(i).regions(), contig);
      }
      lastContig = contig;
      lastIntervals = intervals;
    }
    return lastIntervals;
  }

  private static ContigIntervals.Cursor[] cursors(ContigIntervals[] intervals) {
    final ContigIntervals.Cursor[] out = new ContigIntervals.Cursor[intervals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = intervals[i].cursor();
    }
    return out;
  }

  /** @param scratch room for one index per stratum, overwritten */
  private Annotated annotate(ContigIntervals.Cursor[] strataLookups, int[] scratch, Classified c,
      BlockTable blocks, double score) {
    final Variant v = c.record().variant();
    final int start = v.replayStart();
    final int end = v.end();
    int hits = 0;
    for (int i = 0; i < strataLookups.length; i++) {
      if (strataLookups[i].overlaps(start, end)) {
        scratch[hits++] = i;
      }
    }
    final int[] strata = hits == 0 ? NO_STRATA : Arrays.copyOf(scratch, hits);
    Annotated.Boundary boundary = Annotated.Boundary.NONE;
    if (context.confident() != null && c.verdict().counted()) {
      final int block = c.decision().reportedBlock();
      final int flags = block >= 0 ? blocks.flags(block) : (c.confident() ? HAS_CONF : HAS_NON_CONF);
      if (flags == (HAS_CONF | HAS_NON_CONF)) {
        boundary = Annotated.Boundary.BOUNDARY;
      } else if (flags == HAS_CONF) {
        boundary = Annotated.Boundary.CONTAINED;
      }
    }
    return new Annotated(c, VariantFacts.of(v), strata, boundary, score);
  }

  private static void mix(BlockTable blocks, Classified c) {
    final int block = c.decision().reportedBlock();
    if (block >= 0 && c.verdict().counted()) {
      blocks.orFlags(block, c.confident() ? HAS_CONF : HAS_NON_CONF);
    }
  }
}
