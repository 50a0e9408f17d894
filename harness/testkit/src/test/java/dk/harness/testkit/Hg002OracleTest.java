package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.Tally;
import dk.harness.report.VariantType;
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

  private final Map<String, List<ContigRun>> allRuns = new HashMap<>();

  private Hg002Runs.CallerRun run(String caller) {
    return runs.computeIfAbsent(caller, c -> Hg002Runs.passRun(SharedData.require(), c));
  }

  /** The run over every record (no PASS filter). */
  private List<ContigRun> allRun(String caller) {
    return allRuns.computeIfAbsent(caller, c -> run(c).loaded().run(runner, true));
  }

  /**
   * Strelka2 (ALL and PASS differ): two independent runs (the second with 2 threads) written through the
   * harness's full report (summary/extended CSV, GA4GH VCF + index, ROC tables, metrics.json) give
   * byte-identical files.
   */
  @org.junit.jupiter.api.Test
  void reportOutputsOfTwoRunsAreByteIdentical() throws java.io.IOException {
    final Hg002Runs.CallerRun r = run("strelka");
    final OracleRunner twoThreads = new OracleRunner(new VariantComparison(ComparisonConfig.defaults().withThreads(2)));
    final dk.harness.report.OutputPaths first = writeReport("run1", r, allRun("strelka"), r.runs());
    final dk.harness.report.OutputPaths second = writeReport("run2", r, r.loaded().run(twoThreads, true),
        r.loaded().run(twoThreads, false));
    for (int i = 0; i < first.all().size(); i++) {
      final Path a = first.all().get(i);
      final Path b = second.all().get(i);
      org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.size(a) > 0, a + " is empty");
      org.junit.jupiter.api.Assertions.assertEquals(-1L, java.nio.file.Files.mismatch(a, b),
          a + " and " + b + " differ");
    }
  }

  private static dk.harness.report.OutputPaths writeReport(String name, Hg002Runs.CallerRun r, List<ContigRun> all,
      List<ContigRun> pass) throws java.io.IOException {
    final Path dir = java.nio.file.Files.createDirectories(Path.of("target", "hg002-report-determinism", name));
    final dk.harness.report.OutputPaths paths = dk.harness.report.OutputPaths.forPrefix(dir.resolve("strelka")
        .toString());
    final Map<String, Long> lengths = new java.util.LinkedHashMap<>();
    try (dk.harness.io.FastaReference f = dk.harness.io.FastaReference.open(r.loaded().spec().fasta())) {
      f.contigLengths().forEach((k, v) -> lengths.put(k, (long) v));
    }
    final Map<String, dk.harness.report.RunInfo.InputFile> inputs = new java.util.LinkedHashMap<>();
    inputs.put("truth", new dk.harness.report.RunInfo.InputFile(r.loaded().spec().truth().getFileName().toString(),
        null));
    inputs.put("query", new dk.harness.report.RunInfo.InputFile(r.loaded().spec().query().getFileName().toString(),
        null));
    final dk.harness.report.RunInfo info = new dk.harness.report.RunInfo("testkit", inputs, "INTEGRATION",
        "HG002", Map.of("score_field", "GQ"));
    try (dk.harness.report.ReportWriter w = new dk.harness.report.ReportWriter(paths,
        new dk.harness.report.ReportContext(lengths, r.loaded().bed(), List.of(), "GQ"), info)) {
      ReportBridge.feed(w, all, pass);
    }
    return paths;
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
    // The harness's own counting (report module): totals and vcfeval's SNP / non-SNP split (roc_last_lines.tsv).
    final Tally tally = ReportBridge.tally(r.runs(), r.runs(), r.loaded().bed());
    final List<String> last = readLines(expected.resolve("roc_last_lines.tsv"));
    final Map<String, VcfevalCounts> rows = Map.of("weighted", asVcfeval(tally.total(FilterKind.PASS)),
        "snp", asVcfeval(tally.counts(FilterKind.PASS, VariantType.SNP)),
        "non_snp", asVcfeval(tally.counts(FilterKind.PASS, VariantType.INDEL)));
    for (String line : last) {
      final String[] f = line.split("\t");
      if (rows.containsKey(f[0])) {
        // selection, score, TP-baseline, FP, TP-call, FN, ...
        final VcfevalCounts v = new VcfevalCounts(Math.round(Double.parseDouble(f[2])),
            Math.round(Double.parseDouble(f[4])), Math.round(Double.parseDouble(f[3])),
            Math.round(Double.parseDouble(f[5])));
        if (!v.equals(rows.get(f[0]))) {
          problems.add("report Tally " + f[0] + ": vcfeval " + v + "\n         ours    " + rows.get(f[0]));
        }
      }
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
    final List<ContigRun> original = all ? allRun(caller) : r.runs();
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

  /** The report module's counts in vcfeval's four numbers. */
  static VcfevalCounts asVcfeval(Counts c) {
    return new VcfevalCounts(c.truthTp(), c.queryTp(), c.queryFp(), c.truthFn());
  }

  private static List<String> readLines(Path p) {
    try {
      return java.nio.file.Files.readAllLines(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
