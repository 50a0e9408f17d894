package dk.harness.io;

import dk.harness.core.RegionSet;
import java.nio.file.Path;
import java.util.Set;

/** Reads BED files (plain or gzip/bgzip) into a {@link RegionSet}. Stateless. */
public final class BedRegions {
  private BedRegions() {
  }

  /** @throws InputException on a missing file or a malformed line */
  public static RegionSet read(Path bed) {
    return read(bed, null);
  }

  /**
   * @param onlyContigs keep only intervals on these contigs; null keeps all
   * @throws InputException on a missing file or a malformed line
   */
  public static RegionSet read(Path bed, Set<String> onlyContigs) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
