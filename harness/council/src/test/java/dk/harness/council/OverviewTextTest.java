package dk.harness.council;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Markdown and CSV forms of the overview, and bad run folders. */
class OverviewTextTest {
  private static Fixture fx;
  private static Path dir;

  @BeforeAll
  static void write() throws Exception {
    fx = Fixture.get();
    dir = Fixture.scratch("text");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.MD, dir.resolve("r.md"), "test");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.CSV, dir.resolve("r.csv"), "test");
  }

  @Test
  void csvHasOneLinePerSubmissionWithTheComparisonsNumbers() throws Exception {
    final List<List<String>> rows = Csv.parse(Files.readString(dir.resolve("r.csv")));
    final List<String> head = rows.get(0);
    assertEquals(7, rows.size(), "header and six submissions");
    for (List<String> r : rows) {
      assertEquals(head.size(), r.size());
    }
    for (List<String> r : rows.subList(1, rows.size())) {
      final String unit = r.get(head.indexOf("unit"));
      if ("east".equals(unit)) {
        assertEquals("ERROR", r.get(head.indexOf("verdict")));
        assertEquals("", r.get(head.indexOf("snv_recall")));
        assertTrue(r.get(head.indexOf("reasons")).startsWith("intake: "));
        continue;
      }
      final Summary s = Summary.of(fx.r3, unit);
      assertEquals(s.recall("SNP"), Double.parseDouble(r.get(head.indexOf("snv_recall"))), 1e-6, unit);
      assertEquals(s.recall("INDEL"), Double.parseDouble(r.get(head.indexOf("indel_recall"))), 1e-6, unit);
      assertEquals(s.count("INDEL", "PASS", "QUERY.FP"), Long.parseLong(r.get(head.indexOf("indel_fp"))));
      final double lo = Double.parseDouble(r.get(head.indexOf("snv_f1_lower")));
      final double f1 = Double.parseDouble(r.get(head.indexOf("snv_f1")));
      final double hi = Double.parseDouble(r.get(head.indexOf("snv_f1_upper")));
      assertTrue(lo <= f1 && f1 <= hi, unit + " F1 inside its interval");
      assertEquals("r2", r.get(head.indexOf("previous_run_id")));
    }
    final List<String> north = rows.stream().filter(r -> r.get(1).equals("north")).findFirst().orElseThrow();
    final double change = Double.parseDouble(north.get(head.indexOf("change_snv_recall")));
    assertEquals(Summary.of(fx.r3, "north").recall("SNP") - Summary.of(fx.results.resolve("r2"), "north")
        .recall("SNP"), change, 1e-6);
  }

  @Test
  void markdownHasTheTableTheMedianAndTheReasons() throws Exception {
    final String md = Files.readString(dir.resolve("r.md"));
    assertTrue(md.startsWith("# Benchmark of germline small-variant calls: run r3\n"), md);
    assertTrue(md.contains("6 submissions: 1 PASS, 1 WARN, 3 FAIL, 1 ERROR."), md);
    final List<String> table = md.lines().filter(l -> l.startsWith("|")).toList();
    assertEquals(2 + 6 + 1, table.size(), "header, rule, six rows, one median row");
    final long columns = bars(table.get(0));
    for (String l : table) {
      assertEquals(columns, bars(l), "every line has the header's cells: " + l);
    }
    assertTrue(table.get(table.size() - 1).startsWith("| **National median** | HG002 |"));
    assertTrue(md.contains("- **north\\/HG002 WARN**") || md.contains("- **north/HG002 WARN**"), md);
    assertTrue(md.contains("- **east/HG002 ERROR**\n  - intake: "), md);
    final String northRow = table.stream().filter(l -> l.startsWith("| north |")).findFirst().orElseThrow();
    assertTrue(northRow.contains("since r2"), northRow);
  }

  /** Unescaped cell separators of a Markdown table line. */
  private static long bars(String line) {
    return java.util.regex.Pattern.compile("(?<!\\\\)\\|").matcher(line).results().count();
  }

  @Test
  void outputsAreByteIdenticalOnARerun() throws Exception {
    final Path again = Fixture.scratch("text-again");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.MD, again.resolve("r.md"), "test");
    CouncilReport.write(fx.r3, fx.history, CouncilReport.Format.CSV, again.resolve("r.csv"), "test");
    assertArrayEquals(Files.readAllBytes(dir.resolve("r.md")), Files.readAllBytes(again.resolve("r.md")));
    assertArrayEquals(Files.readAllBytes(dir.resolve("r.csv")), Files.readAllBytes(again.resolve("r.csv")));
  }

  @Test
  void aFolderThatIsNotARunIsRefusedWithTheFix() throws Exception {
    final InputException e = assertThrows(InputException.class, () -> CouncilReport.write(fx.results, null,
        CouncilReport.Format.CSV, dir.resolve("x.csv"), "test"));
    assertTrue(e.getMessage().contains("run.json") || e.getMessage().contains("run manifest"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix:"), e.getMessage());
    assertTrue(!Files.exists(dir.resolve("x.csv")), "nothing written");
  }

  @Test
  void aDamagedSubmissionOutputNamesTheFile() throws Exception {
    final Path copy = Fixture.scratch("damaged").resolve("r1");
    Fixture.copyTree(fx.r1, copy);
    Files.writeString(copy.resolve("south/HG002/HG002.metrics.json"), "{ not json");
    final InputException e = assertThrows(InputException.class, () -> CouncilReport.write(copy, null,
        CouncilReport.Format.HTML, copy.resolveSibling("r.html"), "test"));
    assertTrue(e.getMessage().contains("HG002.metrics.json"), e.getMessage());
  }

  @Test
  void runJsonPointingOutsideTheRunFolderIsRefused() throws Exception {
    final Path copy = Fixture.scratch("outside").resolve("r1");
    Fixture.copyTree(fx.r1, copy);
    final Path runJson = copy.resolve("run.json");
    Files.writeString(runJson, Files.readString(runJson).replace("\"prefix\" : \"north/HG002/HG002\"",
        "\"prefix\" : \"../../../../etc/passwd\""));
    final InputException e = assertThrows(InputException.class, () -> CouncilReport.write(copy, null,
        CouncilReport.Format.CSV, copy.resolveSibling("r.csv"), "test"));
    assertTrue(e.getMessage().contains("not inside the run folder"), e.getMessage());
  }
}
