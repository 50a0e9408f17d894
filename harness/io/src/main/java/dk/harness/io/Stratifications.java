package dk.harness.io;

import dk.harness.core.RegionSet;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a GIAB stratification TSV: one {@code name<TAB>bed path} per line, the path relative to the TSV's folder
 * (or absolute); blank and {@code #} lines are ignored. The BED files must exist when the TSV is read, but are
 * loaded only on {@link Stratum#load()}. Stateless and thread-safe.
 *
 * <p>Known quirk: some GIAB v3.1 TSVs have names with a trailing dot (e.g. {@code GRCh38_notinalldifficultregions.}
 * from a truncated file-name stem); the trailing dot is stripped so names match the BED stems used elsewhere.
 */
public final class Stratifications {
  private Stratifications() {
  }

  /**
   * One stratification region set, not yet loaded.
   *
   * @param name the stratum name (trailing dot stripped)
   * @param bed the BED path, resolved against the TSV's folder
   */
  public record Stratum(String name, Path bed) {
    /** Loads the BED (not cached). @throws InputException on a bad BED */
    public RegionSet load() {
      return BedRegions.read(bed);
    }

    /** Loads the BED keeping only {@code onlyContigs} (null = all). @throws InputException on a bad BED */
    public RegionSet load(Set<String> onlyContigs) {
      return BedRegions.read(bed, onlyContigs);
    }

    /**
     * Loads the BED under the reference's contig rule ({@link BedRegions#read(Path, String, ReferenceContigs)}).
     *
     * @throws InputException on a bad BED or an interval on a contig the reference lacks
     */
    public BedRegions.Checked load(ReferenceContigs reference) {
      return BedRegions.read(bed, what(), reference);
    }

    /** This stratum's BED in messages. */
    public String what() {
      return "the BED of stratum '" + name + "'";
    }
  }

  /**
   * Reads the TSV, in file order.
   *
   * @throws InputException on a malformed line, a duplicate name or a missing BED file (naming the TSV line)
   */
  public static List<Stratum> read(Path tsv) {
    final Path dir = tsv.toAbsolutePath().getParent();
    final List<Stratum> out = new ArrayList<>();
    final Map<String, Long> seen = new HashMap<>();
    try (TextLines lines = TextLines.open(tsv, "stratification TSV")) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.charAt(0) == '#') {
          continue;
        }
        final long no = lines.lineNumber();
        final String[] cols = line.strip().split("\t");
        if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new InputException(tsv, no, "expected 'name<TAB>bed path', found '" + line.strip() + "'",
              "separate the stratum name and the BED path by a tab");
        }
        String name = cols[0].strip();
        while (name.endsWith(".") && name.length() > 1) {
          name = name.substring(0, name.length() - 1);
        }
        final Long earlier = seen.putIfAbsent(name, no);
        if (earlier != null) {
          throw new InputException(tsv, no, "stratum name '" + name + "' already used on line " + earlier,
              "give each stratum a unique name");
        }
        final Path bed;
        try {
          bed = dir.resolve(cols[1].strip()).normalize();
        } catch (InvalidPathException e) {
          throw new InputException(tsv, no, "invalid BED path '" + cols[1].strip() + "'", "fix the path", e);
        }
        if (!Files.isRegularFile(bed)) {
          throw new InputException(tsv, no, "BED file of stratum '" + name + "' not found: " + bed,
              "fix the path (relative paths are resolved against the TSV's folder)");
        }
        out.add(new Stratum(name, bed));
      }
    }
    return List.copyOf(out);
  }
}
