package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import dk.harness.report.FilterKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Oracle 2: the six real queries of {@code na12878-hg19-chr20-10mb} against the GIAB truth, with and without the
 * confident BED, must give RTG vcfeval 3.12.1's numbers (PROVENANCE.md section 2.4) and its per-record outputs.
 *
 * <p>Each expected folder's {@code ##CL} line says how vcfeval was run (the BED, and {@code --region} for the
 * DeepVariant output, which covers only chr20:10,000,000-10,010,000, and for the CEUTrio GenotypeGVCFs output in
 * the no-BED run); the test runs exactly that, with vcfeval's defaults otherwise (PASS only, GQ score, split mode).
 * Per-type counts use bcftools' typing ({@link BcftoolsType}), as the provenance's counts_by_type.txt files do.
 */
class Na12878OracleTest {
  static final String SET = "na12878-hg19-chr20-10mb";
  static final String EXPECTED = SET + "/expected_rtg_vcfeval_3.12.1";

  /** The twelve expected folders (withBED and noBED, six queries each). */
  static List<Path> expectedDirs(SharedData data) throws IOException {
    final List<Path> dirs = new ArrayList<>();
    for (String mode : List.of("withBED", "noBED")) {
      try (Stream<Path> s = Files.list(data.require(EXPECTED + "/" + mode))) {
        s.filter(Files::isDirectory).sorted().forEach(dirs::add);
      }
    }
    return dirs;
  }

  /** The comparison vcfeval ran for one expected folder, read from its {@code ##CL} line. */
  static ComparisonCase caseOf(SharedData data, Path expectedDir) {
    final VcfevalCommandLine cl = VcfevalCommandLine.fromOutputVcf(expectedDir.resolve("tp.vcf.gz"));
    final Set<String> supported = Set.of("-b", "-c", "-t", "-e", "--region", "-o");
    for (String o : cl.optionNames()) {
      if (!supported.contains(o)) {
        throw new IllegalStateException(expectedDir + ": vcfeval option " + o + " is not handled by this test");
      }
    }
    final Path root = data.root();
    ComparisonCase c = ComparisonCase.of(expectedDir.getParent().getFileName() + "/" + expectedDir.getFileName(),
        root.resolve(cl.value("-b")), root.resolve(cl.value("-c")),
        root.resolve(SET + "/truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz"), ComparisonCase.Reader.IO);
    if (cl.value("-e") != null) {
      c = c.withBed(root.resolve(cl.value("-e")));
    }
    if (cl.value("--region") != null) {
      c = c.withRegion(cl.value("--region"));
    }
    return c;
  }

  @Test
  void theProvenanceTableHasTwelveRuns() throws IOException {
    assertEquals(12, expectedDirs(SharedData.require()).size());
  }

  @TestFactory
  Stream<DynamicTest> countsAndRecordsEqualVcfeval() throws IOException {
    final SharedData data = SharedData.require();
    final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));
    return expectedDirs(data).stream().map(dir -> DynamicTest.dynamicTest(caseOf(data, dir).name(), () -> {
      final ComparisonCase.Loaded loaded = caseOf(data, dir).load();
      final List<ContigRun> runs = loaded.run(runner, false);
      final List<VcfevalView.Statuses> statuses = loaded.statuses(runs);
      final List<String> problems = new ArrayList<>();

      final VcfevalCounts want = VcfevalSummary.read(dir.resolve("summary.txt")).none();
      final VcfevalCounts got = loaded.counts(runs);
      if (!want.equals(got)) {
        problems.add("summary: vcfeval " + want + "\n         ours    " + got);
      }
      // The harness's own counting (report module) on the same decisions.
      final VcfevalCounts tally = Hg002OracleTest.asVcfeval(
          ReportBridge.tally(runs, runs, loaded.bed()).total(FilterKind.PASS));
      if (!want.equals(tally)) {
        problems.add("summary: vcfeval      " + want + "\n         report Tally " + tally);
      }
      final DecisionDiff truth = DecisionDiff.compare(runs, statuses, true,
          ExpectedStatuses.splitTruth(dir.resolve("tp-baseline.vcf.gz"), dir.resolve("fn.vcf.gz")));
      final DecisionDiff query = DecisionDiff.compare(runs, statuses, false,
          ExpectedStatuses.splitQuery(dir.resolve("tp.vcf.gz"), dir.resolve("fp.vcf.gz")));
      if (!truth.isEmpty()) {
        problems.add(truth.render(30));
      }
      if (!query.isEmpty()) {
        problems.add(query.render(30));
      }
      final String byType = byTypeDifferences(dir, runs, statuses);
      if (!byType.isEmpty()) {
        problems.add(byType);
      }
      if (!problems.isEmpty()) {
        fail(loaded.spec().name() + " disagrees with vcfeval:\n" + String.join("\n", problems));
      }
    }));
  }

  /** Our per-type counts (bcftools typing) against counts_by_type.txt; empty if equal. */
  static String byTypeDifferences(Path dir, List<ContigRun> runs, List<VcfevalView.Statuses> statuses)
      throws IOException {
    final StringBuilder sb = new StringBuilder();
    for (String line : Files.readAllLines(dir.resolve("counts_by_type.txt"))) {
      // e.g. "tp-baseline: all=217 snps=186 indels=31 other=0"
      final String file = line.substring(0, line.indexOf(':'));
      final long snps = Long.parseLong(line.replaceAll(".*snps=(-?\\d+).*", "$1"));
      final long indels = Long.parseLong(line.replaceAll(".*indels=(-?\\d+).*", "$1"));
      final long all = Long.parseLong(line.replaceAll(".*all=(-?\\d+).*", "$1"));
      final List<LoadedRecord> ours = recordsOf(file, runs, statuses);
      final long oSnps = ours.stream().filter(r -> BcftoolsType.isSnp(r.ref(), r.alts())).count();
      final long oIndels = ours.stream().filter(r -> BcftoolsType.isIndel(r.ref(), r.alts())).count();
      if (all != ours.size() || snps != oSnps || indels != oIndels) {
        sb.append("by type ").append(file).append(": vcfeval all=").append(all).append(" snps=").append(snps)
            .append(" indels=").append(indels).append(", ours all=").append(ours.size()).append(" snps=")
            .append(oSnps).append(" indels=").append(oIndels).append('\n');
      }
    }
    return sb.toString();
  }

  /** Our records that vcfeval would write to {@code file} (tp-baseline, fn, tp, fp) in split mode. */
  static List<LoadedRecord> recordsOf(String file, List<ContigRun> runs, List<VcfevalView.Statuses> statuses) {
    final boolean truth = file.equals("tp-baseline") || file.equals("fn");
    final VcfevalStatus want = switch (file) {
      case "tp-baseline", "tp" -> VcfevalStatus.TP;
      case "fn" -> VcfevalStatus.FN;
      case "fp" -> VcfevalStatus.FP;
      default -> throw new IllegalArgumentException("unknown vcfeval output " + file);
    };
    final List<LoadedRecord> out = new ArrayList<>();
    for (int c = 0; c < runs.size(); c++) {
      final List<Judged> side = truth ? runs.get(c).truth() : runs.get(c).query();
      final List<VcfevalStatus> st = truth ? statuses.get(c).truth() : statuses.get(c).query();
      for (int i = 0; i < side.size(); i++) {
        if (st.get(i).splitView() == want) {
          out.add(side.get(i).record());
        }
      }
    }
    return out;
  }
}
