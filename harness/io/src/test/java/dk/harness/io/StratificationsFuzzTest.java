package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the stratification TSV as the comparison reads it ({@link Stratifications#read}): a list of strata or an
 * {@link InputException} naming the TSV. Two BED files exist beside it ({@code a.bed}, {@code sub/b.bed.gz}) so
 * inputs can name real files.
 */
class StratificationsFuzzTest {
  private static final Path DIR = FuzzFiles.folder("stratifications");
  private static final Path TSV = DIR.resolve("strata.tsv");

  static {
    try {
      Files.createDirectories(DIR.resolve("sub"));
      Files.writeString(DIR.resolve("a.bed"), "chr1\t0\t10\n");
      Files.writeString(DIR.resolve("sub/b.bed.gz"), "chr1\t5\t20\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> tsv() {
    return Stream.of(seed("easy\ta.bed\nhard.\tsub/b.bed.gz\n"), seed("# GIAB\n\nGRCh38_lowmappable\t./sub/../a.bed\r\n"),
        seed(" spaced name \t a.bed \textra\n"));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "stratifications.dict")
  @FuzzTest
  void tsv(byte[] data) {
    FuzzFiles.write(TSV, data);
    try {
      for (Stratifications.Stratum s : Stratifications.read(TSV)) {
        assertTrue(!s.name().isBlank() && Files.isRegularFile(s.bed()), s.toString());
      }
    } catch (InputException e) {
      FuzzFiles.assertNamesFile(e, TSV);
    }
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }
}
