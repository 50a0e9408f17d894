package dk.harness.report;

import dk.harness.core.Decision;
import dk.harness.core.Outcome;
import dk.harness.core.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds strata membership, hap.py's TS_contained/TS_boundary tags and ROC scores to the counting
 * classification of one contig. Immutable and thread-safe.
 */
final class Annotator {
  private static final int HAS_CONF = 1;
  private static final int HAS_NON_CONF = 2;

  private final ReportContext context;
  private final CountingRules rules;

  Annotator(ReportContext context) {
    this.context = context;
    this.rules = context.rules();
  }

  AnnotatedContig annotate(ContigOutcome outcome) {
    final CountingRules.Classification cls = rules.classify(outcome);
    final String contig = outcome.contig();
    // block -> lowest query TP score, and block -> confident/non-confident mix (hap.py's superlocus flags)
    final Map<Integer, Double> tpScore = new HashMap<>();
    final Map<Integer, Integer> confMix = new HashMap<>();
    for (Classified q : cls.query()) {
      final Decision d = q.decision();
      if (d.outcome() == Outcome.TP && d.block() >= 0) {
        final double s = q.record().variant().score();
        if (!Double.isNaN(s)) {
          tpScore.merge(d.block(), s, Math::min);
        }
      }
      mix(confMix, q);
    }
    for (Classified t : cls.truth()) {
      mix(confMix, t);
    }
    final List<Annotated> truth = new ArrayList<>(cls.truth().size());
    for (Classified t : cls.truth()) {
      final double score = t.decision().outcome() == Outcome.TP && t.decision().block() >= 0
          ? tpScore.getOrDefault(t.decision().block(), Double.NaN) : Double.NaN;
      truth.add(annotate(contig, t, confMix, score));
    }
    final List<Annotated> query = new ArrayList<>(cls.query().size());
    for (Classified q : cls.query()) {
      query.add(annotate(contig, q, confMix, q.record().variant().score()));
    }
    return new AnnotatedContig(contig, truth, query, outcome.result().tooComplex());
  }

  private Annotated annotate(String contig, Classified c, Map<Integer, Integer> confMix, double score) {
    final Variant v = c.record().variant();
    final List<String> strata = new ArrayList<>(0);
    for (Stratum s : context.strata()) {
      if (s.regions().overlaps(contig, v.replayStart(), v.end())) {
        strata.add(s.name());
      }
    }
    Annotated.Boundary boundary = Annotated.Boundary.NONE;
    if (context.confident() != null && c.verdict().counted()) {
      final int block = c.decision().reportedBlock();
      final int flags = block >= 0 ? confMix.getOrDefault(block, 0) : (c.confident() ? HAS_CONF : HAS_NON_CONF);
      if (flags == (HAS_CONF | HAS_NON_CONF)) {
        boundary = Annotated.Boundary.BOUNDARY;
      } else if (flags == HAS_CONF) {
        boundary = Annotated.Boundary.CONTAINED;
      }
    }
    return new Annotated(c, VariantFacts.of(v), List.copyOf(strata), boundary, score);
  }

  private static void mix(Map<Integer, Integer> confMix, Classified c) {
    final int block = c.decision().reportedBlock();
    if (block >= 0 && c.verdict().counted()) {
      confMix.merge(block, c.confident() ? HAS_CONF : HAS_NON_CONF, (a, b) -> a | b);
    }
  }
}
