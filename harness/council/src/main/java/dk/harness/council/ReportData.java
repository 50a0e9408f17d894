package dk.harness.council;

import dk.harness.io.InputException;
import dk.harness.report.Sha256;
import dk.harness.report.VariantType;
import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.GateRule;
import dk.harness.workflow.gates.Metric;
import dk.harness.report.FilterKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the report formats share: the run, the history's trends, the criteria the verdicts were judged
 * under (when the file is still there unchanged) and the overview rows. Immutable.
 *
 * @param run the run
 * @param trends results over time (possibly none)
 * @param criteria the criteria file of the run, or null when it is gone or changed since
 * @param criteriaNote why thresholds are not drawn, or null
 * @param reportVersion version of the harness writing the report
 * @param rows overview rows, in the run's submission order (unit, then sample)
 */
public record ReportData(RunData run, Trends trends, Criteria criteria, String criteriaNote, String reportVersion,
    List<OverviewRow> rows) {
  public ReportData {
    rows = List.copyOf(rows);
  }

  /**
   * Gathers the data of a report.
   *
   * @param history the history database, or null for none
   * @throws InputException if the run folder or a given history is unusable
   */
  public static ReportData load(Path runDir, Path history, String reportVersion) {
    final RunData run = new RunReader().read(runDir);
    final Trends trends = history == null ? Trends.none("no history database was given (--history)")
        : Trends.load(history, run);
    Criteria criteria = null;
    String note = null;
    final FileRef cf = run.run().criteria();
    if (cf.path() == null || !Files.isRegularFile(Path.of(cf.path()))) {
      note = "the criteria file of the run (" + cf.path() + ") is not available";
    } else {
      try {
        if (cf.sha256() != null && !cf.sha256().equals(Sha256.of(Path.of(cf.path())))) {
          note = "the criteria file " + cf.path() + " changed since the run";
        } else {
          criteria = Criteria.load(Path.of(cf.path()));
        }
      } catch (IOException | InputException e) {
        note = "the criteria file " + cf.path() + " cannot be read (" + Text.oneLine(e.getMessage()) + ")";
      }
    }
    final List<OverviewRow> rows = new ArrayList<>();
    for (SubmissionResult r : run.submissions()) {
      final String prevId = r.info().previousRunId();
      final TrendPoint prev = trends.point(r.info(), prevId);
      final String why = prevId == null ? (r.info().compared() ? "first result" : null)
          : prev != null ? null : trends.available() ? "run " + prevId + " is not in the history"
          : "run " + prevId + " (no history read)";
      rows.add(new OverviewRow(r, prev, why));
    }
    return new ReportData(run, trends, criteria, note, reportVersion, rows);
  }

  /** The compared rows of a sample. */
  public List<OverviewRow> compared(String sample) {
    return rows.stream().filter(r -> r.result().counts() != null && r.info().sample().equals(sample)).toList();
  }

  /** The median of a metric's point estimates over the compared rows of a sample, or null when none. */
  public Double median(String sample, VariantType type, Metric metric) {
    final List<Double> v = new ArrayList<>();
    for (OverviewRow r : compared(sample)) {
      final MetricValue m = r.value(type, metric);
      if (m != null) {
        v.add(m.point());
      }
    }
    if (v.isEmpty()) {
      return null;
    }
    Collections.sort(v);
    final int n = v.size();
    return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  /** The criteria's PASS rule over all confident regions for a type and metric, or null. */
  public GateRule rule(VariantType type, Metric metric) {
    if (criteria == null) {
      return null;
    }
    for (GateRule g : criteria.rules()) {
      if (g.type() == type && g.filter() == FilterKind.PASS && "*".equals(g.subset()) && g.metric() == metric) {
        return g;
      }
    }
    return null;
  }

  /** Verdict counts in the order PASS, WARN, FAIL, ERROR. */
  public int[] verdictCounts() {
    final int[] n = new int[4];
    for (OverviewRow r : rows) {
      switch (r.info().verdict()) {
        case "PASS" -> n[0]++;
        case "WARN" -> n[1]++;
        case "FAIL" -> n[2]++;
        default -> n[3]++;
      }
    }
    return n;
  }
}
