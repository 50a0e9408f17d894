package dk.harness.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects findings, keeping at most {@link #EXAMPLES} of each code; {@link #findings()} appends one summary
 * finding per capped code with the total count. Not thread-safe.
 */
final class FindingCollector {
  /** Findings of one code listed one by one before the rest are only counted. */
  static final int EXAMPLES = 20;

  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final Map<String, Finding> firstOfCode = new LinkedHashMap<>();

  void add(Severity severity, String code, Path file, long line, String message, String fix) {
    add(new Finding(severity, code, file, line, message, fix));
  }

  void add(Finding f) {
    final long n = ++counts.computeIfAbsent(f.code(), k -> new long[1])[0];
    firstOfCode.putIfAbsent(f.code(), f);
    if (n <= EXAMPLES) {
      findings.add(f);
    }
  }

  /** How many findings of the code were added (listed or not). */
  long count(String code) {
    final long[] n = counts.get(code);
    return n == null ? 0 : n[0];
  }

  boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** The findings in the order added, then a summary for each code with more than {@link #EXAMPLES}. */
  List<Finding> findings() {
    final List<Finding> out = new ArrayList<>(findings);
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      final long n = e.getValue()[0];
      if (n > EXAMPLES) {
        final Finding first = firstOfCode.get(e.getKey());
        out.add(new Finding(first.severity(), first.code(), first.file(), -1, (n - EXAMPLES) + " more "
            + first.code() + " finding" + (n - EXAMPLES == 1 ? "" : "s") + " not listed (" + n + " in all; the first "
            + EXAMPLES + " are above)", first.fix()));
      }
    }
    return out;
  }
}
