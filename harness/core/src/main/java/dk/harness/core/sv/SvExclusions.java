package dk.harness.core.sv;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calls that took no part, counted by side and reason, so nothing disappears silently. Reasons: outside the
 * regions; no ALT ('.' or '*'); FILTER not PASS (with passonly); genotype without ALT (with no-ref or pick ac);
 * single breakend; breakend with bnddist -1; size out of range; query call left unmatched between sizefilt and
 * sizemin (not an FP); query call left unmatched outside the original regions (with extend). Mutable while the
 * engine runs; read-only afterwards.
 */
public final class SvExclusions {
  private final Map<String, Integer> truth = new TreeMap<>();
  private final Map<String, Integer> query = new TreeMap<>();

  void add(boolean truthSide, String reason) {
    (truthSide ? truth : query).merge(reason, 1, Integer::sum);
  }

  /** Reason to count, truth side. */
  public Map<String, Integer> truth() {
    return Collections.unmodifiableMap(truth);
  }

  /** Reason to count, query side. */
  public Map<String, Integer> query() {
    return Collections.unmodifiableMap(query);
  }
}
