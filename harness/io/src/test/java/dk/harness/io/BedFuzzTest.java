package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.harness.core.RegionSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes {@link BedRegions}: a BED file is read or refused with an {@link InputException} naming it; and when the
 * whole file reads, reading it for one contig gives exactly that contig's intervals (the fast line reader and the
 * general one, and the contig filter, agree).
 */
class BedFuzzTest {
  private static final Path BED = FuzzFiles.folder("bed").resolve("in.bed");

  static Stream<Arguments> bed() {
    return Stream.of(
        seed("chr20\t100\t200\nchr20\t150\t300\tname\t0\t+\nchr21\t0\t1\n"),
        seed("track name=confident\nbrowser position chr1:1-100\n# comment\n\n1\t10\t20\n1 30 40\r\n2\t0\t0\n"),
        seed("chr1  5  10\nchr1\t2147483646\t2147483647\n"),
        seed("chrUn_gl000220\t0\t161802\r\nchr20\t60000\t64444167\r\n"));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "bed.dict")
  @FuzzTest
  void bed(byte[] data) {
    FuzzFiles.write(BED, data);
    final RegionSet all;
    try {
      all = BedRegions.read(BED);
    } catch (InputException e) {
      FuzzFiles.assertNamesFile(e, BED);
      return;
    }
    int checked = 0;
    for (String contig : all.contigs()) {
      if (checked++ == 3) {
        break;
      }
      final RegionSet one = BedRegions.read(BED, Set.of(contig));
      assertArrayEquals(all.starts(contig), one.starts(contig), contig);
      assertArrayEquals(all.ends(contig), one.ends(contig), contig);
    }
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }
}
