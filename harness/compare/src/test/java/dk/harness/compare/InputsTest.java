package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.harness.io.InputException;
import dk.harness.report.Stratum;
import dk.harness.testdata.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strata are read on several threads, with the result and the first error of reading them in TSV order. */
class InputsTest {

  @Test
  void strataReadInParallelEqualStrataReadOneByOne() throws IOException {
    final Path dir = TestFiles.scratch("inputs-strata");
    final StringBuilder tsv = new StringBuilder();
    for (int s = 0; s < 7; s++) {
      final StringBuilder bed = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        bed.append(i % 3 == 0 ? "chr2" : "chr1").append('\t').append(i * 50 + s).append('\t')
            .append(i * 50 + s + 10 + i % 7).append('\n');
      }
      Files.writeString(dir.resolve("s" + s + ".bed"), bed);
      tsv.append("stratum").append(s).append("\ts").append(s).append(".bed\n");
    }
    final Path file = dir.resolve("strata.tsv");
    Files.writeString(file, tsv);
    final List<Stratum> one = Inputs.loadStrata(file, Set.of("chr1", "chr2"), 1);
    final List<Stratum> four = Inputs.loadStrata(file, Set.of("chr1", "chr2"), 4);
    assertEquals(7, four.size());
    for (int s = 0; s < 7; s++) {
      assertEquals(one.get(s).name(), four.get(s).name());
      assertEquals("stratum" + s, four.get(s).name());
      for (String contig : List.of("chr1", "chr2")) {
        assertEquals(List.of(one.get(s).regions().starts(contig).length, one.get(s).regions().coveredLength(contig)),
            List.of(four.get(s).regions().starts(contig).length, four.get(s).regions().coveredLength(contig)));
      }
    }
  }

  @Test
  void theFirstBadStratumInTsvOrderIsReported() throws IOException {
    final Path dir = TestFiles.scratch("inputs-strata-bad");
    Files.writeString(dir.resolve("good.bed"), "chr1\t0\t10\n".repeat(5000));
    Files.writeString(dir.resolve("late.bed"), "chr1\t0\t10\nchr1\t20\tx\n");
    Files.writeString(dir.resolve("early.bed"), "chr1\t5\t1\n");
    final Path tsv = dir.resolve("strata.tsv");
    Files.writeString(tsv, "good\tgood.bed\nlate_in_file\tlate.bed\nearly_in_file\tearly.bed\n");
    for (int threads : new int[] {1, 3}) {
      final InputException e = assertThrows(InputException.class,
          () -> Inputs.loadStrata(tsv, Set.of("chr1"), threads));
      assertEquals(dir.resolve("late.bed").toAbsolutePath().normalize(), e.file().toAbsolutePath().normalize(),
          "threads " + threads);
      assertEquals(2, e.line());
    }
    Files.writeString(tsv, "good\tgood.bed\nbad,name\tgood.bed\n");
    final InputException named = assertThrows(InputException.class, () -> Inputs.loadStrata(tsv, Set.of("chr1"), 2));
    assertEquals(tsv, named.file());
    assertEquals("rename the stratum in the TSV", named.fix());
  }
}
