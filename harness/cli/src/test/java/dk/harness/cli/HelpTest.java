package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
  private static final List<String> OPTIONS = List.of("--truth", "--query", "--reference", "--confident",
      "--stratification", "--target", "--truth-sample", "--query-sample", "--threads", "--match", "--roc", "--output", "--shard", "--quiet",
      "--debug", "--help", "--version");

  @Test
  void compareHelpMentionsEveryOptionOutputAndExitCode() {
    final TestData.Run run = TestData.run("compare", "--help");
    assertEquals(0, run.exitCode(), run.stderr());
    final String help = run.stdout();
    for (String option : OPTIONS) {
      assertTrue(help.contains(option), "help lacks " + option);
    }
    // Every option the command actually has, so a new option cannot go undocumented.
    final CommandLine compare = Main.commandLine(new PrintWriter(new StringWriter())).getSubcommands().get("compare");
    for (CommandLine.Model.OptionSpec o : compare.getCommandSpec().options()) {
      assertTrue(help.contains(o.longestName()), "help lacks " + o.longestName());
      assertTrue(OPTIONS.contains(o.longestName()), "option not covered by this test: " + o.longestName());
    }
    for (String s : List.of(".summary.csv", ".extended.csv", ".vcf.gz", ".roc.", ".metrics.json", "Exit codes",
        "  0 ", "  1 ", "  2 ", "harness: error: ")) {
      assertTrue(help.contains(s), "help lacks " + s);
    }
  }

  @Test
  void topLevelHelpAndVersion() {
    final TestData.Run help = TestData.run("--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.stdout().contains("compare"), help.stdout());
    final TestData.Run version = TestData.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.stdout().startsWith("harness "), version.stdout());
  }

  /** Every command and subcommand of the tree, depth first, as the words that run it. */
  private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
    out.add(path);
    for (CommandLine sub : cl.getSubcommands().values()) {
      final List<String> p = new ArrayList<>(path);
      p.add(sub.getCommandName());
      if (!out.contains(p)) {
        walk(sub, p, out);
      }
    }
  }

  /**
   * Renders the help of every command and subcommand (walking picocli's CommandSpec tree) the way a user gets it
   * ({@code harness ... --help}) and fails on any picocli warning (an unescaped '%' in a description, say) or
   * exception. picocli's tracer writes to the System.err it saw when first loaded, so it is pointed at a buffer.
   */
  @Test
  void everyHelpRendersWithoutWarnings() throws Exception {
    final List<List<String>> commands = new ArrayList<>();
    walk(Main.commandLine(new PrintWriter(new StringWriter())), List.of(), commands);
    assertTrue(commands.size() >= 15, "expected the whole command tree, got " + commands);
    final ByteArrayOutputStream traced = new ByteArrayOutputStream();
    final Field stream = CommandLine.Tracer.class.getDeclaredField("stream");
    stream.setAccessible(true);
    final Object before = stream.get(CommandLine.tracer());
    final PrintStream systemErr = System.err;
    final PrintStream capture = new PrintStream(traced, true, StandardCharsets.UTF_8);
    stream.set(CommandLine.tracer(), capture);
    System.setErr(capture);
    try {
      for (List<String> c : commands) {
        final List<String> args = new ArrayList<>(c);
        args.add("--help");
        final TestData.Run run = TestData.run(args.toArray(String[]::new));
        final String where = "harness " + String.join(" ", args);
        assertEquals(0, run.exitCode(), where + ": " + run.stderr());
        assertTrue(run.stdout().startsWith("Usage: ") || run.stdout().contains("\nUsage: "), where + ": "
            + run.stdout());
        assertEquals("", run.stderr(), where);
        assertEquals("", traced.toString(StandardCharsets.UTF_8), where);
        assertTrue(!run.stdout().contains("%n") && !run.stdout().contains("[picocli"), where + ": " + run.stdout());
      }
    } finally {
      System.setErr(systemErr);
      stream.set(CommandLine.tracer(), before);
    }
  }
}
