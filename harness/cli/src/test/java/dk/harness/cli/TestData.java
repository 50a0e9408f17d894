package dk.harness.cli;

import dk.harness.testdata.SharedTestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Locates the shared real data and a per-test scratch folder under target/, and runs the CLI in-process. */
final class TestData {
  private TestData() {
  }

  /** The shared data folder; skips the test when it is missing (the rule of {@link SharedTestData}). */
  static Path shared() {
    return SharedTestData.root();
  }

  static Path na12878() {
    return SharedTestData.require("na12878-hg19-chr20-10mb");
  }

  static Path truthVcf() {
    return na12878().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz");
  }

  static Path truthBed() {
    return na12878().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.bed");
  }

  static Path reference() {
    return na12878().resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz");
  }

  static Path gatk4Query() {
    return na12878().resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz");
  }

  /** The original GATK output: contig '20', not 'chr20'. */
  static Path gatk4QueryB37Names() {
    return na12878().resolve("query_gatk_original/expected.testVCFMode.gatk4.vcf");
  }

  /** A fresh, empty folder target/test-work/&lt;name&gt;. */
  static Path scratch(String name) throws IOException {
    final Path dir = Path.of("target", "test-work", name).toAbsolutePath();
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    return dir;
  }

  /** The lines of a plain or gzipped text file. */
  static List<String> lines(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file)) {
      final InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      return splitLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static List<String> splitLines(String s) {
    final List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Result of one in-process CLI run. */
  record Run(int exitCode, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : List.of(stderr.split("\\R"));
    }
  }

  static Run run(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
