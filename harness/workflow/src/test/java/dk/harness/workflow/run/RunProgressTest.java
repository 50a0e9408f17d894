package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.compare.ContigProgress;
import dk.harness.compare.ProgressSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunProgressTest {
  private static final List<String> KEYS = List.of("north/HG002", "south/HG002");

  @Test
  void logLinesWhenNotOnATerminal() throws Exception {
    final StringWriter w = new StringWriter();
    try (RunProgress p = new RunProgress(new PrintWriter(w, true), false, false, KEYS, 50)) {
      p.phase("north/HG002", "intake");
      p.phase("north/HG002", "comparing");
      final ProgressSink sink = p.sink("north/HG002");
      sink.contig(new ContigProgress("chr1", 100_000, 20_000, 100_000, 20_000, false, 0, 0, 0));
      sink.warn("no --confident BED");
      Thread.sleep(300);
      p.done("north/HG002", Status.PASS, "");
    }
    final String log = w.toString();
    assertTrue(log.contains("[run] north/HG002: started\n"), log);
    assertTrue(log.matches("(?s).*\\[run\\] north/HG002: chr1 120,000 records, [0-9,]+ rec/s\n.*"), log);
    assertTrue(log.contains("[run] north/HG002: WARNING: no --confident BED\n"), log);
    assertTrue(log.matches("(?s).*\\[run\\] north/HG002: PASS \\([0-9.]+ s\\)\n.*"), log);
    assertFalse(log.contains("south/HG002"), "queued submissions are not logged: " + log);
    assertFalse(log.contains("\033["), "no terminal control codes in a log");
  }

  @Test
  void liveBlockOnATerminal() throws Exception {
    final StringWriter w = new StringWriter();
    try (RunProgress p = new RunProgress(new PrintWriter(w, true), true, false, KEYS, 20)) {
      p.phase("south/HG002", "comparing");
      p.sink("south/HG002").contig(new ContigProgress("chr2", 10, 5, 10, 5, false, 0, 0, 0));
      Thread.sleep(100);
      p.done("south/HG002", Status.FAIL, "");
    }
    final String screen = w.toString();
    assertTrue(screen.contains("\033[2F\033[J"), "redraws the two-line block in place");
    final String last = screen.substring(screen.lastIndexOf("\033[J") + 3);
    assertEquals("\r[run] north/HG002: queued\n\r[run] south/HG002: FAIL\n", last);
  }

  @Test
  void quietPrintsOnlyWarnings() {
    final StringWriter w = new StringWriter();
    try (RunProgress p = new RunProgress(new PrintWriter(w, true), true, true, KEYS)) {
      p.phase("north/HG002", "comparing");
      p.info("hello");
      p.warn("north/HG002", "careful");
      p.done("north/HG002", Status.PASS, "");
    }
    assertEquals("[run] north/HG002: WARNING: careful\n", w.toString());
  }
}
