package dk.harness.council;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Neighbouring errors: FN and FP records matched in the same block (same BS) or within a few bases of each
 * other. Immutable.
 *
 * @param contig contig
 * @param calls the errors, in VCF order
 */
public record ErrorGroup(String contig, List<ErrorCall> calls) {
  /** Context shown around a group in IGV, in bases. */
  static final int IGV_PAD = 50;

  public ErrorGroup {
    calls = List.copyOf(calls);
    if (calls.isEmpty()) {
      throw new IllegalArgumentException("an error group needs at least one call");
    }
  }

  /** First position, 1-based. */
  public long start() {
    return calls.get(0).pos();
  }

  /** Last covered position, 1-based. */
  public long end() {
    long e = 0;
    for (ErrorCall c : calls) {
      e = Math.max(e, c.end());
    }
    return e;
  }

  /** Number of FN records. */
  public int fn() {
    return (int) calls.stream().filter(ErrorCall::fn).count();
  }

  /** Number of FP records. */
  public int fp() {
    return calls.size() - fn();
  }

  /** The strata any call lies in, sorted. */
  public Set<String> strata() {
    final TreeSet<String> s = new TreeSet<>();
    calls.forEach(c -> s.addAll(c.strata()));
    return s;
  }

  /** Why its records did not match, in plain words: one phrase per kind of mismatch present. */
  public List<String> why() {
    final LinkedHashSet<String> out = new LinkedHashSet<>();
    for (ErrorCall c : calls) {
      out.add(switch (c.level()) {
        case "am" -> "genotype differs: the same alleles, another genotype";
        case "lm" -> "alleles differ: calls near each other do not give the same haplotypes";
        default -> c.fn() ? "missed: no query call near by" : "false call: no truth variant near by";
      });
    }
    return new ArrayList<>(out);
  }

  /** {@code chr1:20263-20263}: where the errors are, 1-based inclusive. */
  public String locus() {
    return String.format(Locale.ROOT, "%s:%d-%d", contig, start(), end());
  }

  /** What to paste into IGV's locus box: the group with {@value #IGV_PAD} bases either side. */
  public String igvLocus() {
    return String.format(Locale.ROOT, "%s:%d-%d", contig, Math.max(1, start() - IGV_PAD), end() + IGV_PAD);
  }
}
