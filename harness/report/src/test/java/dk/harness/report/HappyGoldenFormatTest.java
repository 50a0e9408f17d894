package dk.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Formats the counts of hap.py 0.3.15's real outputs with this module's formatter and compares the text byte
 * for byte: headers, row order, number formatting, metric and ratio computation.
 */
class HappyGoldenFormatTest {
  static Stream<Path> runs() throws IOException {
    // Resolved here, not in a static initialiser, so that missing shared data skips rather than errors.
    try (Stream<Path> s = Files.walk(Fixtures.sharedData().resolve("hg002-chr21-pseudoref/expected"))) {
      return s.filter(p -> p.toString().endsWith(".extended.csv")).sorted().toList().stream();
    }
  }

  /** A context whose sizes match the hap.py runs: contig 21, confident size 31,254,551 as hap.py counted it. */
  private static ExtendedFormat format() {
    final ReportContext ctx = new ReportContext(Map.of("21", 48129895L), Fixtures.regions("21", 0, 31254551),
        List.of(), "QUAL");
    return new ExtendedFormat(ctx, 48129895L);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void extendedRowsReformatIdentically(Path extended) throws IOException {
    final List<String> lines = Files.readAllLines(extended);
    assertEquals(ExtendedCsvSink.HEADER, lines.get(0));
    final String[] header = lines.get(0).split(",", -1);
    final ExtendedFormat fmt = format();
    RowKey previous = null;
    for (String line : lines.subList(1, lines.size())) {
      final Map<String, String> row = parse(header, line);
      final RowKey key = key(row);
      if (previous != null) {
        assertTrue(previous.compareTo(key) < 0, "hap.py order: " + previous + " before " + key);
      }
      previous = key;
      assertEquals(line, fmt.line(key, row.get("QQ"), cell(row)), extended + " row " + key);
    }
    assertTrue(lines.size() > 40);
  }

  @ParameterizedTest
  @MethodSource("runs")
  void summaryRendersIdentically(Path extended) throws IOException {
    final List<String> lines = Files.readAllLines(extended);
    final String[] header = lines.get(0).split(",", -1);
    final Map<RowKey, Cell> cells = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      final Map<String, String> row = parse(header, line);
      cells.put(key(row), cell(row));
    }
    final Path summary = extended.resolveSibling(extended.getFileName().toString()
        .replace(".extended.csv", ".summary.csv"));
    assertEquals(Files.readString(summary), SummaryCsvSink.render(cells::get));
  }

  private static Map<String, String> parse(String[] header, String line) {
    final String[] f = line.split(",", -1);
    assertEquals(header.length, f.length, line);
    final Map<String, String> m = new HashMap<>();
    for (int i = 0; i < f.length; i++) {
      m.put(header[i], f[i]);
    }
    return m;
  }

  private static RowKey key(Map<String, String> row) {
    return new RowKey(VariantType.valueOf(row.get("Type")), row.get("Subtype"), row.get("Subset"),
        FilterKind.valueOf(row.get("Filter")));
  }

  private static Cell cell(Map<String, String> row) {
    final Cell c = new Cell();
    for (int cat = 0; cat < Cell.CATEGORIES; cat++) {
      final String n = Cell.NAMES[cat];
      c.v[cat][Cell.N] = Long.parseLong(row.get(n));
      c.v[cat][Cell.TI] = num(row.get(n + ".ti"));
      c.v[cat][Cell.TV] = num(row.get(n + ".tv"));
      c.v[cat][Cell.HET] = num(row.get(n + ".het"));
      c.v[cat][Cell.HOMALT] = num(row.get(n + ".homalt"));
    }
    c.fpGt = Long.parseLong(row.get("FP.gt"));
    c.fpAl = Long.parseLong(row.get("FP.al"));
    return c;
  }

  private static long num(String s) {
    return s.equals(".") ? 0 : (long) Double.parseDouble(s);
  }
}
