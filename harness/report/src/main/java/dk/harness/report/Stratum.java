package dk.harness.report;

import dk.harness.core.RegionSet;
import java.util.Objects;

/**
 * A named stratification region set (hap.py's Subset). A record belongs to it when its span
 * {@code [replayStart, end)} overlaps it ({@link RegionSet#overlaps}), the same rule as confident regions.
 *
 * @param name subset name as written in reports and in the GA4GH VCF's Regions field (no comma, no whitespace)
 * @param regions its intervals
 */
public record Stratum(String name, RegionSet regions) {
  /** Names the reports use themselves: the all-records subset, the confident regions and hap.py's block tags. */
  public static final java.util.List<String> RESERVED = java.util.List.of("*", "CONF", "TS_boundary", "TS_contained");

  public Stratum {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(regions, "regions");
    if (name.isEmpty() || RESERVED.contains(name) || name.matches(".*[\\s,;=].*")) {
      throw new IllegalArgumentException("bad stratification name '" + name
          + "': use a non-empty name without whitespace, ',', ';' or '=', other than " + RESERVED);
    }
  }
}
