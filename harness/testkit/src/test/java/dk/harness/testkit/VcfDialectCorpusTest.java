package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The VCF dialect corpus ({@code ../shared/data/vcf-dialects}, real VCFs of 24 tool families with bcftools' and
 * vcfeval 3.12.1's answers) is the contract for reading other tools' VCFs. For every case:
 * <ul>
 *   <li>the file is read through io's {@code VcfInput} (as compare reads it), first sample where there are
 *       several (vcfeval's {@code --sample}); every file is accepted except the four of {@link #REFUSED}, whose
 *       refusal (exit 2 in compare) must carry the stated reason, and on which vcfeval counts nothing either;</li>
 *   <li>the self-comparison equals vcfeval's {@code None} row [TP-baseline, TP-call, FP, FN], PASS-only and
 *       all-records (including vcfeval's own FP/FN where a file cannot be placed on two haplotypes);</li>
 *   <li>the comparison against the split, left-normalised form ({@code bcftools norm -m -any -f REF}, made at
 *       test time under target/ with the command recorded in expected.json) equals vcfeval's, both modes;
 *       skipped with a printed reason where bcftools is not installed;</li>
 *   <li>where vcfeval refused the file (and gave no numbers), the self-comparison must be consistent: TP-baseline
 *       equals TP-call, no FP, no FN.</li>
 * </ul>
 * docs/reliability.md ("VCF dialects") has the per-case table this test checks.
 */
class VcfDialectCorpusTest {
  /** Cases we refuse, with the words the refusal must contain; vcfeval counts nothing on them either. */
  static final Map<String, String> REFUSED = Map.of(
      "vep-annotated-sites-only", "sites-only",
      "dbsnp-135-sites-vcf41", "sites-only",
      "strelka2-somatic-snvs", "has a genotype (no GT in FORMAT)",
      "samtools-1.1-mpileup-likelihoods-3samples", "has a genotype (no GT in FORMAT)");

  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));

  @TestFactory
  Stream<DynamicTest> everyCaseIsReadAndCountedAsVcfevalCountsIt() {
    final Path dir = SharedData.require().require(DialectCorpus.FOLDER);
    return DialectCorpus.all(dir).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  void theCorpusHasItsCasesAndTheRefusedOnesExist() {
    final Path dir = SharedData.require().require(DialectCorpus.FOLDER);
    final List<String> names = DialectCorpus.all(dir).stream().map(DialectCorpus.Case::name).toList();
    assertTrue(names.size() >= 44, "expected the corpus' 44 cases, found " + names.size());
    assertTrue(names.containsAll(REFUSED.keySet()), "REFUSED names a case the corpus lacks: " + REFUSED.keySet());
  }

  private void check(DialectCorpus.Case c) throws Exception {
    final Map<String, List<LoadedRecord>> calls;
    try {
      calls = IoInputs.readVcf(c.calls(), "truth", c.sample(), ScoreField.GQ);
    } catch (InputException e) {
      final String reason = REFUSED.get(c.name());
      if (reason == null) {
        fail(c.name() + " is refused but must be read (bcftools " + (c.bcftoolsAccepts() ? "accepts" : "refuses")
            + " it): " + e.getMessage());
      }
      assertTrue(e.getMessage().contains(reason), c.name() + ": the refusal should say '" + reason + "': "
          + e.getMessage());
      assertTrue(c.selfError() != null || (zero(c.self()[0]) && zero(c.self()[1])),
          c.name() + ": vcfeval counts something on a file we refuse");
      System.out.println("| " + c.name() + " | refused: " + e.problem() + " | " + vcfevalText(c) + " |");
      return;
    }
    assertTrue(!REFUSED.containsKey(c.name()), c.name() + " must be refused (" + REFUSED.get(c.name()) + ")");
    final Reference ref = IoInputs.reference(c.reference());
    final VcfevalCounts[] self = new VcfevalCounts[2];
    for (int all = 0; all < 2; all++) {
      self[all] = VcfevalView.count(runner.run(calls, calls, ref.contigs(), ref::contig,
          new OracleRunner.Options(all == 0, null)), null, false);
    }
    final StringBuilder row = new StringBuilder("| " + c.name() + " | self " + self[0] + " / all " + self[1]);
    if (c.self() != null) {
      assertEquals(c.self()[0], self[0], c.name() + ": self-comparison, PASS only");
      assertEquals(c.self()[1], self[1], c.name() + ": self-comparison, all records");
    } else {
      for (VcfevalCounts s : self) {
        assertTrue(s.tpBaseline() == s.tpCall() && s.fp() == 0 && s.fn() == 0,
            c.name() + ": vcfeval refuses it, and our self-comparison is not a clean match: " + s);
      }
    }
    if (c.normalizedCounts() != null) {
      final Path norm = normalize(c);
      final Map<String, List<LoadedRecord>> n = IoInputs.readVcf(norm, "query", c.sample(), ScoreField.GQ);
      for (int all = 0; all < 2; all++) {
        final VcfevalCounts got = VcfevalView.count(runner.run(calls, n, ref.contigs(), ref::contig,
            new OracleRunner.Options(all == 0, null)), null, false);
        assertEquals(c.normalizedCounts()[all], got, c.name() + ": against the normalised form, "
            + (all == 0 ? "PASS only" : "all records"));
        row.append(all == 0 ? " | norm " : " / all ").append(got);
      }
    }
    System.out.println(row.append(" | ").append(vcfevalText(c)).append(" |"));
  }

  private static boolean zero(VcfevalCounts c) {
    return c.tpBaseline() == 0 && c.tpCall() == 0 && c.fp() == 0 && c.fn() == 0;
  }

  private static String vcfevalText(DialectCorpus.Case c) {
    return c.selfError() != null ? "vcfeval refuses: " + c.selfError().lines().findFirst().orElse("")
        : "vcfeval self " + c.self()[0] + " / all " + c.self()[1];
  }

  /** {@code bcftools norm -m -any -f REF} of the case (after the recorded reheader fallback where needed). */
  static Path normalize(DialectCorpus.Case c) throws IOException, InterruptedException {
    Assumptions.assumeTrue(bcftoolsInstalled(), "bcftools is not installed: the comparison against the "
        + "normalised form needs 'bcftools norm' (apt-get install bcftools)");
    final Path out = Path.of("target", "vcf-dialects", c.name()).toAbsolutePath();
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

  private static boolean bcftoolsInstalled() {
    try {
      return new ProcessBuilder("bcftools", "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(Path out, String... cmd) throws IOException, InterruptedException {
    final List<String> command = new ArrayList<>(List.of(cmd));
    final Path log = out.resolve("bcftools.log");
    final Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (p.waitFor() != 0) {
      fail(String.join(" ", cmd) + " failed: " + Files.readString(log));
    }
  }
}
