package dk.harness.council;

import dk.harness.report.VariantType;
import dk.harness.workflow.history.History;
import dk.harness.workflow.history.HistoryQuery;
import dk.harness.workflow.history.HistoryRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every unit's results over time, from the history, up to and including the reported run (later runs are left
 * out so a report of an old run reads as it did then). Immutable.
 */
public final class Trends {
  private final Map<String, List<TrendPoint>> series;
  private final String note;

  private Trends(Map<String, List<TrendPoint>> series, String note) {
    this.series = series;
    this.note = note;
  }

  /** No history: trends and changes since the previous result are not shown; {@code why} says so in the report. */
  public static Trends none(String why) {
    return new Trends(Map.of(), why);
  }

  /**
   * The PASS results over the confident regions of every unit, sample and truth set of {@code run}.
   *
   * @param db the history database ({@code results/history.sqlite})
   * @throws dk.harness.io.InputException if it is missing or not a harness history
   */
  public static Trends load(Path db, RunData run) {
    final Set<String> truthSets = new HashSet<>();
    run.submissions().forEach(s -> truthSets.add(s.info().truthSetId()));
    final String until = run.run().startedAt();
    final Map<String, Map<String, TrendPoint>> byKey = new TreeMap<>();
    try (History h = History.openReadOnly(db)) {
      for (HistoryRow r : h.query(new HistoryQuery(null, null, null, null, "PASS", "*"))) {
        if (!truthSets.contains(r.truthSetId())
            || (until != null && r.startedAt().compareTo(until) > 0 && !r.runId().equals(run.run().runId()))) {
          continue;
        }
        final VariantType type;
        try {
          type = VariantType.valueOf(r.type());
        } catch (IllegalArgumentException e) {
          continue;
        }
        final Map<String, TrendPoint> points = byKey.computeIfAbsent(key(r.unit(), r.sample(), r.truthSetId()),
            k -> new LinkedHashMap<>());
        final TrendPoint p = points.getOrDefault(r.runId(), new TrendPoint(r.runId(), r.startedAt(),
            r.pipelineName(), r.pipelineVersion(), r.verdict(), null, null));
        points.put(r.runId(), p.with(type, r.counts()));
      }
    }
    final Map<String, List<TrendPoint>> out = new TreeMap<>();
    byKey.forEach((k, v) -> {
      final List<TrendPoint> l = new ArrayList<>(v.values());
      l.sort(Comparator.comparing(TrendPoint::startedAt).thenComparing(TrendPoint::runId));
      out.put(k, List.copyOf(l));
    });
    return new Trends(out, out.isEmpty() ? "the history " + db + " holds no result of this run's units" : null);
  }

  private static String key(String unit, String sample, String truthSetId) {
    return unit + "\u0000" + sample + "\u0000" + truthSetId;
  }

  /** Whether any history was read. */
  public boolean available() {
    return !series.isEmpty();
  }

  /** Why trends are missing, or null when they are available. */
  public String note() {
    return note;
  }

  /** A submission's results over time, oldest first; empty when unknown. */
  public List<TrendPoint> series(SubmissionInfo s) {
    return series.getOrDefault(key(s.unit(), s.sample(), s.truthSetId()), List.of());
  }

  /** The result of a submission's unit in run {@code runId}, or null when the history does not hold it. */
  public TrendPoint point(SubmissionInfo s, String runId) {
    if (runId == null) {
      return null;
    }
    for (TrendPoint p : series(s)) {
      if (p.runId().equals(runId)) {
        return p;
      }
    }
    return null;
  }

  /** The distinct runs in all series, oldest first (run id, start time). */
  public List<String> runIds() {
    final TreeMap<String, String> byTime = new TreeMap<>();
    series.values().forEach(l -> l.forEach(p -> byTime.put(p.startedAt() + "\u0000" + p.runId(), p.runId())));
    return List.copyOf(new java.util.LinkedHashSet<>(byTime.values()));
  }
}
