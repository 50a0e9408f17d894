package dk.harness.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a contig's variants into independent {@link Group}s.
 *
 * <p>A split between the variants seen so far (furthest end {@code E}) and the next one (start {@code S}) is safe
 * when no search path can still be out of sync at {@code S - 1}. After {@code E} every haplotype plays plain
 * reference, so a truth/query haplotype pair can only stay alive out of step by a fixed offset {@code k}, which
 * needs {@code ref[x] == ref[x + k]} at every base it passes. So the split is safe if {@code S >= E + 2} and, for
 * every offset up to the group's total length change, some {@code x} in {@code [E + 1, S - 2 - k]} has
 * {@code ref[x] != ref[x + k]} (N equals N during replay, so N runs never separate groups).
 */
final class Grouping {
  /** Offsets beyond this are not checked: the groups are simply kept together. */
  private static final int MAX_CHECKED_OFFSET = 5_000;

  private final Template template;

  Grouping(Template template) {
    this.template = template;
  }

  /**
   * @param truth truth variants sorted by (start, end)
   * @param query query variants sorted by (start, end)
   */
  List<Group> split(ReplayVariant[] truth, ReplayVariant[] query) {
    final List<Group> groups = new ArrayList<>();
    int ti = 0;
    int qi = 0;
    int groupT = 0;
    int groupQ = 0;
    int groupStart = -1;
    int end = -1;
    long shift = 0;
    while (ti < truth.length || qi < query.length) {
      final boolean takeTruth = qi >= query.length || (ti < truth.length && truth[ti].start <= query[qi].start);
      final ReplayVariant v = takeTruth ? truth[ti] : query[qi];
      if (groupStart >= 0 && !(v.start >= end + 2 && separated(end, v.start, shift))) {
        // stays in the current group
      } else if (groupStart >= 0) {
        groups.add(makeGroup(groups.size(), truth, groupT, ti, query, groupQ, qi, groupStart, end));
        groupT = ti;
        groupQ = qi;
        groupStart = -1;
      }
      if (groupStart < 0) {
        groupStart = v.start;
        end = v.end;
        shift = 0;
      }
      end = Math.max(end, v.end);
      shift += v.lengthChange();
      if (takeTruth) {
        ti++;
      } else {
        qi++;
      }
    }
    if (groupStart >= 0) {
      groups.add(makeGroup(groups.size(), truth, groupT, ti, query, groupQ, qi, groupStart, end));
    }
    return groups;
  }

  private Group makeGroup(int index, ReplayVariant[] truth, int t0, int t1, ReplayVariant[] query, int q0, int q1,
      int start, int end) {
    return new Group(index, Arrays.copyOfRange(truth, t0, t1), Arrays.copyOfRange(query, q0, q1), start, end, template);
  }

  /** Whether every offset up to {@code shift} meets a mismatch inside {@code [end + 1, next - 1)}. */
  private boolean separated(int end, int next, long shift) {
    if (shift == 0) {
      return true;
    }
    if (shift > MAX_CHECKED_OFFSET) {
      return false;
    }
    final int from = end + 1;
    final int to = next - 1; // exclusive bound for x + offset
    for (int offset = 1; offset <= shift; offset++) {
      if (!hasMismatch(from, to, offset)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some {@code x} with {@code from <= x} and {@code x + offset < to} has a different base at {@code x + offset}. */
  private boolean hasMismatch(int from, int to, int offset) {
    for (int x = from; x + offset < to; x++) {
      if (template.code(x) != template.code(x + offset)) {
        return true;
      }
    }
    return false;
  }
}
