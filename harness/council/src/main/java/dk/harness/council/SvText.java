package dk.harness.council;

import dk.harness.workflow.gates.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SV part of the Markdown and CSV outputs (only when the run has SV parts; a run without them writes exactly
 * what it always did). Untrusted text is escaped with {@link Text#markdown} resp. {@link Text#csv}. Stateless.
 */
final class SvText {
  /** Types with their own CSV columns; fixed, so the columns do not depend on what a run found. */
  static final List<String> CSV_TYPES = List.of(SvPart.ALL, "DEL", "INS", "DUP", "INV", "BND");
  /** Misses per side and unit in the Markdown. */
  static final int MD_MISSES = 5;

  private SvText() {
  }

  /** Columns added to the overview CSV. */
  static List<String> csvHead() {
    final List<String> head = new ArrayList<>(List.of("sv_verdict", "sv_reasons", "sv_truth_set",
        "sv_truth_set_version", "sv_truth_total", "sv_tp_base", "sv_fn", "sv_tp_comp", "sv_fp"));
    for (String t : CSV_TYPES) {
      final String p = SvPart.ALL.equals(t) ? "sv_" : "sv_" + t.toLowerCase(Locale.ROOT) + "_";
      for (String m : List.of("recall", "precision", "f1", "gt_concordance")) {
        head.addAll(List.of(p + m, p + m + "_lower", p + m + "_upper"));
      }
    }
    return head;
  }

  /** The SV columns of a unit and sample: all empty when it has no SV part. */
  static List<String> csvFields(SvPart p) {
    final List<String> f = new ArrayList<>();
    if (p == null) {
      csvHead().forEach(x -> f.add(""));
      return f;
    }
    final SubmissionInfo i = p.info();
    f.add(p.gated() ? Text.csv(i.verdict()) : "");
    f.add(Text.csv(String.join(" | ", i.mainReasons())));
    f.add(Text.csv(i.truthSetId()));
    f.add(Text.csv(i.truthSetVersion()));
    final SvRow t = p.total();
    for (long n : t == null ? new long[0] : new long[] {t.tpBase() + t.fn(), t.tpBase(), t.fn(), t.tpComp(),
        t.fp()}) {
      f.add(Long.toString(n));
    }
    if (t == null) {
      f.addAll(List.of("", "", "", "", ""));
    }
    for (String type : CSV_TYPES) {
      final SvRow r = p.row(type, SvPart.ALL);
      final List<MetricValue> values = new ArrayList<>();
      for (Metric m : SvSection.METRICS) {
        values.add(r == null ? null : r.value(m));
      }
      values.add(r == null ? null : r.gtConcordance());
      for (MetricValue v : values) {
        f.add(v == null ? "" : Text.number(v.point(), 6));
        f.add(v == null ? "" : Text.number(v.lower(), 6));
        f.add(v == null ? "" : Text.number(v.upper(), 6));
      }
    }
    return f;
  }

  /** The SV part of a unit and sample, or null. */
  static SvPart part(ReportData d, String unit, String sample) {
    for (SvPart p : d.run().svParts()) {
      if (p.info().unit().equals(unit) && p.info().sample().equals(sample)) {
        return p;
      }
    }
    return null;
  }

  /** Whether the run has a small-variant part for the unit and sample. */
  static boolean hasSmall(ReportData d, SvPart p) {
    return d.rows().stream().anyMatch(r -> r.info().unit().equals(p.info().unit())
        && r.info().sample().equals(p.info().sample()));
  }

  /** The Markdown section: verdicts and totals, every type and size bin per unit, the reasons, the largest misses. */
  static String markdown(ReportData d) {
    final StringBuilder sb = new StringBuilder();
    sb.append("\n## Structural variants\n\n");
    sb.append("Truvari bench rules (harness compare-sv). Recall = TP-base of the truth SVs, precision = TP-comp of "
        + "the query SVs, genotype concordance = TP-comp with the truth's genotype of all TP-comp; brackets hold "
        + "the 95% Jeffreys interval.\n\n");
    sb.append("| Unit | Sample | SV verdict | Truth set | Truth SVs | TP-base / FN / TP-comp / FP | Recall | Precision "
        + "| F1 | Genotype concordance |\n|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (SvPart p : d.run().svParts()) {
      final SubmissionInfo i = p.info();
      sb.append("| ").append(Text.markdown(i.unit())).append(" | ").append(Text.markdown(i.sample())).append(" | ")
          .append(p.gated() ? "**" + Text.markdown(i.verdict()) + "**" : "not judged").append(" | ")
          .append(i.truthSetId() == null ? "–" : Text.markdown(i.truthSetId() + (i.truthSetVersion() == null ? ""
              : " " + i.truthSetVersion()))).append(" |");
      final SvRow t = p.total();
      if (t == null) {
        sb.append(" – | – | – | – | – | – |\n");
        continue;
      }
      sb.append(' ').append(t.tpBase() + t.fn()).append(" | ").append(t.tpBase()).append(" / ").append(t.fn())
          .append(" / ").append(t.tpComp()).append(" / ").append(t.fp()).append(" |");
      metrics(sb, t);
      sb.append('\n');
    }
    for (String sample : d.run().svSamples()) {
      final List<SvPart> parts = d.run().svParts().stream().filter(p -> p.info().sample().equals(sample)
          && p.compared()).toList();
      if (parts.isEmpty()) {
        continue;
      }
      sb.append("\n### SV type and size, units side by side (").append(Text.markdown(sample)).append(")\n\n");
      sb.append("| SV type | Size | Unit | Truth SVs | Recall | Precision | F1 | Genotype concordance |\n"
          + "|---|---|---|---:|---:|---:|---:|---:|\n");
      for (SvCells.Cell c : SvCells.of(parts)) {
        for (SvPart p : parts) {
          final SvRow r = p.row(c.type(), c.sizeBin());
          sb.append("| ").append(SvPart.ALL.equals(c.type()) ? "All types" : Text.markdown(c.type())).append(" | ")
              .append(Text.markdown(c.size())).append(" | ").append(Text.markdown(p.info().unit())).append(" | ")
              .append(r == null ? 0 : r.tpBase() + r.fn()).append(" |");
          if (r == null) {
            sb.append(" – | – | – | – |");
          } else {
            metrics(sb, r);
          }
          sb.append('\n');
        }
      }
    }
    final List<SvPart> withReasons = d.run().svParts().stream().filter(p -> !p.info().mainReasons().isEmpty())
        .toList();
    if (!withReasons.isEmpty()) {
      sb.append("\n### Reasons for the SV verdicts\n\n");
      for (SvPart p : withReasons) {
        sb.append("- **").append(Text.markdown(p.info().key())).append(' ').append(Text.markdown(p.info().verdict()))
            .append("**\n");
        p.info().mainReasons().forEach(r -> sb.append("  - ").append(Text.markdown(r)).append('\n'));
      }
    }
    sb.append("\n### Largest SV misses\n\n");
    for (SvPart p : d.run().svParts()) {
      if (!p.compared()) {
        continue;
      }
      final SvMisses m = SvMisses.read(p.folder(), MD_MISSES);
      sb.append("- **").append(Text.markdown(p.info().key())).append("**: ").append(String.format(Locale.ROOT,
          "%,d FN, %,d FP", m.fnCount(), m.fpCount())).append('\n');
      for (SvMiss s : m.fn()) {
        miss(sb, "FN", s);
      }
      for (SvMiss s : m.fp()) {
        miss(sb, "FP", s);
      }
    }
    return sb.toString();
  }

  private static void miss(StringBuilder sb, String side, SvMiss s) {
    sb.append("  - ").append(side).append(' ').append(Text.markdown(s.type()))
        .append("BND".equals(s.type()) ? "" : String.format(Locale.ROOT, " %,d bp", s.size())).append(" at ")
        .append(Text.markdown(s.locus())).append(" (IGV ").append(Text.markdown(s.igvLocus())).append(")\n");
  }

  private static void metrics(StringBuilder sb, SvRow r) {
    final List<MetricValue> values = new ArrayList<>();
    for (Metric m : SvSection.METRICS) {
      values.add(r.value(m));
    }
    values.add(r.gtConcordance());
    for (MetricValue v : values) {
      sb.append(' ').append(v == null ? "–" : Text.ratio(v.point()) + " (" + v.intervalText() + ")").append(" |");
    }
  }
}
