package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code harness report} through Main.run on a demo results folder: formats, the default history, exit codes. */
class ReportCommandTest {
  @Test
  void reportsADemoRunInEveryFormatAndRefusesBadInput() throws Exception {
    final Path dir = TestData.scratch("cli-report");
    final TestData.Run demo = TestData.run("demo", "--out", dir.toString(), "--contig-length", "60000", "--seed",
        "5", "--threads", "2", "-q");
    assertEquals(0, demo.exitCode(), demo.stderr());
    final Path runDir;
    try (Stream<Path> s = Files.list(dir)) {
      runDir = s.filter(p -> Files.isRegularFile(p.resolve("run.json"))).findFirst().orElseThrow();
    }

    final Path html = dir.resolve("out/report.html");
    final TestData.Run r = TestData.run("report", runDir.toString(), "--out", html.toString());
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("harness: wrote " + html), r.stderr());
    assertFalse(r.stderr().contains("no history read"), "history.sqlite next to the run folder is found");
    final String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("id=\"overview-table\""));
    assertTrue(page.contains("<svg id='trend-0'"), "trends from the default history");

    final TestData.Run csv = TestData.run("report", runDir.toString(), "--format", "csv", "--out",
        dir.resolve("out/o.csv").toString(), "--no-history", "-q");
    assertEquals(0, csv.exitCode(), csv.stderr());
    assertEquals("", csv.stderr());
    final List<String> lines = Files.readAllLines(dir.resolve("out/o.csv"));
    assertEquals(6, lines.size(), "header and the demo's five units");
    assertTrue(lines.get(0).startsWith("run_id,unit,sample,"));

    final TestData.Run md = TestData.run("report", runDir.toString(), "--format", "MD", "-o",
        dir.resolve("out/o.md").toString(), "-q");
    assertEquals(0, md.exitCode(), md.stderr());
    final TestData.Run mqc = TestData.run("report", runDir.toString(), "--format", "multiqc", "-o",
        dir.resolve("out/mqc").toString(), "-q");
    assertEquals(0, mqc.exitCode(), mqc.stderr());
    assertTrue(Files.isRegularFile(dir.resolve("out/mqc/harness_strata_mqc.json")));

    final TestData.Run notRun = TestData.run("report", dir.toString(), "--out", dir.resolve("x.html").toString());
    assertEquals(2, notRun.exitCode());
    assertTrue(notRun.stderr().startsWith("harness: error: ") && notRun.stderr().strip().lines().count() == 1,
        notRun.stderr());
    assertFalse(Files.exists(dir.resolve("x.html")));

    final TestData.Run noDb = TestData.run("report", runDir.toString(), "--history",
        dir.resolve("missing.sqlite").toString(), "--out", dir.resolve("y.html").toString());
    assertEquals(2, noDb.exitCode());
    assertTrue(noDb.stderr().contains("missing.sqlite") && noDb.stderr().contains("Fix:"), noDb.stderr());

    final TestData.Run badFormat = TestData.run("report", runDir.toString(), "--format", "pdf", "--out", "z");
    assertEquals(2, badFormat.exitCode());
  }
}
