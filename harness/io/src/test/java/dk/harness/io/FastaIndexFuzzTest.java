package dk.harness.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.harness.core.ReferenceSequence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the .fai of a small FASTA: {@link FastaReference} opens it and reads its contigs, or refuses with an
 * {@link InputException} naming the FASTA or its index. A damaged index must never surface as an htsjdk
 * exception, an array index error or an allocation the size of a genome.
 */
class FastaIndexFuzzTest {
  private static final Path DIR = FuzzFiles.folder("fai");
  private static final Path FASTA = DIR.resolve("ref.fa");
  private static final Path FAI = DIR.resolve("ref.fa.fai");
  /** Two contigs: chr1 (16 bases, lines of 10) and chr2 (8 bases, lower case). */
  static final String REF = ">chr1 first\nACGTACGTAC\nGTACGT\n>chr2\nNNNNacgt\n";
  static final String GOOD_FAI = "chr1\t16\t12\t10\t11\nchr2\t8\t36\t8\t9\n";

  static {
    FuzzFiles.write(FASTA, REF.getBytes(StandardCharsets.US_ASCII));
    // The index written for each input must not be older than the FASTA.
    FuzzFiles.touch(FASTA, 1_000_000L);
  }

  static Stream<Arguments> fai() {
    return Stream.of(seed(GOOD_FAI), seed("chr1\t16\t12\t10\t11\r\n"), seed("chr2\t8\t36\t8\t9\nchr1\t16\t12\t10\t11\n"),
        seed("chr1\t2147483648\t12\t10\t11\n"), seed("chr1\t16\t12\t10\t11\nchr1\t16\t12\t10\t11\n"));
  }

  @MethodSource
  @DictionaryFile(resourcePath = "fai.dict")
  @FuzzTest
  void fai(byte[] data) {
    FuzzFiles.write(FAI, data);
    try (FastaReference ref = FastaReference.open(FASTA)) {
      int read = 0;
      for (Map.Entry<String, Integer> e : ref.contigLengths().entrySet()) {
        if (read++ == 3) {
          break;
        }
        final ReferenceSequence seq = ref.contig(e.getKey());
        assertEquals((int) e.getValue(), seq.length(), e.getKey());
      }
    } catch (InputException e) {
      FuzzFiles.assertNamesFile(e, FASTA, FAI);
    }
  }

  private static Arguments seed(String text) {
    return arguments((Object) text.getBytes(StandardCharsets.UTF_8));
  }
}
