package dk.harness.testkit;

import dk.harness.core.RegionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads a small BED file (plain or gzip) into a {@link RegionSet}: the first three tab/space-separated columns,
 * skipping blank, {@code #}, {@code track} and {@code browser} lines. Stateless; for test fixtures (the harness
 * itself reads BED through the io module).
 */
public final class TinyBed {
  private TinyBed() {
  }

  /** @throws IllegalArgumentException naming file and line on a malformed line */
  public static RegionSet read(Path bed) {
    final RegionSet.Builder b = RegionSet.builder();
    try (BufferedReader r = TinyVcf.open(bed)) {
      long lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("track") || line.startsWith("browser")) {
          continue;
        }
        final String[] f = line.strip().split("\\s+");
        try {
          b.add(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(bed + ":" + lineNo + ": not a BED line: " + line, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + bed, e);
    }
    return b.build();
  }
}
