package dk.harness.intake;

import dk.harness.testdata.Paths;
import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/** Real inputs from the shared data and bad files derived from them under target/. */
final class Fixtures {
  private Fixtures() {
  }

  static Path na12878() {
    return Paths.shared().resolve("na12878-hg19-chr20-10mb");
  }

  /** GIAB NA12878 truth, chr20:10.0-10.1 Mb, hg19 (contig chr20). */
  static Path truth() {
    return na12878().resolve("truth_and_reference/test_nist.b37_chr20_100kbp_at_10mb.vcf.gz");
  }

  /** hg19 chr20 reference (bgzip, .fai, .gzi). */
  static Path reference() {
    return na12878().resolve("truth_and_reference/ucsc.hg19.chr20.unittest.fasta.gz");
  }

  /** GATK4 HaplotypeCaller calls on the same region, contig renamed to chr20, bgzip + tabix: a clean submission. */
  static Path goodCalls() {
    return na12878().resolve("query_derived_chr20_bgzip/expected.testVCFMode.gatk4.chr20.vcf.gz");
  }

  /** The same calls as GATK wrote them: b37 naming (contig 20), plain text. */
  static Path b37Calls() {
    return na12878().resolve("query_gatk_original/expected.testVCFMode.gatk4.vcf");
  }

  static IntakeTarget target() {
    return new IntakeTarget(truth(), reference(), "GRCh37", "HG001");
  }

  /** All lines of a plain, gzip or bgzip text file. */
  static List<String> lines(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    final List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Writes {@code name} (plain text, or bgzip when it ends in .gz) into the scratch folder {@code dir}: the lines
   * of {@code source}, each header line passed through {@code header} and each record through {@code record}
   * (return null to drop a line).
   */
  static Path derive(Path dir, String name, Path source, UnaryOperator<String> header, UnaryOperator<String> record)
      throws IOException {
    final List<String> out = new ArrayList<>();
    for (String l : lines(source)) {
      final String t = l.startsWith("#") ? header.apply(l) : record.apply(l);
      if (t != null) {
        out.add(t);
      }
    }
    return write(dir.resolve(name), out);
  }

  static Path write(Path file, List<String> lines) throws IOException {
    final byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    if (file.toString().endsWith(".gz")) {
      try (OutputStream os = new BlockCompressedOutputStream(file.toFile())) {
        os.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
    return file;
  }

  /** Column {@code i} (0-based) of a record replaced. */
  static String setColumn(String record, int i, String value) {
    final String[] c = record.split("\t", -1);
    c[i] = value;
    return String.join("\t", c);
  }

  static String column(String record, int i) {
    return record.split("\t", -1)[i];
  }
}
