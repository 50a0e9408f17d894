package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads cells of a summary.csv by row (Type, Filter) and column name, for assertions. */
final class SummaryCsv {
  private final List<String> header;
  private final List<List<String>> rows;

  private SummaryCsv(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  static SummaryCsv read(Path file) throws IOException {
    final List<String> lines = TestData.lines(file);
    final List<String> header = List.of(lines.get(0).split(",", -1));
    return new SummaryCsv(header, lines.subList(1, lines.size()).stream().map(l -> List.of(l.split(",", -1))).toList());
  }

  /** The integer in column {@code column} of row ({@code type}, {@code filter}). */
  long get(String type, String filter, String column) {
    final int c = header.indexOf(column);
    assertEquals(true, c >= 0, "no column " + column + " in " + header);
    List<String> found = null;
    for (List<String> r : rows) {
      if (r.get(0).equals(type) && r.get(1).equals(filter)) {
        assertEquals(null, found, "row " + type + "," + filter + " given twice");
        found = r;
      }
    }
    assertNotNull(found, "no row " + type + "," + filter);
    return Long.parseLong(found.get(c));
  }

  /** SNP + INDEL of one column for a filter. */
  long sum(String filter, String column) {
    return get("SNP", filter, column) + get("INDEL", filter, column);
  }
}
