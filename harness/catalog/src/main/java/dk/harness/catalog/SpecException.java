package dk.harness.catalog;

import java.nio.file.Path;
import java.util.List;

/** A pipeline spec failed validation. The message names the first problem and how many there are in all. */
public class SpecException extends CatalogueException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> problems;

  /** @param problems at least one */
  public SpecException(Path file, List<SpecProblem> problems) {
    super(file, -1, summary(problems), "correct the spec (see docs/pipeline-spec.md); "
        + "'harness spec validate " + file + "' lists every problem");
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in document order. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String summary(List<SpecProblem> problems) {
    final String first = "invalid pipeline spec: " + problems.get(0);
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)";
  }
}
