package dk.harness.council;

import dk.harness.report.Counts;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The overview as CSV (one row per unit and sample, every number in its own column) and as Markdown for the
 * council's minutes. Untrusted text is escaped with {@link Text#csv} resp. {@link Text#markdown}. Stateless.
 */
public final class OverviewText {
  static final List<VariantType> TYPES = List.of(VariantType.SNP, VariantType.INDEL);
  static final List<Metric> METRICS = List.of(Metric.RECALL, Metric.PRECISION, Metric.F1);

  private OverviewText() {
  }

  /** The display name of a type: SNV or Indel. */
  static String typeName(VariantType t) {
    return t == VariantType.SNP ? "SNV" : "Indel";
  }

  static String metricName(Metric m) {
    return switch (m) {
      case RECALL -> "recall";
      case PRECISION -> "precision";
      case F1 -> "F1";
    };
  }

  private static boolean anyGap(ReportData d) {
    return d.rows().stream().anyMatch(r -> r.result().representationGap() != null);
  }

  /**
   * The overview as CSV: header line, then one line per submission. Metrics are PASS calls over the confident
   * regions with 95% Jeffreys intervals; {@code tp} is TRUTH.TP, {@code fp} QUERY.FP, {@code fn} TRUTH.FN; the
   * representation-gap columns (records that are errors only at site level) appear when any submission has them;
   * the {@code sv_} columns of {@link SvText#csvHead} when the run has SV parts (then a unit with an SV part only
   * has a line too, its small-variant columns empty).
   */
  public static String csv(ReportData d) {
    final List<String> head = new ArrayList<>(List.of("run_id", "unit", "sample", "pipeline_name",
        "pipeline_version", "truth_set", "truth_set_version", "verdict", "reasons"));
    for (VariantType t : TYPES) {
      final String p = t == VariantType.SNP ? "snv_" : "indel_";
      for (Metric m : METRICS) {
        final String n = p + m.name().toLowerCase(Locale.ROOT);
        head.addAll(List.of(n, n + "_lower", n + "_upper"));
      }
      head.addAll(List.of(p + "tp", p + "fp", p + "fn"));
    }
    head.add("previous_run_id");
    for (VariantType t : TYPES) {
      for (Metric m : METRICS) {
        head.add("change_" + (t == VariantType.SNP ? "snv_" : "indel_") + m.name().toLowerCase(Locale.ROOT));
      }
    }
    final boolean gap = anyGap(d);
    if (gap) {
      head.add("representation_gap_truth_fn");
      head.add("representation_gap_query_fp");
    }
    final int smallColumns = head.size();
    final boolean sv = !d.run().svParts().isEmpty();
    if (sv) {
      head.addAll(SvText.csvHead());
    }
    final StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", head)).append("\r\n");
    for (OverviewRow r : d.rows()) {
      final SubmissionInfo i = r.info();
      final List<String> f = new ArrayList<>();
      f.add(Text.csv(d.run().run().runId()));
      f.add(Text.csv(i.unit()));
      f.add(Text.csv(i.sample()));
      f.add(Text.csv(i.pipelineName()));
      f.add(Text.csv(i.pipelineVersion()));
      f.add(Text.csv(i.truthSetId()));
      f.add(Text.csv(i.truthSetVersion()));
      f.add(Text.csv(i.verdict()));
      f.add(Text.csv(String.join(" | ", i.mainReasons())));
      for (VariantType t : TYPES) {
        for (Metric m : METRICS) {
          final MetricValue v = r.value(t, m);
          f.add(v == null ? "" : Text.number(v.point(), 6));
          f.add(v == null ? "" : Text.number(v.lower(), 6));
          f.add(v == null ? "" : Text.number(v.upper(), 6));
        }
        final Counts c = r.counts(t);
        f.add(c == null ? "" : Long.toString(c.truthTp()));
        f.add(c == null ? "" : Long.toString(c.queryFp()));
        f.add(c == null ? "" : Long.toString(c.truthFn()));
      }
      f.add(r.previous() == null ? "" : Text.csv(r.previous().runId()));
      for (VariantType t : TYPES) {
        for (Metric m : METRICS) {
          final Double delta = r.delta(t, m);
          f.add(delta == null ? "" : Text.number(delta, 6));
        }
      }
      if (gap) {
        final RepresentationGap g = r.result().representationGap();
        f.add(g == null ? "" : Long.toString(g.truthFn()));
        f.add(g == null ? "" : Long.toString(g.queryFp()));
      }
      if (sv) {
        f.addAll(SvText.csvFields(SvText.part(d, i.unit(), i.sample())));
      }
      sb.append(String.join(",", f)).append("\r\n");
    }
    // A unit that submitted SVs only: its line has the small-variant columns empty.
    for (SvPart p : d.run().svParts()) {
      if (SvText.hasSmall(d, p)) {
        continue;
      }
      final List<String> f = new ArrayList<>(List.of(Text.csv(d.run().run().runId()), Text.csv(p.info().unit()),
          Text.csv(p.info().sample()), Text.csv(p.info().pipelineName()), Text.csv(p.info().pipelineVersion())));
      while (f.size() < smallColumns) {
        f.add("");
      }
      f.addAll(SvText.csvFields(p));
      sb.append(String.join(",", f)).append("\r\n");
    }
    return sb.toString();
  }

  /** The overview for minutes: a heading, the verdict counts, the table, the medians and every reason. */
  public static String markdown(ReportData d) {
    final RunInfo run = d.run().run();
    final StringBuilder sb = new StringBuilder();
    sb.append("# Benchmark of germline small-variant calls: run ").append(Text.markdown(run.runId())).append("\n\n");
    final int[] n = d.verdictCounts();
    sb.append(String.format(Locale.ROOT, "%d submissions: %d PASS, %d WARN, %d FAIL, %d ERROR. ",
        d.rows().size(), n[0], n[1], n[2], n[3]));
    sb.append("Criteria ").append(Text.markdown(run.criteriaVersion() == null ? "?" : run.criteriaVersion()))
        .append("; run started ").append(Text.markdown(run.startedAt())).append(" (harness ")
        .append(Text.markdown(run.harnessVersion())).append(").\n\n");
    sb.append("Metrics are for PASS calls in the truth set's confident regions; brackets hold the 95% Jeffreys "
        + "interval. TP = truth variants found, FP = false calls, FN = truth variants missed.\n\n");
    final boolean gap = anyGap(d);
    sb.append("| Unit | Sample | Pipeline | Verdict |");
    for (VariantType t : TYPES) {
      for (Metric m : METRICS) {
        sb.append(' ').append(typeName(t)).append(' ').append(metricName(m)).append(" |");
      }
      sb.append(' ').append(typeName(t)).append(" TP / FP / FN |");
    }
    sb.append(" Change in F1 since previous (SNV / Indel) |");
    if (gap) {
      sb.append(" Written differently (PASS) |");
    }
    sb.append('\n');
    sb.append("|---|---|---|---|");
    sb.append("---:|".repeat(2 * (METRICS.size() + 1) + 1));
    if (gap) {
      sb.append("---|");
    }
    sb.append('\n');
    for (OverviewRow r : d.rows()) {
      final SubmissionInfo i = r.info();
      sb.append("| ").append(Text.markdown(i.unit())).append(" | ").append(Text.markdown(i.sample())).append(" | ")
          .append(Text.markdown(i.pipeline())).append(" | **").append(Text.markdown(i.verdict())).append("** |");
      for (VariantType t : TYPES) {
        for (Metric m : METRICS) {
          final MetricValue v = r.value(t, m);
          sb.append(' ').append(v == null ? "–" : Text.ratio(v.point()) + " (" + v.intervalText() + ")")
              .append(" |");
        }
        final Counts c = r.counts(t);
        sb.append(' ').append(c == null ? "–" : c.truthTp() + " / " + c.queryFp() + " / " + c.truthFn())
            .append(" |");
      }
      sb.append(' ').append(change(r)).append(" |");
      if (gap) {
        final RepresentationGap g = r.result().representationGap();
        sb.append(' ').append(g == null ? "–" : g.shortText()).append(" |");
      }
      sb.append('\n');
    }
    for (String sample : d.run().samples()) {
      if (d.compared(sample).isEmpty()) {
        continue;
      }
      sb.append("| **National median** | ").append(Text.markdown(sample)).append(" | | |");
      for (VariantType t : TYPES) {
        for (Metric m : METRICS) {
          sb.append(' ').append(Text.ratio(d.median(sample, t, m))).append(" |");
        }
        sb.append(" |");
      }
      sb.append(" |");
      if (gap) {
        sb.append(" |");
      }
      sb.append('\n');
    }
    sb.append("\n## Reasons for the verdicts\n\n");
    boolean any = false;
    for (OverviewRow r : d.rows()) {
      final List<String> reasons = r.info().mainReasons();
      if (reasons.isEmpty()) {
        continue;
      }
      any = true;
      sb.append("- **").append(Text.markdown(r.info().key())).append(' ').append(Text.markdown(r.info().verdict()))
          .append("**\n");
      for (String reason : reasons) {
        sb.append("  - ").append(Text.markdown(reason)).append('\n');
      }
    }
    if (!any) {
      sb.append("Every submission met every rule.\n");
    }
    if (!d.run().svParts().isEmpty()) {
      sb.append(SvText.markdown(d));
    }
    return sb.toString();
  }

  private static String change(OverviewRow r) {
    if (r.previous() == null) {
      return r.previousNote() == null ? "–" : Text.markdown(r.previousNote());
    }
    final Double s = r.delta(VariantType.SNP, Metric.F1);
    final Double i = r.delta(VariantType.INDEL, Metric.F1);
    return (s == null ? "–" : Text.delta(s)) + " / " + (i == null ? "–" : Text.delta(i)) + " since "
        + Text.markdown(r.previous().runId());
  }
}
