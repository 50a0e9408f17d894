package dk.harness.workflow.gates;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of the gates on one submission. Immutable.
 *
 * @param status PASS, WARN or FAIL: the worst of all rule outcomes
 * @param reasons human sentences with the numbers behind every non-PASS outcome (and notes such as rules that
 *     could not be judged), in the order of the criteria file's rules, then regression; empty for a clean PASS
 */
public record GateVerdict(GateStatus status, List<String> reasons) {
  public GateVerdict {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
  }
}
