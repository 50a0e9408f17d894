package dk.harness.io;

import dk.harness.core.RegionSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Reads a GIAB stratification TSV ({@code name<TAB>bed path}). Stateless. */
public final class Stratifications {
  private Stratifications() {
  }

  /**
   * One stratification region set, not yet loaded.
   *
   * @param name the stratum name
   * @param bed the BED path, resolved against the TSV's folder
   */
  public record Stratum(String name, Path bed) {
    /** Loads the BED (not cached). */
    public RegionSet load() {
      return BedRegions.read(bed);
    }

    /** Loads the BED keeping only {@code onlyContigs} (null = all). */
    public RegionSet load(Set<String> onlyContigs) {
      return BedRegions.read(bed, onlyContigs);
    }
  }

  /** @throws InputException on a malformed line or a missing BED file */
  public static List<Stratum> read(Path tsv) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
