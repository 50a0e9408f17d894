package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Properties over every small case of the oracle suites (RTG vcfeval cases, hap.py cases, mini-variant-benchmarks,
 * the na12878 queries); HG002 has its own in {@link Hg002OracleTest}. Per case, on every record (no PASS filter):
 * <ul>
 *   <li>truth against itself and query against itself: all variant records TP ({@link DecisionProperties#selfComparison});</li>
 *   <li>truth and query swapped: decisions mirror (TP stays, FP and FN exchange), so the counts swap too;</li>
 *   <li>a re-run, with 2 worker threads instead of 1, gives identical decisions and too-complex regions.</li>
 * </ul>
 */
class PropertiesTest {
  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));
  private final OracleRunner twoThreads = new OracleRunner(
      new VariantComparison(ComparisonConfig.defaults().withThreads(2)));

  /** Every small case, by input (a case with and without BED is one input set). */
  static List<ComparisonCase> cases(SharedData data) throws IOException {
    final List<ComparisonCase> out = new ArrayList<>();
    final Path rtg = data.require(RtgCases.RESOURCES);
    for (RtgCases.RtgCase c : RtgCases.all()) {
      // vcfeval's "--sample ALT" is a matching mode, not a sample: the properties read the first sample instead.
      final ComparisonCase cc = c.comparisonCase(rtg);
      out.add(cc.withSamples("ALT".equals(cc.truthSample()) ? null : cc.truthSample(),
          "ALT".equals(cc.querySample()) ? null : cc.querySample()));
    }
    SmallCases.all(data).forEach(c -> out.add(c.comparison()));
    for (Path dir : Na12878OracleTest.expectedDirs(data)) {
      if (dir.getParent().getFileName().toString().equals("noBED")) {
        out.add(Na12878OracleTest.caseOf(data, dir));
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicNode> propertiesHold() throws IOException {
    final SharedData data = SharedData.require();
    final List<DynamicNode> nodes = new ArrayList<>();
    final int maxAllele = runner.engine().config().maxAlleleLength();
    for (ComparisonCase c : cases(data)) {
      final Once<ComparisonCase.Loaded> loaded = new Once<>(c::load); // one load shared by the four checks
      final Once<List<ContigRun>> original = new Once<>(() -> loaded.get().run(runner, true));
      nodes.add(DynamicContainer.dynamicContainer(c.name(), Stream.of(
          DynamicTest.dynamicTest("truth vs itself: all TP", () -> assertNoViolation(
              DecisionProperties.selfComparison(loaded.get().runSelf(runner, true, true), maxAllele))),
          DynamicTest.dynamicTest("query vs itself: all TP", () -> assertNoViolation(
              DecisionProperties.selfComparison(loaded.get().runSelf(runner, false, true), maxAllele))),
          DynamicTest.dynamicTest("swap truth/query: decisions mirror", () -> {
            final ComparisonCase.Loaded l = loaded.get();
            final List<ContigRun> swapped = l.runSwapped(runner, true);
            assertSwapMirrors(c.name(), DecisionProperties.swap(original.get(), swapped));
            if (l.bed() == null) {
              assertEquals(l.counts(original.get()).swapped(), l.counts(swapped), "counts after swapping");
            }
          }),
          DynamicTest.dynamicTest("re-run (2 threads): identical decisions", () -> assertNoViolation(
              DecisionProperties.identical(original.get(), loaded.get().run(twoThreads, true)))))));
    }
    return nodes.stream();
  }

  /**
   * Fails on real asymmetries; ties (equally good alternative matches chosen differently, as vcfeval's own
   * tie-break does) are reported on stdout, not failed.
   */
  static void assertSwapMirrors(String name, DecisionProperties.SwapCheck check) {
    if (!check.ties().isEmpty()) {
      System.out.println(name + ": swap chose an equally good alternative for " + check.ties().size()
          + " records, e.g. " + check.ties().get(0));
    }
    assertNoViolation(check.violations());
  }

  static void assertNoViolation(List<String> violations) {
    assertTrue(violations.isEmpty(), () -> violations.size() + " violation(s):\n"
        + String.join("\n", violations.subList(0, Math.min(30, violations.size()))));
  }

  /** A value computed on first use (the dynamic tests of one case share loads and runs). Not thread-safe. */
  static final class Once<T> {
    private final java.util.function.Supplier<T> supplier;
    private T value;

    Once(java.util.function.Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      if (value == null) {
        value = supplier.get();
      }
      return value;
    }
  }
}
