package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bad input must be loud: exit code 2, exactly one line on stderr starting {@code harness: error: } that names the
 * offending file, and no output file at the prefix (not even a partial one or a temporary folder). The bad files
 * are made under target/ from the real NA12878 chr20 data.
 */
class CompareBadInputTest {

  /** Runs compare with the real truth/reference/BED and the given query (plus extra args); output under dir/out. */
  private static TestData.Run compare(Path dir, Path truth, Path query, String... extra) {
    final List<String> a = new ArrayList<>(List.of("compare", "--truth", truth.toString(), "--query",
        query.toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "--output", dir.resolve("out/run").toString(), "--quiet"));
    a.addAll(Arrays.asList(extra));
    return TestData.run(a.toArray(String[]::new));
  }

  /** The common contract of every bad-input case; returns the message. */
  private static String assertBadInput(TestData.Run run, Path dir, String mustName) throws IOException {
    assertEquals(2, run.exitCode(), "stderr:\n" + run.stderr());
    final List<String> lines = run.stderrLines();
    assertEquals(1, lines.size(), "expected one line on stderr, got:\n" + run.stderr());
    final String line = lines.get(0);
    assertTrue(line.startsWith(Main.ERROR_PREFIX), line);
    assertTrue(line.contains(mustName), "message should name " + mustName + ": " + line);
    assertTrue(line.contains("Fix:") || line.contains("fix"), "message should say how to fix it: " + line);
    assertNoOutputs(dir.resolve("out"));
    return line;
  }

  /** Not even the output folder (the run would have created it) may be left behind. */
  static void assertNoOutputs(Path outDir) throws IOException {
    if (!Files.exists(outDir)) {
      return;
    }
    try (Stream<Path> s = Files.list(outDir)) {
      assertEquals(List.of(), s.toList(), "no output or temporary file may be left behind");
    }
    throw new AssertionError("the output folder " + outDir + " was created but not removed after the failure");
  }

  /** The gatk4 chr20 query as plain text lines. */
  private static List<String> queryLines() throws IOException {
    return TestData.lines(TestData.gatk4Query());
  }

  private static int firstDataLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("#")) {
        return i;
      }
    }
    throw new AssertionError("no data line");
  }

  private static Path write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void contigNamingMismatchIsRefusedBeforeAnythingIsWritten() throws IOException {
    final Path dir = TestData.scratch("bad-naming");
    final TestData.Run run = compare(dir, TestData.truthVcf(), TestData.gatk4QueryB37Names());
    final String msg = assertBadInput(run, dir, "expected.testVCFMode.gatk4.vcf");
    assertTrue(msg.contains("chr"), "the message should explain the chr prefix: " + msg);
    assertTrue(!Files.exists(dir.resolve("out")), "the output folder must not even be created");
  }

  @Test
  void refMismatchNamesFileAndLine() throws IOException {
    final Path dir = TestData.scratch("bad-ref");
    final List<String> lines = queryLines();
    final int i = firstDataLine(lines) + 5;
    final String[] f = lines.get(i).split("\t", -1);
    assertEquals(1, f[3].length(), "test expects a SNP here: " + lines.get(i));
    // A base that is neither the real REF nor the ALT.
    f[3] = "ACGT".chars().mapToObj(c -> String.valueOf((char) c))
        .filter(b -> !b.equals(f[3]) && !f[4].contains(b)).findFirst().orElseThrow();
    lines.set(i, String.join("\t", f));
    final Path bad = write(dir.resolve("ref-mismatch.vcf"), lines);
    assertBadInput(compare(dir, TestData.truthVcf(), bad), dir, "ref-mismatch.vcf:" + (i + 1));
  }

  @Test
  void unsortedVcfIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-unsorted");
    final List<String> lines = queryLines();
    final int i = firstDataLine(lines) + 10;
    final String a = lines.get(i);
    lines.set(i, lines.get(i + 1));
    lines.set(i + 1, a);
    final Path bad = write(dir.resolve("unsorted.vcf"), lines);
    assertBadInput(compare(dir, TestData.truthVcf(), bad), dir, "unsorted.vcf");
  }

  @Test
  void queryWithoutAnyGtIsRefused() throws IOException {
    // One record without GT is skipped with a warning, as vcfeval skips it (CompareDialectTest); a file where
    // no record has GT would count as zero, so it is refused.
    final Path dir = TestData.scratch("bad-nogt");
    final List<String> lines = queryLines();
    for (int i = firstDataLine(lines); i < lines.size(); i++) {
      final String[] f = lines.get(i).split("\t", -1);
      assertTrue(f[8].startsWith("GT:"), lines.get(i));
      f[8] = f[8].substring(3);
      f[9] = f[9].substring(f[9].indexOf(':') + 1);
      lines.set(i, String.join("\t", f));
    }
    final Path bad = write(dir.resolve("no-gt.vcf"), lines);
    assertBadInput(compare(dir, TestData.truthVcf(), bad), dir, "no-gt.vcf");
  }

  @Test
  void truncatedBgzipIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-truncated");
    final byte[] whole = Files.readAllBytes(TestData.gatk4Query());
    final Path bad = dir.resolve("truncated.vcf.gz");
    Files.write(bad, Arrays.copyOf(whole, whole.length * 2 / 3));
    assertBadInput(compare(dir, TestData.truthVcf(), bad), dir, "truncated.vcf.gz");
  }

  @Test
  void corruptIndexIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-index");
    final Path vcf = dir.resolve("query.vcf.gz");
    Files.copy(TestData.gatk4Query(), vcf);
    // A gzip stream (as a .tbi is) whose content is not a tabix index.
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(vcf + ".tbi")))) {
      out.write("this is not a tabix index\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
    }
    assertBadInput(compare(dir, TestData.truthVcf(), vcf), dir, "query.vcf.gz");
  }

  @Test
  void missingInputFileIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-missing");
    final Path missing = dir.resolve("does-not-exist.vcf.gz");
    assertBadInput(compare(dir, missing, TestData.gatk4Query()), dir, "does-not-exist.vcf.gz");
  }

  @Test
  void unknownSampleIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-sample");
    assertBadInput(compare(dir, TestData.truthVcf(), TestData.gatk4Query(), "--query-sample", "NOBODY"), dir,
        "NOBODY");
  }

  @Test
  void outputThatWouldOverwriteAnInputIsRefused() throws IOException {
    final Path dir = TestData.scratch("bad-overwrite");
    final Path query = dir.resolve("calls.vcf.gz");
    Files.copy(TestData.gatk4Query(), query);
    final byte[] before = Files.readAllBytes(query);
    final TestData.Run run = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        query.toString(), "--reference", TestData.reference().toString(), "--output", dir.resolve("calls").toString(),
        "--quiet");
    assertEquals(2, run.exitCode(), run.stderr());
    assertTrue(run.stderr().startsWith(Main.ERROR_PREFIX) && run.stderr().contains("overwrite"), run.stderr());
    assertEquals(java.nio.ByteBuffer.wrap(before), java.nio.ByteBuffer.wrap(Files.readAllBytes(query)));
  }

  @Test
  void outputUnderAFileIsBadUsage() throws IOException {
    final Path dir = TestData.scratch("bad-outdir");
    Files.writeString(dir.resolve("afile"), "x");
    final TestData.Run run = TestData.run("compare", "--truth", TestData.truthVcf().toString(), "--query",
        TestData.gatk4Query().toString(), "--reference", TestData.reference().toString(), "--confident",
        TestData.truthBed().toString(), "--output", dir.resolve("afile/run").toString(), "--quiet");
    assertEquals(2, run.exitCode(), run.stderr());
    assertEquals(1, run.stderrLines().size(), run.stderr());
    assertTrue(run.stderr().startsWith(Main.ERROR_PREFIX), run.stderr());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    for (String[] args : List.of(new String[] {"compare", "--truth", "x.vcf"}, new String[] {"compare", "--bogus"},
        new String[] {"compare", "--truth", "t", "--query", "q", "--reference", "r", "--output", "o", "--threads", "0"},
        new String[] {"compare", "--truth", "t", "--query", "q", "--reference", "r", "--output", "o", "--roc", "DP"},
        new String[] {})) {
      final TestData.Run run = TestData.run(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + "\n" + run.stderr());
      assertEquals(1, run.stderrLines().size(), run.stderr());
      assertTrue(run.stderr().startsWith(Main.ERROR_PREFIX), run.stderr());
    }
  }
}
