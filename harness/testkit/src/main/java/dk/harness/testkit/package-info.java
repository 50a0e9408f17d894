/**
 * Shared test fixtures for the harness, and (in this module's tests) the suites that prove the comparison engine
 * agrees with RTG vcfeval on the real data in {@code ../shared/data}.
 *
 * <p>Fixtures: {@link dk.harness.testkit.SharedData} (finding the data), {@link dk.harness.testkit.VcfLines}
 * (tiny cases written as VCF lines), {@link dk.harness.testkit.TinyVcf} / {@link dk.harness.testkit.TinyFasta} /
 * {@link dk.harness.testkit.TinyBed} (small synthetic inputs), {@link dk.harness.testkit.IoInputs} (real inputs
 * through the io module), {@link dk.harness.testkit.ComparisonCase} and {@link dk.harness.testkit.OracleRunner}
 * (running a case as vcfeval ran it), {@link dk.harness.testkit.VcfevalView} (decisions to vcfeval statuses and
 * counts), the expected-output readers {@link dk.harness.testkit.VcfevalSummary},
 * {@link dk.harness.testkit.ExpectedStatuses}, {@link dk.harness.testkit.WeightedRoc},
 * {@link dk.harness.testkit.HappySummary}, {@link dk.harness.testkit.VcfevalCommandLine}, the per-record
 * {@link dk.harness.testkit.DecisionDiff}, {@link dk.harness.testkit.DecisionProperties} and
 * {@link dk.harness.testkit.ReportBridge} (feeding runs to the report module).
 *
 * <p>Test support code: it may read the {@code harness.shared.data} system property and use JUnit assumptions.
 */
package dk.harness.testkit;
