package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Oracle 4: hap.py's small cases and the mini-variant-benchmarks cases. Our counts must equal the vcfeval oracle
 * generated for each ({@code expected_rtg_vcfeval_3.12.1_generated_here/<case>/summary.txt}); where hap.py's own
 * numbers differ from vcfeval's, {@link SmallCases} must name the convention that explains it, and
 * {@link #happyDifferencesAreExplained} enforces that the explanations stay in step with the data.
 */
class SmallCasesOracleTest {
  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));

  @TestFactory
  Stream<DynamicTest> countsEqualVcfeval() {
    final SharedData data = SharedData.require();
    return SmallCases.all(data).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      final ComparisonCase.Loaded full = c.comparison().load();
      final ComparisonCase.Loaded loaded = c.oracleLostLastRecord() ? withoutUnterminatedLastRecord(full) : full;
      final List<ContigRun> runs = loaded.run(runner, false);
      final VcfevalCounts ours = loaded.counts(runs);
      final VcfevalSummary want = VcfevalSummary.read(c.vcfevalSummary());
      if (want.noBaselineVariants()) {
        // vcfeval printed "0 total baseline variants": only the truth side is known.
        assertEquals(0, ours.tpBaseline() + ours.fn(),
            () -> "vcfeval counted no truth variant; ours: " + ours + "\n" + describe(runs, loaded));
      } else {
        assertEquals(want.none(), ours, () -> "vcfeval vs ours\n" + describe(runs, loaded));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> excludedInputs() {
    return SmallCases.EXCLUDED.stream().map(e -> DynamicTest.dynamicTest(e[0],
        () -> Assumptions.abort("excluded: " + e[1])));
  }

  @TestFactory
  Stream<DynamicTest> happyDifferencesAreExplained() {
    final SharedData data = SharedData.require();
    return SmallCases.all(data).stream().filter(c -> c.happySummary() != null)
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
          final HappySummary happy = HappySummary.read(c.happySummary());
          final VcfevalCounts h = happy.asVcfevalCounts(happy.hasFilter("PASS") ? "PASS" : "ALL");
          final VcfevalSummary v = VcfevalSummary.read(c.vcfevalSummary());
          final boolean differs = v.noBaselineVariants()
              ? h.tpBaseline() != 0 || h.fn() != 0 || h.tpCall() != 0 || h.fp() != 0
              : !h.equals(v.none());
          if (differs) {
            assertNotNull(c.happyConvention(), () -> "hap.py (" + h + ") and vcfeval (" + v.none()
                + ") differ; SmallCases must name the convention that explains it");
          }
        }));
  }

  /** misphased_query_001: on the full files (3 records a side) we must agree with hap.py, which read them all. */
  @Test
  void misphasedFullInputAgreesWithHappy() {
    final SmallCases.SmallCase c = SmallCases.mini(SharedData.require()).stream()
        .filter(SmallCases.SmallCase::oracleLostLastRecord).findFirst().orElseThrow();
    final ComparisonCase.Loaded loaded = c.comparison().load();
    assertEquals(3, loaded.truth().values().stream().mapToInt(List::size).sum(), "truth records in the file");
    final List<ContigRun> runs = loaded.run(runner, false);
    assertEquals(HappySummary.read(c.happySummary()).asVcfevalCounts("PASS"), loaded.counts(runs),
        () -> describe(runs, loaded));
  }

  /** per_sample_ft without PASS filtering: hap.py's ALL row (every FT-filtered record matches). */
  @Test
  void perSampleFtAllRecordsAgreesWithHappyAllRow() {
    final SmallCases.SmallCase c = SmallCases.happy(SharedData.require()).stream()
        .filter(s -> s.name().equals("happy per_sample_ft")).findFirst().orElseThrow();
    final ComparisonCase.Loaded loaded = c.comparison().load();
    final List<ContigRun> runs = loaded.run(runner, true);
    final VcfevalCounts happyAll = HappySummary.read(c.happySummary()).asVcfevalCounts("ALL");
    assertEquals(new VcfevalCounts(3, 3, 0, 0), happyAll, "hap.py's ALL row as recorded in the data");
    assertEquals(happyAll, loaded.counts(runs), () -> describe(runs, loaded));
  }

  /** Drops the last record of each input whose file does not end with a newline. */
  static ComparisonCase.Loaded withoutUnterminatedLastRecord(ComparisonCase.Loaded l) throws IOException {
    return new ComparisonCase.Loaded(l.spec(), dropLastIfUnterminated(l.spec().truth(), l.truth()),
        dropLastIfUnterminated(l.spec().query(), l.query()), l.reference(), l.bed());
  }

  private static Map<String, List<LoadedRecord>> dropLastIfUnterminated(Path vcf,
      Map<String, List<LoadedRecord>> records) throws IOException {
    final byte[] bytes = Files.readAllBytes(vcf);
    assertTrue(bytes.length > 0 && bytes[bytes.length - 1] != '\n', vcf + " was expected to lack a final newline");
    final Map<String, List<LoadedRecord>> out = new LinkedHashMap<>(records);
    final String lastContig = new ArrayList<>(out.keySet()).get(out.size() - 1);
    final List<LoadedRecord> list = out.get(lastContig);
    out.put(lastContig, list.subList(0, list.size() - 1));
    return out;
  }

  /** Every record with our decision and vcfeval status, for failure messages of these tiny cases. */
  static String describe(List<ContigRun> runs, ComparisonCase.Loaded loaded) {
    final StringBuilder sb = new StringBuilder();
    final List<VcfevalView.Statuses> statuses = loaded.statuses(runs);
    for (int c = 0; c < runs.size(); c++) {
      for (int side = 0; side < 2; side++) {
        final List<Judged> js = side == 0 ? runs.get(c).truth() : runs.get(c).query();
        final List<VcfevalStatus> st = side == 0 ? statuses.get(c).truth() : statuses.get(c).query();
        for (int i = 0; i < js.size(); i++) {
          sb.append(side == 0 ? "truth " : "query ").append(js.get(i).describe()).append("  -> ").append(st.get(i))
              .append(' ').append(js.get(i).decision()).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
