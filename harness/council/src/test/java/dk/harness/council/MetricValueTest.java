package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.report.Counts;
import dk.harness.workflow.gates.JeffreysInterval;
import dk.harness.workflow.gates.Metric;
import org.junit.jupiter.api.Test;

class MetricValueTest {
  // truth total 500 (TP 480, FN 20); query TP 478, FP 30, UNK 7.
  private static final Counts C = new Counts(500, 480, 20, 515, 478, 30, 7, 3, 2);

  @Test
  void recallAndPrecisionAreTheirJeffreysIntervals() {
    final MetricValue r = MetricValue.of(Metric.RECALL, C);
    final JeffreysInterval ri = JeffreysInterval.of(480, 500, 0.95);
    assertEquals(0.96, r.point(), 1e-12);
    assertEquals(ri.lower(), r.lower(), 0);
    assertEquals(ri.upper(), r.upper(), 0);
    assertEquals(480, r.successes());
    assertEquals(500, r.trials());
    final MetricValue p = MetricValue.of(Metric.PRECISION, C);
    final JeffreysInterval pi = JeffreysInterval.of(478, 508, 0.95);
    assertEquals(478.0 / 508, p.point(), 1e-12);
    assertEquals(pi.lower(), p.lower(), 0);
    assertEquals(pi.upper(), p.upper(), 0);
  }

  @Test
  void f1IsBoundedByTheF1OfTheEnds() {
    final MetricValue f = MetricValue.of(Metric.F1, C);
    final double r = 0.96;
    final double p = 478.0 / 508;
    assertEquals(2 * r * p / (r + p), f.point(), 1e-12);
    final MetricValue rv = MetricValue.of(Metric.RECALL, C);
    final MetricValue pv = MetricValue.of(Metric.PRECISION, C);
    assertEquals(2 * rv.lower() * pv.lower() / (rv.lower() + pv.lower()), f.lower(), 1e-12);
    assertEquals(2 * rv.upper() * pv.upper() / (rv.upper() + pv.upper()), f.upper(), 1e-12);
    assertTrue(f.lower() < f.point() && f.point() < f.upper());
  }

  @Test
  void undefinedWithoutDenominator() {
    final Counts noTruth = new Counts(0, 0, 0, 5, 0, 5, 0, 0, 0);
    assertNull(MetricValue.of(Metric.RECALL, noTruth));
    assertNull(MetricValue.of(Metric.F1, noTruth));
    assertEquals(0.0, MetricValue.of(Metric.PRECISION, noTruth).point());
    assertNull(MetricValue.of(Metric.RECALL, null));
  }
}
