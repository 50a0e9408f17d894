package dk.harness.cli;

import dk.harness.io.InputException;
import dk.harness.registry.Registry;
import dk.harness.registry.RegistryException;
import dk.harness.registry.SubmissionRecord;
import dk.harness.workflow.plan.PlanReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code harness plan --from-round ROUND --server-data DIR --out PLAN.yaml}: the plan of a portal round, for the
 * nightly cluster job. The work is done by {@link dk.harness.registry.Rounds#writePlan}; the plan is read back
 * with {@link PlanReader} so that a plan this writes is one {@code harness run} accepts.
 */
final class RoundPlan {
  private RoundPlan() {
  }

  static int write(String round, Path serverData, Path out, PrintWriter stdout, CommandLine cl) {
    if (serverData == null) {
      throw new CommandLine.ParameterException(cl, "--from-round needs --server-data DIR (the portal's data folder)");
    }
    if (!Files.isRegularFile(serverData.resolve(Registry.DB_FILE))) {
      throw new InputException(serverData, -1, "no portal database " + Registry.DB_FILE + " here",
          "point --server-data at the folder 'harness serve --data' uses");
    }
    try (Registry reg = Registry.open(serverData, Clock.systemUTC())) {
      final Path abs = out.toAbsolutePath().normalize();
      final List<SubmissionRecord> subs = reg.rounds().writePlan(round, abs);
      new PlanReader(1).read(abs);
      reg.audit().append("cli " + System.getProperty("user.name", "?"), "plan-written", "round " + round,
          subs.size() + " submissions, to " + abs);
      for (SubmissionRecord s : subs) {
        stdout.printf(Locale.ROOT, "%s\t%s\tv%d\tsubmission %d\t%s%n", s.unit(), s.sample(), s.version(), s.id(),
            s.vcfSha256());
      }
      stdout.flush();
      return Main.EXIT_OK;
    } catch (RegistryException e) {
      throw new InputException(serverData, -1, e.getMessage(), e.fix());
    }
  }
}
