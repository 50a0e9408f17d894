package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code harness compare-sv} runs from a tree holding only that subcommand (faster start): everything a user sees
 * must be what the full command tree gives.
 */
class CompareSvStartupTest {
  private record Seen(int code, String out, String err) {
  }

  private static Seen viaRun(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Seen(code, out.toString(), err.toString());
  }

  private static Seen viaFullTree(String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final PrintWriter o = new PrintWriter(out);
    final PrintWriter e = new PrintWriter(err);
    final var cl = Main.commandLine(o, e);
    cl.setOut(o);
    cl.setErr(e);
    final int code = cl.execute(args);
    o.flush();
    e.flush();
    return new Seen(code, out.toString(), err.toString());
  }

  @Test
  void helpVersionUsageErrorsAndBadInputReadAsFromTheFullTree() {
    for (List<String> args : List.of(List.of("compare-sv", "--help"), List.of("compare-sv", "--version"),
        List.of("compare-sv"), List.of("compare-sv", "-b", "t.vcf", "-c", "q.vcf", "-o", "out", "--pick", "two"),
        List.of("compare-sv", "-b", "target/no-such-truth.vcf", "-c", "q.vcf", "-o", "target/sv-startup-out"),
        List.of("compare-sv", "--no-such-option"))) {
      final String[] a = args.toArray(new String[0]);
      final Seen fast = viaRun(a);
      assertEquals(viaFullTree(a), fast, String.join(" ", args));
      assertTrue(fast.code() == 0 || fast.err().startsWith(Main.ERROR_PREFIX), fast.err());
    }
  }

  @Test
  void theUsageLineNamesTheCommandAsHarnessCompareSv() {
    assertTrue(viaRun("compare-sv", "--help").out().contains("Usage: harness compare-sv "));
  }
}
