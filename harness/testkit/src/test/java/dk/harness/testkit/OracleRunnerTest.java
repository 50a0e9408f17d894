package dk.harness.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.core.ComparisonConfig;
import dk.harness.core.Outcome;
import dk.harness.core.ReferenceSequence;
import dk.harness.core.VariantComparison;
import dk.harness.io.LoadedRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's input preparation, and the engine on tiny cases written with {@link VcfLines}. */
class OracleRunnerTest {
  private static final ReferenceSequence REF =
      ReferenceSequence.of("ACGTACGTACGTACGTACGTACGTACGTACGTACGTACGT".getBytes(StandardCharsets.US_ASCII));
  private final OracleRunner runner = new OracleRunner(new VariantComparison(ComparisonConfig.defaults()));

  @Test
  void regionIsVcfevalsOneBasedInclusiveSpec() {
    final OracleRunner.Region r = OracleRunner.Region.parse("chr20:10,000,000-10010000");
    assertEquals(new OracleRunner.Region("chr20", 9_999_999, 10_010_000), r);
    final List<LoadedRecord> rs = VcfLines.records("chr20 9999999 . AT A . PASS . GT 0/1",
        "chr20 9999998 . A G . PASS . GT 0/1", "chr20 10010000 . A G . PASS . GT 0/1",
        "chr20 10010001 . A G . PASS . GT 0/1");
    assertTrue(r.keeps(rs.get(0)), "a deletion reaching into the region is loaded, as by a tabix query");
    assertFalse(r.keeps(rs.get(1)));
    assertTrue(r.keeps(rs.get(2)));
    assertFalse(r.keeps(rs.get(3)));
  }

  @Test
  void passOnlyRemovesFilteredRecordsBeforeMatching() {
    final Map<String, List<LoadedRecord>> truth = VcfLines.byContig("c 5 . A G . PASS . GT 0/1");
    final Map<String, List<LoadedRecord>> query = VcfLines.byContig("c 5 . A G . LowQual . GT 0/1",
        "c 9 . A T . PASS . GT 1/1");
    final List<ContigRun> pass = runner.run(truth, query, List.of("c"), c -> REF, OracleRunner.Options.vcfevalDefaults());
    assertNull(pass.get(0).query().get(0).decision(), "the filtered record is not compared");
    assertEquals(Outcome.FN, pass.get(0).truth().get(0).decision().outcome());
    assertEquals(Outcome.FP, pass.get(0).query().get(1).decision().outcome());
    final List<ContigRun> all = runner.run(truth, query, List.of("c"), c -> REF, OracleRunner.Options.allRecords());
    assertEquals(Outcome.TP, all.get(0).truth().get(0).decision().outcome());
    assertEquals(Outcome.TP, all.get(0).query().get(0).decision().outcome());
  }

  @Test
  void recordsOnAContigTheReferenceLacksAreAnError() {
    final Map<String, List<LoadedRecord>> truth = VcfLines.byContig("x 5 . A G . PASS . GT 0/1");
    assertThrows(IllegalArgumentException.class,
        () -> runner.run(truth, Map.of(), List.of("c"), c -> REF, OracleRunner.Options.allRecords()));
  }

  @Test
  void equivalentRepresentationsMatch() {
    // ACGTACG...: deleting the first "CGTA" at 2..5 and the same deletion shifted by a repeat unit are equal.
    final Map<String, List<LoadedRecord>> truth = VcfLines.byContig("c 1 . ACGTA A . PASS . GT 1/1");
    final Map<String, List<LoadedRecord>> query = VcfLines.byContig("c 5 . ACGTA A . PASS . GT 1/1");
    final List<ContigRun> r = runner.run(truth, query, List.of("c"), c -> REF, OracleRunner.Options.allRecords());
    assertEquals(Outcome.TP, r.get(0).truth().get(0).decision().outcome());
    assertEquals(Outcome.TP, r.get(0).query().get(0).decision().outcome());
  }
}
