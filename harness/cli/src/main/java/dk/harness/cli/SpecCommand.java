package dk.harness.cli;

import dk.harness.catalog.BcoExport;
import dk.harness.catalog.PipelineSpec;
import dk.harness.catalog.SpecException;
import dk.harness.catalog.SpecProblem;
import dk.harness.catalog.SpecValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code harness spec validate|bco}: thin wrappers around {@link SpecValidator} and {@link BcoExport}. */
@Command(
    name = "spec",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    headerHeading = "%n",
    header = "Validate a unit's pipeline spec and export it as an IEEE 2791 BioCompute Object.",
    descriptionHeading = "%n",
    description = {"Specs are YAML or JSON following pipelines-spec/pipeline-spec.schema.json (JSON Schema 2020-12). "
        + "See docs/pipeline-spec.md and the examples in pipelines-spec/examples/.", ""},
    subcommands = {SpecCommand.ValidateCommand.class, SpecCommand.BcoCommand.class},
    usageHelpWidth = 100)
public final class SpecCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: validate or bco");
  }

  @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = {"Check a pipeline spec. Valid: one summary line on stdout, exit code 0. Invalid: one line per "
          + "problem on stdout (PATH: MESSAGE, e.g. $.description_domain.pipeline_steps[0].tool.version: required "
          + "field 'version' is missing), one summary line on stderr, exit code 2."})
  static final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Pipeline spec, YAML or JSON.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final List<SpecProblem> problems = new SpecValidator().validate(file);
      final PrintWriter out = spec.commandLine().getOut();
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println(p));
        out.flush();
        throw new SpecException(file, problems);
      }
      final PipelineSpec s = PipelineSpec.load(file);
      out.println(file + ": valid" + (s.example() ? " example" : "") + " spec of " + s.unit() + ", pipeline "
          + s.name() + " " + s.version() + ", " + s.steps().size() + " steps, reference " + s.build().label());
      out.flush();
      return Main.EXIT_OK;
    }
  }

  @Command(name = "bco", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
      description = {"Export a valid pipeline spec as an IEEE 2791-2020 BioCompute Object (JSON) with its etag. "
          + "Output is deterministic: the same spec gives the same bytes."})
  static final class BcoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Pipeline spec, YAML or JSON.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the BCO here (atomically) instead of stdout.")
    Path out;

    @Option(names = "--object-id", paramLabel = "ID",
        description = "BCO object_id (default: urn:dk-harness:bco:UNIT:NAME:VERSION).")
    String objectId;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      final String json = BcoExport.toJson(PipelineSpec.load(file), objectId);
      if (out == null) {
        final PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json);
        stdout.flush();
        return Main.EXIT_OK;
      }
      writeAtomically(out, json);
      return Main.EXIT_OK;
    }

    private static void writeAtomically(Path target, String text) {
      final Path abs = target.toAbsolutePath();
      try {
        Files.createDirectories(abs.getParent());
        final Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
          Files.writeString(tmp, text, StandardCharsets.UTF_8);
          Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + abs, e);
      }
    }
  }
}
