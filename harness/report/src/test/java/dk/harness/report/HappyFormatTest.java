package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HappyFormatTest {
  @Test
  void pythonRepr() {
    assertEquals("0.0", HappyFormat.pyRepr(0));
    assertEquals("1.0", HappyFormat.pyRepr(1));
    assertEquals("60.8", HappyFormat.pyRepr(304.0 / 5));
    assertEquals("1.0285165889772416", HappyFormat.pyRepr(3751.0 / 3647));
    assertEquals("0.1", HappyFormat.pyRepr(0.1));
    assertEquals("0.0001", HappyFormat.pyRepr(1e-4));
    assertEquals("1e-05", HappyFormat.pyRepr(1e-5));
    assertEquals("1.5e-07", HappyFormat.pyRepr(1.5e-7));
    assertEquals("123456789.0", HappyFormat.pyRepr(123456789));
    assertEquals("1e+16", HappyFormat.pyRepr(1e16));
    assertEquals("1234567890123456.0", HappyFormat.pyRepr(1234567890123456.0));
    assertEquals("-2.5", HappyFormat.pyRepr(-2.5));
    assertEquals("", HappyFormat.pyRepr(Double.NaN));
    assertEquals("", HappyFormat.pyRepr(Double.POSITIVE_INFINITY));
    // Java 17's Double.toString is not always shortest; Python's repr is
    assertEquals("2e-323", HappyFormat.pyRepr(2e-323));
    assertEquals("1e+23", HappyFormat.pyRepr(1e23));
  }

  @Test
  void cPrintfFixed() {
    assertEquals("0.987224", HappyFormat.cFixed(7727.0 / 7827));
    assertEquals("0.000000", HappyFormat.cFixed(0));
    assertEquals("31254551.000000", HappyFormat.cFixed(31254551));
    // 0.0000005 is just below the tie in binary: C rounds down, a half-up decimal formatter would not
    assertEquals("0.000000", HappyFormat.cFixed(0.0000005));
    assertEquals("nan", HappyFormat.cFixed(Double.NaN));
  }

  @Test
  void metricsGoThroughPrintfThenRepr() {
    assertEquals("0.987224", HappyFormat.metric(7727.0 / 7827));
    assertEquals("0.0", HappyFormat.metric(0));
    assertEquals("1.0", HappyFormat.metric(0.9999999));
    assertEquals("0.5", HappyFormat.metric(0.5));
    assertEquals("", HappyFormat.metric(Double.NaN));
  }

  @Test
  void ratios() {
    assertEquals("", HappyFormat.ratio(3, 0));
    assertEquals("", HappyFormat.ratio(0, 0));
    assertEquals("0.0", HappyFormat.ratio(0, 4));
    assertEquals("3.2", HappyFormat.ratio(64, 20));
  }
}
