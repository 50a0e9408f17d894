package dk.harness.io;

import static dk.harness.io.TestFiles.expectInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.RegionSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StratificationsTest {

  @Test
  void happyStratificationTsv() {
    final Path tsv = TestFiles.shared("happy/example/happy/stratification.tsv");
    final List<Stratifications.Stratum> strata = Stratifications.read(tsv);
    assertEquals(1, strata.size());
    assertEquals("exons", strata.get(0).name());
    assertEquals(TestFiles.shared("happy/example/happy/exons_hg38.bed.gz"), strata.get(0).bed());
    assertEquals(Set.of("chr21"), strata.get(0).load().contigs());
  }

  @Test
  void fpRegionAccuracyStrat() {
    final List<Stratifications.Stratum> strata =
        Stratifications.read(TestFiles.shared("happy/src/data/fp_region_accuracy/strat.tsv"));
    assertEquals(List.of("strat"), strata.stream().map(Stratifications.Stratum::name).toList());
    final RegionSet set = strata.get(0).load(Set.of("chrQ"));
    // strat.bed: [0,6) [99,100) [100,111) [500,520); the two touching intervals merge.
    assertEquals(6 + 1 + 11 + 20, set.coveredLength("chrQ"));
  }

  @Test
  void commentsBlankLinesTrailingDotAndAbsolutePaths() {
    final Path dir = TestFiles.scratch("strat-ok");
    TestFiles.write(dir.resolve("a.bed"), "chr1\t0\t10\n");
    final Path abs = TestFiles.write(TestFiles.scratch("strat-ok-abs").resolve("b.bed"), "chr2\t0\t5\n");
    final Path tsv = TestFiles.write(dir.resolve("s.tsv"),
        "# GIAB strata\n\nGRCh38_notinalldifficultregions.\ta.bed\nabs\t" + abs + "\n");
    final List<Stratifications.Stratum> strata = Stratifications.read(tsv);
    assertEquals("GRCh38_notinalldifficultregions", strata.get(0).name());
    assertEquals(dir.resolve("a.bed"), strata.get(0).bed());
    assertEquals(abs, strata.get(1).bed());
    assertTrue(strata.get(1).load().contains("chr2", 1, 4));
  }

  @Test
  void errorsNameTheTsvLine() {
    final Path dir = TestFiles.scratch("strat-bad");
    TestFiles.write(dir.resolve("a.bed"), "chr1\t0\t10\n");
    final Path missing = TestFiles.write(dir.resolve("m.tsv"), "ok\ta.bed\n# c\ngone\tnot-there.bed\n");
    expectInputError(missing, 3, () -> Stratifications.read(missing), "stratum 'gone' not found",
        dir.resolve("not-there.bed").toString());
    final Path oneCol = TestFiles.write(dir.resolve("o.tsv"), "ok a.bed\n");
    expectInputError(oneCol, 1, () -> Stratifications.read(oneCol), "expected 'name<TAB>bed path'");
    final Path dup = TestFiles.write(dir.resolve("d.tsv"), "x\ta.bed\nx.\ta.bed\n");
    expectInputError(dup, 2, () -> Stratifications.read(dup), "'x' already used on line 1");
  }
}
