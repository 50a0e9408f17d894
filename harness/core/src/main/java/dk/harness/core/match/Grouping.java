package dk.harness.core.match;

import dk.harness.core.ReferenceSequence;
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
  /** How far past a group's last variant a trailing out-of-step path may read, at most, before we fetch to the end. */
  private static final int MAX_TAIL_SCAN = 100_000;

  private final ReferenceSequence reference;

  Grouping(ReferenceSequence reference) {
    this.reference = reference;
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
        groups.add(makeGroup(groups.size(), truth, groupT, ti, query, groupQ, qi, groupStart, end, shift, v.start));
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
      shift += lengthChange(v);
      if (takeTruth) {
        ti++;
      } else {
        qi++;
      }
    }
    if (groupStart >= 0) {
      groups.add(makeGroup(groups.size(), truth, groupT, ti, query, groupQ, qi, groupStart, end, shift, -1));
    }
    return groups;
  }

  private Group makeGroup(int index, ReplayVariant[] truth, int t0, int t1, ReplayVariant[] query, int q0, int q1,
      int start, int end, long shift, int nextStart) {
    final int from = Math.max(0, start - 2);
    final int to;
    if (nextStart >= 0) {
      to = Math.min(reference.length(), nextStart);
    } else {
      to = tailEnd(end, shift);
    }
    final byte[] ascii = reference.bases(from, to);
    final Template template = new Template(reference.length(), from, Bases.codes(ascii, 0, ascii.length));
    return new Group(index, Arrays.copyOfRange(truth, t0, t1), Arrays.copyOfRange(query, q0, q1), start, end, template);
  }

  /** The largest length change any called allele of {@code v} makes. */
  private static int lengthChange(ReplayVariant v) {
    final ReplayAllele ref = v.allele(0);
    int change = 0;
    for (int g : v.genotype) {
      final ReplayAllele a = v.allele(g);
      if (a != null) {
        change = Math.max(change, Math.abs(a.length() - ref.length()));
      }
    }
    return change;
  }

  /** Whether every offset up to {@code shift} meets a mismatch inside {@code [end + 1, next - 1)}. */
  private boolean separated(int end, int next, long shift) {
    if (shift == 0) {
      return true;
    }
    if (shift > MAX_CHECKED_OFFSET) {
      return false;
    }
    final int k = (int) shift;
    final int from = end + 1;
    final int to = next - 1; // exclusive bound for x + offset
    if (to - from <= 1) {
      return false;
    }
    final byte[] window = codes(from, to);
    for (int offset = 1; offset <= k; offset++) {
      if (firstMismatch(window, offset) < 0) {
        return false;
      }
    }
    return true;
  }

  /** How far the last group's template must reach: past the first mismatch of every offset, or the contig end. */
  private int tailEnd(int end, long shift) {
    final int contigEnd = reference.length();
    if (shift == 0) {
      return Math.min(contigEnd, end + 4);
    }
    if (shift <= MAX_CHECKED_OFFSET) {
      final int from = end + 1;
      final int to = (int) Math.min(contigEnd, (long) end + MAX_TAIL_SCAN);
      final byte[] window = codes(from, to);
      int reach = 0;
      boolean all = true;
      for (int offset = 1; offset <= shift && all; offset++) {
        final int x = firstMismatch(window, offset);
        if (x < 0) {
          all = false;
        } else {
          reach = Math.max(reach, x + offset);
        }
      }
      if (all) {
        return Math.min(contigEnd, from + reach + 4);
      }
    }
    return contigEnd;
  }

  private byte[] codes(int from, int to) {
    final byte[] ascii = reference.bases(from, to);
    return Bases.codes(ascii, 0, ascii.length);
  }

  private static int firstMismatch(byte[] window, int offset) {
    for (int x = 0; x + offset < window.length; x++) {
      if (window[x] != window[x + offset]) {
        return x;
      }
    }
    return -1;
  }
}
