package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
