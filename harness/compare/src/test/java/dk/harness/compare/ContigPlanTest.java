package dk.harness.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContigPlanTest {
  private static final List<String> REF = List.of("chr1", "chr2", "chr10", "chrX");
  private static final Path T = Path.of("t.vcf.gz");
  private static final Path Q = Path.of("q.vcf.gz");

  @Test
  void unionInReferenceOrderAndStreamingWhenInOrder() {
    final ContigPlan p = ContigPlan.of(REF, T, List.of("chr1", "chr10"), false, Q, List.of("chr2", "chrX"), false);
    assertEquals(List.of("chr1", "chr2", "chr10", "chrX"), p.contigs());
    assertTrue(p.streamTruth());
    assertTrue(p.streamQuery());
  }

  @Test
  void outOfOrderSideUsesItsIndex() {
    final ContigPlan p = ContigPlan.of(REF, T, List.of("chr10", "chr2"), true, Q, List.of("chr1"), false);
    assertEquals(List.of("chr1", "chr2", "chr10"), p.contigs());
    assertFalse(p.streamTruth());
    assertTrue(p.streamQuery());
  }

  @Test
  void outOfOrderWithoutIndexIsInputError() {
    final InputException e = assertThrows(InputException.class,
        () -> ContigPlan.of(REF, T, List.of("chr1"), false, Q, List.of("chrX", "chr1"), false));
    assertEquals(Q, e.file());
    assertTrue(e.getMessage().contains("tabix"), e.getMessage());
  }
}
