package dk.harness.testkit;

import dk.harness.core.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-record comparison of our statuses with vcfeval's expected ones, rendered so a failure shows what differs:
 * each differing record with vcfeval's category, ours, and the engine's decision (outcome, level, blocks).
 * Records are matched by {@link RecordKey}; repeated keys are compared as multisets. Immutable result; the
 * static methods are stateless.
 */
public final class DecisionDiff {
  private final List<String> lines;
  private final int compared;
  private final Map<String, Integer> confusion;

  private DecisionDiff(List<String> lines, int compared, Map<String, Integer> confusion) {
    this.lines = List.copyOf(lines);
    this.compared = compared;
    this.confusion = confusion;
  }

  /**
   * Compares one side of a run (all contigs) with vcfeval's expected statuses.
   *
   * @param runs the contigs of our run
   * @param statuses our statuses, parallel to {@code runs}
   * @param truthSide which side to compare
   * @param expected vcfeval's statuses of that side
   */
  public static DecisionDiff compare(List<ContigRun> runs, List<VcfevalView.Statuses> statuses, boolean truthSide,
      ExpectedStatuses expected) {
    final List<Judged> records = new ArrayList<>();
    final List<VcfevalStatus> ours = new ArrayList<>();
    for (int c = 0; c < runs.size(); c++) {
      records.addAll(truthSide ? runs.get(c).truth() : runs.get(c).query());
      ours.addAll(truthSide ? statuses.get(c).truth() : statuses.get(c).query());
    }
    return compare(truthSide ? "truth" : "query", records, ours, expected);
  }

  /**
   * Compares one side over all contigs.
   *
   * @param side "truth" or "query" (for messages)
   * @param records our records of that side, all contigs, in order
   * @param statuses our status of each record (parallel to {@code records})
   * @param expected vcfeval's statuses of that side
   */
  public static DecisionDiff compare(String side, List<Judged> records, List<VcfevalStatus> statuses,
      ExpectedStatuses expected) {
    if (records.size() != statuses.size()) {
      throw new IllegalArgumentException(records.size() + " records but " + statuses.size() + " statuses");
    }
    final Map<RecordKey, List<Integer>> ours = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      ours.computeIfAbsent(RecordKey.of(records.get(i).record()), k -> new ArrayList<>()).add(i);
    }
    final List<String> lines = new ArrayList<>();
    final Map<String, Integer> confusion = new TreeMap<>();
    for (Map.Entry<RecordKey, List<Integer>> e : ours.entrySet()) {
      final List<String> want = new ArrayList<>(expected.byKey().getOrDefault(e.getKey(), List.of()));
      while (want.size() < e.getValue().size()) {
        want.add(expected.absent());
      }
      final List<String> got = new ArrayList<>();
      for (int i : e.getValue()) {
        got.add(expected.categoryOf(statuses.get(i)));
      }
      final List<String> wantLeft = new ArrayList<>(want);
      final List<Integer> unmatched = new ArrayList<>();
      for (int k = 0; k < got.size(); k++) {
        if (!wantLeft.remove(got.get(k))) {
          unmatched.add(k);
        }
      }
      for (int n = 0; n < unmatched.size(); n++) {
        final int k = unmatched.get(n);
        final int i = e.getValue().get(k);
        final String w = n < wantLeft.size() ? wantLeft.get(n) : "(none)";
        confusion.merge("vcfeval " + w + " / ours " + got.get(k), 1, Integer::sum);
        lines.add(String.format("%-5s %-40s vcfeval=%-6s ours=%-6s %s", side, records.get(i).describe(), w, got.get(k),
            decisionText(records.get(i).decision())));
      }
      for (int n = unmatched.size(); n < wantLeft.size(); n++) {
        // More expected entries than our records of this key.
        confusion.merge("vcfeval " + wantLeft.get(n) + " / ours (no record)", 1, Integer::sum);
        lines.add(String.format("%-5s %-40s vcfeval=%-6s ours=(no such record)", side, e.getKey(), wantLeft.get(n)));
      }
    }
    for (Map.Entry<RecordKey, List<String>> e : expected.byKey().entrySet()) {
      if (!ours.containsKey(e.getKey())) {
        for (String w : e.getValue()) {
          confusion.merge("vcfeval " + w + " / ours (no record)", 1, Integer::sum);
          lines.add(String.format("%-5s %-40s vcfeval=%-6s ours=(no such record in our input)", side, e.getKey(), w));
        }
      }
    }
    return new DecisionDiff(lines, records.size(), confusion);
  }

  private static String decisionText(Decision d) {
    if (d == null) {
      return "(not compared: filtered)";
    }
    return "[" + d.outcome() + " level=" + d.level().code() + " block=" + d.block() + " alleleBlock=" + d.alleleBlock()
        + "]";
  }

  /** Whether every record agrees. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /** Number of differing records (or expected entries without a record). */
  public int differing() {
    return lines.size();
  }

  /** All difference lines, in key order. */
  public List<String> lines() {
    return lines;
  }

  /**
   * A readable report: the tally of (vcfeval, ours) category pairs, then the first {@code limit} differing
   * records.
   */
  public String render(int limit) {
    final StringBuilder sb = new StringBuilder();
    sb.append(lines.size()).append(" of ").append(compared).append(" records differ");
    confusion.forEach((k, v) -> sb.append("\n  ").append(v).append(" x ").append(k));
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      sb.append('\n').append(lines.get(i));
    }
    if (lines.size() > limit) {
      sb.append("\n... ").append(lines.size() - limit).append(" more");
    }
    return sb.toString();
  }
}
