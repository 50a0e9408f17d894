package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VCF dialects through {@code harness compare}: header cosmetics of other tools are accepted with one warning per
 * kind and change no count; records without GT are skipped with a count on stderr; a query where no record has
 * GT is refused (exit 2, nothing written). The queries are the real NA12878 chr20 GATK4 calls, rewritten.
 */
class CompareDialectTest {

  private static TestData.Run compare(Path dir, Path query) {
    return TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query", query.toString(),
        "--reference", TestData.reference().toString(), "--confident", TestData.truthBed().toString(), "--output",
        dir.resolve("out/run").toString(), "--quiet");
  }

  /** The gatk4 query with each header line and record passed through the given rewrites (null drops a line). */
  private static Path rewrite(Path dir, java.util.function.UnaryOperator<String> header,
      java.util.function.UnaryOperator<String> record) throws IOException {
    final List<String> out = new ArrayList<>();
    for (String l : TestData.lines(TestData.gatk4Query())) {
      final String t = l.startsWith("#") ? header.apply(l) : record.apply(l);
      if (t != null) {
        out.add(t);
      }
    }
    return Files.writeString(dir.resolve("query.vcf"), String.join("\n", out) + "\n", StandardCharsets.UTF_8);
  }

  private static String withoutGt(String rec) {
    final String[] c = rec.split("\t", -1);
    c[8] = c[8].substring(c[8].indexOf(':') + 1);
    c[9] = c[9].substring(c[9].indexOf(':') + 1);
    return String.join("\t", c);
  }

  private static List<String> warnings(TestData.Run run, String fragment) {
    return run.stderrLines().stream().filter(l -> l.startsWith("harness: WARNING: ") && l.contains(fragment))
        .toList();
  }

  @Test
  void bcftoolsHeaderCosmeticsChangeNoCountAndWarnOncePerKind() throws IOException {
    final Path plainDir = TestData.scratch("dialect-plain");
    final TestData.Run plain = compare(plainDir, TestData.gatk4Query());
    assertEquals(0, plain.exitCode(), plain.stderr());
    final Path dir = TestData.scratch("dialect-header");
    final Path query = rewrite(dir, h -> h.startsWith("#CHROM")
        ? "##FILTER=<ID=COV,Number=0,Type=Flag,Description=\"Coverage of variant != 1\">\n"
        + "##FILTER=<ID=LEN,Number=0,Type=Flag,Description=\"Long\">\n"
        + "##INFO=<ID=XX,Number=Q,Type=Int>\n" + h : h, r -> r);
    final TestData.Run run = compare(dir, query);
    assertEquals(0, run.exitCode(), run.stderr());
    assertEquals(1, warnings(run, "2 FILTER header line(s)").size(), run.stderr());
    assertEquals(1, warnings(run, "read as Type=String").size(), run.stderr());
    assertEquals(1, warnings(run, "without a Description").size(), run.stderr());
    assertEquals(Files.readString(plainDir.resolve("out/run.summary.csv")),
        Files.readString(dir.resolve("out/run.summary.csv")), "header cosmetics must not change any count");
  }

  @Test
  void recordsWithoutGtAreSkippedWithACountOnStderr() throws IOException {
    final Path dir = TestData.scratch("dialect-some-gt");
    final int[] n = {0};
    final Path query = rewrite(dir, h -> h, r -> n[0]++ % 100 == 0 ? withoutGt(r) : r);
    final TestData.Run run = compare(dir, query);
    assertEquals(0, run.exitCode(), run.stderr());
    final long skipped = (n[0] + 99) / 100;
    final List<String> w = warnings(run, "record(s) whose FORMAT has no GT");
    assertEquals(1, w.size(), run.stderr());
    assertTrue(w.get(0).contains(": " + skipped + " record(s)") && w.get(0).contains("skipped, as vcfeval skips"),
        w.get(0));
  }

  @Test
  void aQueryWithoutAnyGtIsRefusedAndNothingIsWritten() throws IOException {
    final Path dir = TestData.scratch("dialect-no-gt");
    final Path query = rewrite(dir, h -> h, CompareDialectTest::withoutGt);
    final TestData.Run run = compare(dir, query);
    assertEquals(2, run.exitCode(), run.stderr());
    final List<String> lines = run.stderrLines();
    assertEquals(1, lines.size(), run.stderr());
    assertTrue(lines.get(0).startsWith(Main.ERROR_PREFIX + query + ": none of the "), lines.get(0));
    assertTrue(lines.get(0).contains("has a genotype (no GT in FORMAT)"), lines.get(0));
    CompareBadInputTest.assertNoOutputs(dir.resolve("out"));
  }
}
