package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JeffreysIntervalTest {

  /**
   * Reference values computed independently with SciPy 1.17.1:
   * {@code scipy.stats.beta.ppf([0.025, 0.975], x + 0.5, n - x + 0.5)}, with lower = 0 for x = 0 and upper = 1
   * for x = n. The rows after 499 of 500 are the HG002 chr21 HaplotypeCaller SNP and INDEL recall counts; after
   * 80 of 100 come cells of SV size, from Truvari 5.4.0's answers on the HG002 chr21 SV data (recall and precision
   * of Manta, DELLY and pbsv by type).
   */
  @ParameterizedTest
  @CsvSource({
      "95, 100, 0.893899926116897, 0.9806681880141332",
      "0, 10, 0.0, 0.21719626750921053",
      "10, 10, 0.7828037324907894, 1.0",
      "1, 1, 0.14674631630957513, 1.0",
      "0, 1, 0.0, 0.8532536836904248",
      "3, 7, 0.13886421910489025, 0.7654987507479062",
      "50, 50, 0.9512415405559286, 1.0",
      "499, 500, 0.9906905183144927, 0.999784120024227",
      "44982, 45087, 0.9971936426166057, 0.9980848314087764",
      "7641, 7827, 0.9726835413803845, 0.9794366158623254",
      "80, 100, 0.7137204271726825, 0.8692095845813153",
      "65, 177, 0.29882989111628777, 0.43993568025761626",
      "22, 65, 0.23241420148499156, 0.4585379069848967",
      "165, 177, 0.8880373582132192, 0.9624065438193",
      "103, 110, 0.8791327418231752, 0.9710872406637264",
      "23, 45, 0.36819606019031725, 0.652647065093976",
      "1, 112, 0.000965065217025753, 0.04096509723014355"})
  void matchesScipy(long x, long n, double lower, double upper) {
    final JeffreysInterval i = JeffreysInterval.of(x, n, 0.95);
    assertEquals(lower, i.lower(), 1e-9, "lower");
    assertEquals(upper, i.upper(), 1e-9, "upper");
  }

  @Test
  void noTrialsMeansNothingIsKnown() {
    assertEquals(new JeffreysInterval(0, 1), JeffreysInterval.of(0, 0, 0.95));
  }

  @Test
  void widerForHigherConfidence() {
    final JeffreysInterval a = JeffreysInterval.of(90, 100, 0.90);
    final JeffreysInterval b = JeffreysInterval.of(90, 100, 0.99);
    assertTrue(b.lower() < a.lower() && b.upper() > a.upper(), a + " vs " + b);
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> JeffreysInterval.of(11, 10, 0.95));
    assertThrows(IllegalArgumentException.class, () -> JeffreysInterval.of(-1, 10, 0.95));
    assertThrows(IllegalArgumentException.class, () -> JeffreysInterval.of(1, 10, 1.0));
    assertThrows(IllegalArgumentException.class, () -> JeffreysInterval.of(1, 10, 0));
  }
}
