package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.VariantComparison;
import dk.harness.io.InputException;
import dk.harness.io.LoadedRecord;
import dk.harness.io.ScoreField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Exploratory run over the dialect corpus. */
class VcfDialectCorpusTest {

  @TestFactory
  Stream<DynamicTest> corpus() {
    final SharedData data = SharedData.require();
    final Path dir = data.require(DialectCorpus.FOLDER);
    return DialectCorpus.all(dir).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(DialectCorpus.Case c) throws Exception {
    final StringBuilder sb = new StringBuilder(c.name()).append(": ");
    Map<String, List<LoadedRecord>> calls;
    try {
      calls = IoInputs.readVcf(c.calls(), "truth", c.sample(), ScoreField.GQ);
    } catch (InputException e) {
      System.out.println("DIALECT " + sb + "REFUSED " + e.getMessage() + " bcftools=" + c.bcftoolsAccepts()
          + " vcfeval=" + c.selfError());
      return;
    }
    final Reference ref = IoInputs.reference(c.reference());
    final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));
    for (int all = 0; all < 2; all++) {
      final List<ContigRun> runs = runner.run(calls, calls, ref.contigs(), ref::contig,
          new OracleRunner.Options(all == 0, null));
      final VcfevalCounts got = VcfevalView.count(runs, null, false);
      final VcfevalCounts want = c.self() == null ? null : c.self()[all];
      sb.append(all == 0 ? "self-pass " : "self-all ").append(got.equals(want) ? "OK " : "DIFF ours=" + got
          + " vcfeval=" + want + " ");
    }
    if (c.normalizedCounts() != null) {
      final Path norm = normalize(c);
      final Map<String, List<LoadedRecord>> n = IoInputs.readVcf(norm, "query", c.sample(), ScoreField.GQ);
      for (int all = 0; all < 2; all++) {
        final List<ContigRun> runs = runner.run(calls, n, ref.contigs(), ref::contig,
            new OracleRunner.Options(all == 0, null));
        final VcfevalCounts got = VcfevalView.count(runs, null, false);
        final VcfevalCounts want = c.normalizedCounts()[all];
        sb.append(all == 0 ? "norm-pass " : "norm-all ").append(got.equals(want) ? "OK " : "DIFF ours=" + got
            + " vcfeval=" + want + " ");
      }
    }
    System.out.println("DIALECT " + sb);
  }

  private static void run(Path out, String... cmd) throws IOException, InterruptedException {
    final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolve("bcftools.log")
        .toFile()).start();
    if (p.waitFor() != 0) {
      fail(String.join(" ", cmd) + " failed: " + Files.readString(out.resolve("bcftools.log")));
    }
  }

  static Path normalize(DialectCorpus.Case c) throws IOException, InterruptedException {
    final Path out = Path.of("target", "vcf-dialects", c.name());
    Files.createDirectories(out);
    final Path norm = out.resolve("norm.vcf.gz");
    Path input = c.calls();
    if (c.reheaderFirst()) {
      input = out.resolve("rh.vcf");
      run(out, "bcftools", "reheader", "--fai", c.reference() + ".fai", c.calls().toString(), "-o", input.toString());
    }
    run(out, "bcftools", "norm", "-m", "-any", "-f", c.reference().toString(), input.toString(), "-Oz", "-o",
        norm.toString());
    return norm;
  }
}
