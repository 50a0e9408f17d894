package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.TooComplexRegion;
import dk.harness.core.VariantComparison;
import dk.harness.io.ScoreField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Oracle 1: RTG vcfeval's own synthetic unit-test cases ({@code rtg-vcfeval-cases}). For each case our per-record
 * decisions must equal the expected output files vcfeval's test keeps.
 *
 * <p>Options per case come from the RTG test that produced the files (RTG Tools @32f94bb2,
 * {@code test/com/rtg/vcf/eval/*Test.java}); see {@link RtgCases}. Cases that need a vcfeval option the
 * harness does not implement are reported as skipped with the reason, not dropped.
 */
class RtgVcfevalCasesTest {

  @TestFactory
  Stream<DynamicTest> vcfevalUnitTestCases() {
    final SharedData data = SharedData.require();
    return RtgCases.all().stream().map(c -> DynamicTest.dynamicTest(c.id() + " (" + c.rtgTest() + ")", () -> {
      Assumptions.assumeTrue(c.skipReason() == null, () -> "not supported: " + c.skipReason());
      check(data, new VariantComparison(ComparisonConfig.defaults().withRefOverlap(c.refOverlap())), c);
    }));
  }

  private static void check(SharedData data, VariantComparison engine, RtgCases.RtgCase c) {
    final Path dir = data.require(RtgCases.RESOURCES);
    final ComparisonCase.Loaded loaded = c.comparisonCase(dir).load();
    final List<ContigRun> runs = loaded.run(new OracleRunner(engine), false);
    final List<VcfevalView.Statuses> statuses = loaded.statuses(runs);
    final List<String> problems = new ArrayList<>();
    for (String out : c.outputs()) {
      final Path expected = dir.resolve(c.id() + "_out_" + out);
      switch (out) {
        case "tp.vcf" -> diff(problems, runs, statuses, false, c.outputs().contains("fp.vcf")
            ? ExpectedStatuses.splitQuery(expected, dir.resolve(c.id() + "_out_fp.vcf"))
            : ExpectedStatuses.tpOnly(expected));
        case "tp-baseline.vcf" -> diff(problems, runs, statuses, true, c.outputs().contains("fn.vcf")
            ? ExpectedStatuses.splitTruth(expected, dir.resolve(c.id() + "_out_fn.vcf"))
            : ExpectedStatuses.tpOnly(expected));
        case "fn.vcf", "fp.vcf" -> {
          // checked together with tp-baseline.vcf / tp.vcf above
        }
        case "phasing.txt" -> {
          // phasing is not scored by the harness (GA4GH: phasing errors are not FP/FN)
        }
        case "summary.txt" -> {
          final VcfevalCounts want = VcfevalSummary.read(expected).none();
          final VcfevalCounts got = loaded.counts(runs);
          if (!want.equals(got)) {
            problems.add("summary.txt: vcfeval " + want + ", ours " + got);
          }
        }
        case "output.vcf" -> Ga4ghOutput.check(problems, runs, expected, c.options());
        case "baseline.vcf" -> diff(problems, runs, statuses, true, ExpectedStatuses.annotated(expected, "BASE"));
        case "calls.vcf" -> diff(problems, runs, statuses, false, ExpectedStatuses.annotated(expected, "CALL"));
        case "weighted_roc.tsv" -> {
          final String d = WeightedRoc.compute(runs, statuses).differences(WeightedRoc.read(expected), 10);
          if (!d.isEmpty()) {
            problems.add("weighted_roc.tsv differs:\n" + d);
          }
        }
        default -> throw new IllegalStateException("no checker for " + out);
      }
    }
    if (c.tooComplex() != null) {
      checkTooComplex(problems, runs, c.tooComplex());
    }
    if (!problems.isEmpty()) {
      fail(c.id() + " (vcfeval " + c.options() + ") disagrees with vcfeval:\n" + String.join("\n", problems));
    }
  }

  private static void diff(List<String> problems, List<ContigRun> runs, List<VcfevalView.Statuses> statuses,
      boolean truth, ExpectedStatuses expected) {
    final DecisionDiff d = DecisionDiff.compare(runs, statuses, truth, expected);
    if (!d.isEmpty()) {
      problems.add(expected.description() + ": " + d.render(30));
    }
  }

  // vcfeval's stderr names the too-complex region as contig:start-end (1-based); ours must overlap it.
  private static void checkTooComplex(List<String> problems, List<ContigRun> runs, String region) {
    final OracleRunner.Region r = OracleRunner.Region.parse(region);
    for (ContigRun run : runs) {
      if (run.contig().equals(r.contig())) {
        for (TooComplexRegion t : run.tooComplex()) {
          if (t.start() < r.end() && t.end() > r.start()) {
            return;
          }
        }
      }
    }
    final List<String> ours = new ArrayList<>();
    runs.forEach(run -> run.tooComplex().forEach(t -> ours.add(run.contig() + ":" + (t.start() + 1) + "-" + t.end()
        + " (" + t.reason() + ")")));
    problems.add("vcfeval reported region " + region + " as too complex; ours: " + ours);
  }

  /** The table itself is checked: every case directory of the data is either run or skipped with a reason. */
  @org.junit.jupiter.api.Test
  void everyInputCaseOfTheDataIsListed() throws Exception {
    final Path dir = SharedData.require().require(RtgCases.RESOURCES);
    final List<String> ids;
    try (Stream<Path> s = Files.walk(dir)) {
      ids = s.map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith("_in_baseline.vcf"))
          .map(p -> p.substring(0, p.length() - "_in_baseline.vcf".length()))
          .sorted().toList();
    }
    final List<String> listed = RtgCases.all().stream().map(RtgCases.RtgCase::id).sorted().toList();
    assertEquals(ids, listed, "RtgCases must list every *_in_baseline.vcf case of " + dir);
    assertTrue(RtgCases.all().stream().filter(c -> c.skipReason() == null).count() >= 8,
        "most default-option cases must run");
  }

  /** Cases whose inputs use QUAL scores pass the score field on; a sanity check of the table's parsing. */
  @org.junit.jupiter.api.Test
  void optionsAreParsedFromTheRtgCommandLine() {
    final RtgCases.RtgCase small = RtgCases.all().stream().filter(c -> c.id().equals("vcfeval_small")).findFirst()
        .orElseThrow();
    assertEquals(ScoreField.QUAL, small.comparisonCase(Path.of("x")).score());
    assertEquals("sample1", small.comparisonCase(Path.of("x")).truthSample());
    final RtgCases.RtgCase samples = RtgCases.all().stream().filter(c -> c.id().equals("vcfeval_small_samples"))
        .findFirst().orElseThrow();
    assertEquals("sample2", samples.comparisonCase(Path.of("x")).truthSample());
    assertEquals("sample1", samples.comparisonCase(Path.of("x")).querySample());
  }
}
