package dk.harness.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run of the JVM start-up cache (harness/cli/src/aot/train.sh): several harness commands in one JVM,
 * so the one cache a JVM records holds the classes and method profiles of each (a cache records one process).
 * Not a user command.
 *
 * <p>Arguments: harness command lines separated by {@code ::}, e.g. {@code compare ... :: compare-sv ...}.
 * Exits non-zero when any command does.
 */
public final class AotTraining {
  private AotTraining() {
  }

  public static void main(String[] args) {
    final List<List<String>> commands = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String a : args) {
      if (a.equals("::")) {
        commands.add(current);
        current = new ArrayList<>();
      } else {
        current.add(a);
      }
    }
    commands.add(current);
    int status = 0;
    for (List<String> c : commands) {
      final int code = Main.run(c.toArray(String[]::new));
      if (code != Main.EXIT_OK) {
        System.err.println("harness AOT training: exit " + code + " from " + Arrays.toString(c.toArray()));
        status = code;
      }
    }
    System.exit(status);
  }
}
