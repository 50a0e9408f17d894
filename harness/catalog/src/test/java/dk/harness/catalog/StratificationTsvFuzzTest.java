package dk.harness.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the catalogue's stratification TSV reader ({@link StratificationTsv}): entries with safe relative paths
 * and distinct, non-empty names, or a {@link CatalogueException} naming the TSV, from the file and from the same
 * text in memory alike.
 */
class StratificationTsvFuzzTest {
  private static final Path TSV = folder().resolve("v3.1-GRCh38-all-stratifications.tsv");

  static Stream<Arguments> tsv() {
    return Stream.of(
        seed("GRCh38_lowmappabilityall\tLowComplexity/GRCh38_lowmappabilityall.bed.gz\n"
            + "HG002_v4.2.1_comphetindel10bp_slop50.\tGenomeSpecific/HG002_comphetindel10bp_slop50.bed.gz\n"),
        seed("# header\r\n\r\nGRCh38_AllTandemRepeats\tLowComplexity/GRCh38_AllTandemRepeats.bed.gz\r\nx\ty.bed"),
        seed("a\t../escape.bed\n"));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "stratification-tsv.dict")
  @FuzzTest
  void tsv(byte[] data) {
    write(TSV, data);
    List<StratificationTsv.Entry> fromFile = null;
    String refusal = null;
    try {
      fromFile = StratificationTsv.read(TSV);
      for (StratificationTsv.Entry e : fromFile) {
        assertTrue(!e.name().isEmpty() && StratificationTsv.unsafePath(e.relativePath()) == null, e.toString());
      }
    } catch (CatalogueException e) {
      assertTrue(TSV.equals(e.file()) && e.getMessage().startsWith(TSV.toString())
          && e.getMessage().indexOf('\n') < 0, e.getMessage());
      refusal = e.getMessage();
    }
    final String text = strictUtf8(data);
    if (text == null) {
      assertTrue(refusal != null, "a TSV that is not UTF-8 was read");
      return;
    }
    // The file is read as UTF-8, so the same text parsed in memory must give the same answer.
    try {
      assertEquals(fromFile, StratificationTsv.parse(text, TSV));
      assertEquals(null, refusal);
    } catch (CatalogueException e) {
      assertEquals(refusal, e.getMessage());
    }
  }

  /** The bytes as UTF-8 text, or null if they are not valid UTF-8. */
  private static String strictUtf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(data)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private static Path folder() {
    try {
      return Files.createDirectories(Paths.get("target", "fuzz-work", "stratification-tsv").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] data) {
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }
}
