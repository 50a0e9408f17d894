package dk.harness.workflow.gates;

import java.util.Comparator;
import java.util.Objects;

/**
 * One cell of an SV result: type and size bin, as in the stratum {@code ALL} rows of compare-sv's metrics.json.
 * The bin compare-sv writes as {@code ALL} (every size) is {@code *} here, as in the criteria file. Sorted by the
 * order of {@link SvGateRule#TYPES} (other types after, by name), then of {@link SvGateRule#SIZE_BINS}.
 *
 * @param type {@code ALL}, {@code DEL}, {@code INS}, {@code DUP}, {@code INV}, {@code BND} or another type
 *     compare-sv reported
 * @param sizeBin {@code *} or a size-bin label such as {@code 300-999}
 */
public record SvCell(String type, String sizeBin) implements Comparable<SvCell> {
  private static final Comparator<SvCell> ORDER = Comparator
      .comparingInt((SvCell c) -> rank(SvGateRule.TYPES.indexOf(c.type)))
      .thenComparing(SvCell::type)
      .thenComparingInt(c -> rank(SvGateRule.SIZE_BINS.indexOf(c.sizeBin)))
      .thenComparing(SvCell::sizeBin);

  public SvCell {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sizeBin, "sizeBin");
  }

  private static int rank(int index) {
    return index < 0 ? Integer.MAX_VALUE : index;
  }

  @Override
  public int compareTo(SvCell o) {
    return ORDER.compare(this, o);
  }

  /** E.g. {@code SV ALL} or {@code SV DEL 300-999 bp}. */
  @Override
  public String toString() {
    return "SV " + type + ("*".equals(sizeBin) ? "" : " " + sizeBin + " bp");
  }
}
