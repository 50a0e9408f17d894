package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oracle 3: HG002 chr21 (GIAB v4.2.1 truth, 55k records) against three real callers (~78k records each) on the
 * pseudo-reference of {@code hg002-chr21-pseudoref}: our totals and every per-record decision must equal RTG
 * vcfeval 3.12.1's ({@code expected/rtg-vcfeval/<caller>/}: summary.txt, tp/tp-baseline/fp/fn.vcf.gz, and the
 * whole weighted ROC). vcfeval ran with the confident BED and defaults otherwise: PASS only (Strelka2's 11,566
 * filtered records are removed before matching), GQ score, split mode.
 *
 * <p>The properties of {@link PropertiesTest} are checked here too, reusing each caller's run: truth and each
 * query against itself, truth/query swapped (HaplotypeCaller and bcftools on the PASS run, which equals ALL for
 * them as they filter nothing; Strelka2 on ALL records, so its 11,566 filtered records are exercised too), and a
 * re-run with 2 threads. Each caller's vcfeval-default run happens once per class instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Hg002OracleTest {
  static final String PSEUDO = "hg002-chr21-pseudoref";
  static final String SAREK = "hg002-chr21-sarek";

  /** The comparison vcfeval ran for {@code caller} (file names from the README's input table). */
  static ComparisonCase caseOf(SharedData data, String caller) {
    final String query = switch (caller) {
      case "haplotypecaller" -> "sarek/hg37/HG002.haplotypecaller.chr21.vcf.gz";
      case "bcftools" -> "sarek/hg37/HG002.bcftools.chr21.vcf.gz";
      case "strelka" -> "sarek/hg37/HG002.strelka.variants.chr21.vcf.gz";
      default -> throw new IllegalArgumentException(caller);
    };
    final String truth = SAREK + "/SV_testdata/hg37/truth/HG002_GRCh37_1_22_v4.2.1_highconf.chr21";
    return ComparisonCase.of("hg002 " + caller, data.require(truth + ".vcf.gz"), data.require(SAREK + "/" + query),
        data.require(PSEUDO + "/chr21.pseudo.fa.gz"), ComparisonCase.Reader.IO).withBed(data.require(truth + ".bed"));
  }

  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));
  private final Map<String, Hg002Runs.CallerRun> runs = new HashMap<>();

  private Hg002Runs.CallerRun run(String caller) {
    return runs.computeIfAbsent(caller, c -> Hg002Runs.passRun(SharedData.require(), c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"haplotypecaller", "bcftools", "strelka"})
  void everyRecordAndTotalEqualVcfeval(String caller) {
    final Hg002Runs.CallerRun r = run(caller);
    final Path expected = SharedData.require().require(PSEUDO + "/expected/rtg-vcfeval/" + caller);
    final List<String> problems = new ArrayList<>();
    final VcfevalCounts want = VcfevalSummary.read(expected.resolve("summary.txt")).none();
    final VcfevalCounts got = r.loaded().counts(r.runs());
    if (!want.equals(got)) {
      problems.add("summary: vcfeval " + want + "\n         ours    " + got);
    }
    final DecisionDiff truth = DecisionDiff.compare(r.runs(), r.statuses(), true,
        ExpectedStatuses.splitTruth(expected.resolve("tp-baseline.vcf.gz"), expected.resolve("fn.vcf.gz")));
    final DecisionDiff query = DecisionDiff.compare(r.runs(), r.statuses(), false,
        ExpectedStatuses.splitQuery(expected.resolve("tp.vcf.gz"), expected.resolve("fp.vcf.gz")));
    if (!truth.isEmpty()) {
      problems.add(truth.render(30));
    }
    if (!query.isEmpty()) {
      problems.add(query.render(30));
    }
    if (!problems.isEmpty()) {
      fail(caller + " disagrees with vcfeval (" + r.seconds() + " s to compare):\n" + String.join("\n", problems));
    }
  }

  @org.junit.jupiter.api.Test
  void truthAgainstItselfIsAllTp() {
    final ComparisonCase.Loaded l = run("haplotypecaller").loaded();
    PropertiesTest.assertNoViolation(DecisionProperties.selfComparison(
        l.runSelf(runner, true, true), ComparisonConfig.defaults().maxAlleleLength()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"haplotypecaller", "bcftools", "strelka"})
  void queryAgainstItselfIsAllTp(String caller) {
    final ComparisonCase.Loaded l = run(caller).loaded();
    PropertiesTest.assertNoViolation(DecisionProperties.selfComparison(
        l.runSelf(runner, false, true), ComparisonConfig.defaults().maxAlleleLength()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"haplotypecaller", "bcftools", "strelka"})
  void swappingTruthAndQueryMirrorsDecisions(String caller) {
    final Hg002Runs.CallerRun r = run(caller);
    // Strelka2 filters records, so its swap runs on ALL records; the others filter nothing (PASS == ALL).
    final boolean all = caller.equals("strelka");
    final List<ContigRun> original = all ? r.loaded().run(runner, true) : r.runs();
    PropertiesTest.assertSwapMirrors("hg002 " + caller + (all ? " ALL" : " PASS"),
        DecisionProperties.swap(original, r.loaded().runSwapped(runner, all)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"haplotypecaller", "bcftools", "strelka"})
  void rerunWithTwoThreadsIsIdentical(String caller) {
    final Hg002Runs.CallerRun r = run(caller);
    final OracleRunner twoThreads = new OracleRunner(new VariantComparison(ComparisonConfig.defaults().withThreads(2)));
    PropertiesTest.assertNoViolation(DecisionProperties.identical(r.runs(), r.loaded().run(twoThreads, false)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"haplotypecaller", "bcftools", "strelka"})
  void weightedRocEqualsVcfeval(String caller) {
    final Hg002Runs.CallerRun r = run(caller);
    final Path expected = SharedData.require().require(PSEUDO + "/expected/rtg-vcfeval/" + caller);
    final String d = WeightedRoc.compute(r.runs(), r.statuses())
        .differences(WeightedRoc.read(expected.resolve("weighted_roc.tsv.gz")), 10);
    assertEquals("", d, caller + ": weighted ROC (GQ) differs from vcfeval's");
  }
}
