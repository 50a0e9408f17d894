package dk.harness.workflow.shard;

import java.util.List;
import java.util.Objects;

/**
 * One independent piece of a planned run. Immutable.
 *
 * @param index the unit's number K in {@code shards.json} (0-based, its position in the list)
 * @param kind intake (the submission's intake check), compare (the comparison of some contigs) or sv (a submission's
 *     structural-variant part: its intake and its whole SV comparison; SV comparison is fast, so it is not split)
 * @param unit the submission's unit
 * @param sample the submission's sample
 * @param contigs the compared contigs, in reference order (empty for intake and sv)
 * @param truthRecords truth records on those contigs, as counted when planning (0 for intake)
 * @param queryRecords query records on those contigs, as counted when planning (all of the VCF for intake)
 * @param inputs the files the unit reads (paths as in {@link ShardPlan#files()})
 */
public record WorkUnit(int index, Kind kind, String unit, String sample, List<String> contigs, long truthRecords,
    long queryRecords, List<String> inputs) {
  /** What a unit does. */
  public enum Kind {
    INTAKE, COMPARE, SV;

    /** Lower-case name, as in shards.json and result file names. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Kind of(String label) {
      for (Kind k : values()) {
        if (k.label().equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown unit kind '" + label + "'");
    }
  }

  public WorkUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(sample, "sample");
    contigs = List.copyOf(contigs);
    inputs = List.copyOf(inputs);
  }

  /** {@code unit/sample}, the submission's key. */
  public String key() {
    return unit + "/" + sample;
  }

  /** Records the unit handles, its size for scheduling. */
  public long records() {
    return truthRecords + queryRecords;
  }

  /** The file name stem of the unit's results, e.g. {@code unit-0003}. */
  public String stem() {
    return String.format(java.util.Locale.ROOT, "unit-%04d", index);
  }
}
