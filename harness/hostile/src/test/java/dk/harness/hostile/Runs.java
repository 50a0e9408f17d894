package dk.harness.hostile;

import dk.harness.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process (picocli's execute() through {@link Main#run}) and caches the clean runs. */
final class Runs {
  private static final Map<String, List<String>> CLEAN = new HashMap<>();
  private static int cleanRuns;

  private Runs() {
  }

  /** One in-process run: exit code, stdout, stderr. */
  record Result(int exitCode, String stdout, String stderr) {
    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : List.of(stderr.split("\\R"));
    }
  }

  static Result run(List<String> args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * The contents of the clean run's count files (made once per key under target/hostile/_clean/N). A clean run
   * that fails is a broken fixture, not a finding: it throws.
   */
  static synchronized List<String> clean(Invocation inv) {
    final List<String> cached = CLEAN.get(inv.cleanKey);
    if (cached != null) {
      return cached;
    }
    final CaseDir d = CaseDir.fresh("_clean/" + cleanRuns++);
    final Result r = run(Invocation.resolve(inv.clean.apply(d.root), d.out));
    if (r.exitCode() != 0) {
      throw new IllegalStateException("clean run failed (" + inv.cleanKey + "):\n" + r.stderr());
    }
    final List<String> contents = new ArrayList<>();
    for (String f : inv.cleanCountFiles) {
      contents.add(read(d.out, f, r));
    }
    CLEAN.put(inv.cleanKey, List.copyOf(contents));
    return contents;
  }

  /** A count file's text (or the run's stdout for {@link Invocation#STDOUT}); null when the file is missing. */
  static String read(Path out, String name, Result r) {
    if (name.equals(Invocation.STDOUT)) {
      return r.stdout();
    }
    final Path p = out.resolve(name);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
