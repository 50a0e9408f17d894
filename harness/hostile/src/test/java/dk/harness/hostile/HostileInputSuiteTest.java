package dk.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hostile-input suite: every case of the table (damaged copies of real files from ../shared/data, made under
 * target/hostile at test time) run through the command line in-process and held to the contract in
 * {@link Contract}. Select cases with {@code -Dhostile.cases=REGEX} (matched against family/name).
 */
class HostileInputSuiteTest {

  /** The whole case table, in a fixed order. */
  static List<HostileCase> table() {
    final List<HostileCase> all = new ArrayList<>();
    all.addAll(VcfFileCases.all());
    all.addAll(VcfRecordCases.all());
    all.addAll(RegionCases.all());
    all.addAll(WorkflowCases.all());
    return all;
  }

  @TestFactory
  Stream<DynamicTest> hostileInputs() {
    Fixtures.shared();
    final String only = System.getProperty("hostile.cases");
    return table().stream()
        .filter(c -> only == null || only.isBlank() || c.toString().matches(".*(" + only + ").*"))
        .map(c -> DynamicTest.dynamicTest(c.toString(), () -> Contract.check(c)));
  }

  @Test
  void theTableHasAtLeastAHundredDistinctCases() {
    final List<HostileCase> t = table();
    final Set<String> names = new HashSet<>();
    for (HostileCase c : t) {
      assertTrue(names.add(c.name()), "duplicate case name " + c.name());
      assertTrue(c.name().matches("[a-z0-9][a-z0-9.-]*"), "case names are folder-safe: " + c.name());
    }
    assertTrue(t.size() >= 100, "at least 100 cases, got " + t.size());
    assertEquals(t.size(), names.size());
  }
}
