package dk.harness.io;

import dk.harness.core.RegionSet;
import dk.harness.core.sv.SvRegions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an include BED ({@code --includebed}) into the SV engine's regions. */
public final class SvBed {
  private SvBed() {
  }

  /**
   * Reads {@code bed} (merging overlapping and touching intervals, which gives the same regions as Truvari's own
   * merge) and keeps the contigs the truth file declares.
   *
   * @throws InputException for a missing or malformed BED
   */
  public static SvRegions read(Path bed, Set<String> truthContigs) {
    final RegionSet set = BedRegions.read(bed);
    final Map<String, List<long[]>> intervals = new HashMap<>();
    for (String contig : set.contigs()) {
      final List<long[]> list = new ArrayList<>();
      for (int[] iv : set.intervals(contig)) {
        list.add(new long[] {iv[0], iv[1]});
      }
      intervals.put(contig, list);
    }
    return SvRegions.fromBed(intervals, truthContigs);
  }
}
