package dk.harness.workflow.run;

import dk.harness.workflow.plan.PlanReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs a plan in a separate JVM, so a test can kill it mid-run: {@code ChildRun PLAN}. */
public final class ChildRun {
  private ChildRun() {
  }

  public static void main(String[] args) throws Exception {
    final RunResult r = new Runner(RunOptions.of("test", new PrintWriter(System.err, true)))
        .run(new PlanReader(1).read(Path.of(args[0])));
    System.exit(r.exitCode());
  }
}
