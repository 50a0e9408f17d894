package dk.harness.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a case runs the harness and what the contract checks look at. Arguments may contain {@link CaseDir#OUT},
 * replaced by the case's out/ folder (or the clean run's). Built by {@link Calls}.
 */
final class Invocation {
  /** Name of a "count file" that stands for the command's stdout (e.g. {@code harness history}). */
  static final String STDOUT = "<stdout>";

  final List<String> args;
  /** File names (not paths) one of which the error line must name; empty: any. */
  final List<String> culprits = new ArrayList<>();
  /** The 1-based line the error must name after the file, or -1 when not prescribed. */
  long line = -1;
  /** Files (relative to out/) compared with the clean run's when the counts must be unchanged. */
  final List<String> countFiles = new ArrayList<>();
  /** The clean run's files (relative to its out/), in the order of {@link #countFiles}. */
  final List<String> cleanCountFiles = new ArrayList<>();
  /** Key and maker of the clean run (given a fresh folder, writes its inputs and returns its arguments). */
  String cleanKey;
  Function<Path, List<String>> clean;
  /** Files that must exist in out/ after a successful run. */
  final List<String> expectedOutputs = new ArrayList<>();
  /** validate prints its findings (with their fixes) on stdout and a one-line verdict on stderr. */
  boolean findingsOnStdout;
  /** Runs after the harness, whatever happened (e.g. unmounting a tmpfs). */
  Runnable after = () -> { };
  /** Output folder whose leftovers are checked, when not the case's out/ (e.g. a mount point). */
  Path outputs;

  Invocation(List<String> args) {
    this.args = List.copyOf(args);
  }

  Invocation culprit(String... names) {
    culprits.addAll(List.of(names));
    return this;
  }

  Invocation culprit(Path file) {
    return culprit(file.getFileName().toString());
  }

  Invocation line(long oneBased) {
    this.line = oneBased;
    return this;
  }

  Invocation after(Runnable r) {
    this.after = r;
    return this;
  }

  Invocation outputs(Path dir) {
    this.outputs = dir;
    return this;
  }

  static List<String> resolve(List<String> args, Path out) {
    final List<String> r = new ArrayList<>();
    for (String a : args) {
      r.add(a.replace(CaseDir.OUT, out.toString()));
    }
    return r;
  }
}
