package dk.harness.workflow.run;

import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.ResultCounts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table printed at the end of a run: one line per submission with its verdict and its PASS recall and
 * precision for SNPs and indels; when the plan has structural-variant parts, a second table with each SV part's
 * verdict and its recall, precision and F1 over all SV types and sizes; then the first reason of every non-PASS
 * verdict and where the results are. Stateless.
 */
public final class RunSummary {
  private static final int MAX_REASONS = 5;
  private RunSummary() {
  }

  /** Prints the summary of a finished run. */
  public static void print(RunResult r, PrintWriter out) {
    out.println("Run " + r.runId() + " (criteria " + r.criteriaVersion() + "):");
    final List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"unit", "sample", "pipeline", "truth set", "verdict", "SNP recall", "SNP precision",
        "INDEL recall", "INDEL precision"});
    for (SubmissionOutcome o : r.outcomes()) {
      if (o.structural()) {
        continue;
      }
      final String[] row = new String[9];
      row[0] = o.submission().unit();
      row[1] = o.submission().sample();
      row[2] = o.submission().pipelineName() + " " + o.submission().pipelineVersion();
      row[3] = o.submission().truthSetId();
      row[4] = o.status().name();
      if (o.status() != Status.ERROR) {
        final ResultCounts c = ResultCounts.ofOutput(r.runDir().resolve(o.folder()).resolve(o.submission().sample()));
        final Counts snp = c.counts(VariantType.SNP, FilterKind.PASS, "*");
        final Counts indel = c.counts(VariantType.INDEL, FilterKind.PASS, "*");
        row[5] = ratio(snp.recall());
        row[6] = ratio(snp.precision());
        row[7] = ratio(indel.recall());
        row[8] = ratio(indel.precision());
      } else {
        for (int i = 5; i < 9; i++) {
          row[i] = "-";
        }
      }
      rows.add(row);
    }
    if (rows.size() > 1 || r.outcomes().isEmpty()) {
      table(rows, 5, out); // a plan of SV parts only has no small-variant table
    }
    printSv(r, out);
    for (SubmissionOutcome o : r.outcomes()) {
      if (o.status() != Status.PASS) {
        out.println("  " + o.part().key() + " " + o.status() + ":");
        final List<String> shown = o.reasons().stream().filter(x -> !x.startsWith("not judged")).toList();
        for (String reason : shown.subList(0, Math.min(MAX_REASONS, shown.size()))) {
          out.println("    - " + reason);
        }
        if (shown.size() > MAX_REASONS) {
          out.println("    - ... " + (shown.size() - MAX_REASONS) + " more in " + (o.structural()
              ? r.runDir().resolve(RunManifest.FILE) : r.runDir().resolve(o.folder()).resolve(
                  SubmissionFiles.VERDICT_JSON)));
        }
      }
    }
    out.println("Results: " + r.runDir());
    out.println("History: " + r.history());
    out.flush();
  }

  /** The SV parts' table (nothing when there are none). */
  private static void printSv(RunResult r, PrintWriter out) {
    final List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"unit", "sample", "pipeline", "SV truth set", "verdict", "SV recall", "SV precision",
        "SV F1"});
    for (SubmissionOutcome o : r.outcomes()) {
      if (!o.structural()) {
        continue;
      }
      final String[] row = {o.submission().unit(), o.submission().sample(), o.submission().pipelineName() + " "
          + o.submission().pipelineVersion(), o.part().truthSetId(), o.status().name(), "-", "-", "-"};
      if (o.status() != Status.ERROR) {
        final var all = SvResults.overall(SvResults.read(r.runDir().resolve(o.folder())));
        if (all != null) {
          row[5] = ratio(all.recall());
          row[6] = ratio(all.precision());
          row[7] = ratio(all.f1());
        }
      }
      rows.add(row);
    }
    if (rows.size() == 1) {
      return;
    }
    out.println("Structural variants (all types and sizes):");
    table(rows, 5, out);
  }

  private static void table(List<String[]> rows, int textColumns, PrintWriter out) {
    final int n = rows.get(0).length;
    final int[] w = new int[n];
    for (String[] row : rows) {
      for (int i = 0; i < n; i++) {
        w[i] = Math.max(w[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      final StringBuilder sb = new StringBuilder("  ");
      for (int i = 0; i < n; i++) {
        sb.append(String.format(Locale.ROOT, i < textColumns ? "%-" + w[i] + "s  " : "%" + w[i] + "s  ", row[i]));
      }
      out.println(sb.toString().stripTrailing());
    }
  }

  private static String ratio(Double d) {
    return d == null ? "." : String.format(Locale.ROOT, "%.4f", d);
  }
}
