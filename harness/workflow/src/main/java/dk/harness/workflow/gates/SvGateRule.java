package dk.harness.workflow.gates;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One structural-variant threshold rule of the criteria file ({@code sv_rules:}), judged on the lower bound of the
 * metric's interval from the stratum {@code ALL} rows of an SV {@code metrics.json}. Immutable.
 *
 * @param type {@code ALL}, {@code DEL}, {@code INS}, {@code DUP}, {@code INV} or {@code BND} (see {@link #TYPES})
 * @param sizeBin {@code *} for every size, or one of the size-bin labels {@code harness compare-sv} writes
 *     (see {@link #SIZE_BINS}); breakends have no size, so a {@code BND} rule takes {@code *} only
 * @param metric the metric judged
 * @param failBelow FAIL when the lower bound is below this
 * @param warnBelow WARN when the lower bound is below this (and not below failBelow); >= failBelow
 * @param required whether a missing cell or an undefined metric FAILs the SV part; when false it is only noted
 */
public record SvGateRule(String type, String sizeBin, Metric metric, double failBelow, double warnBelow,
    boolean required) {

  /** The SV types a rule may name; {@code ALL} is every type together. */
  public static final List<String> TYPES = List.of("ALL", "DEL", "INS", "DUP", "INV", "BND");

  /**
   * The size bins a rule may name: {@code *} (compare-sv's {@code ALL} bin) and the bins of compare-sv's
   * metrics.json rows ({@code dk.harness.compare.sv.SvBreakdown}; {@code <50} holds smaller calls that took part
   * under {@code sizefilt}).
   */
  public static final List<String> SIZE_BINS = List.of("*", "<50", "50-99", "100-299", "300-999", "1000-4999",
      "5000-50000", ">50000");

  public SvGateRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sizeBin, "sizeBin");
    Objects.requireNonNull(metric, "metric");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("SV type '" + type + "' is not one of " + String.join(", ", TYPES));
    }
    if (!SIZE_BINS.contains(sizeBin)) {
      throw new IllegalArgumentException("size bin '" + sizeBin + "' is not one of " + String.join(", ", SIZE_BINS));
    }
    if ("BND".equals(type) && !"*".equals(sizeBin)) {
      throw new IllegalArgumentException("breakends (BND) have no size; use size bin *");
    }
    if (!(failBelow >= 0 && failBelow <= warnBelow && warnBelow <= 1)) {
      throw new IllegalArgumentException("need 0 <= fail_below <= warn_below <= 1, got fail_below " + failBelow
          + ", warn_below " + warnBelow);
    }
  }

  /** The default of {@code required}: true for the whole result (type ALL, size bin *), false for parts of it. */
  public static boolean requiredByDefault(String type, String sizeBin) {
    return "ALL".equals(type) && "*".equals(sizeBin);
  }

  /** The cell the rule reads. */
  public SvCell cell() {
    return new SvCell(type, sizeBin);
  }

  /** E.g. {@code SV ALL recall} or {@code SV DEL 300-999 bp precision}. */
  public String label() {
    return cell() + " " + metric.name().toLowerCase(Locale.ROOT);
  }
}
