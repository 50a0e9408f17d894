package dk.harness.catalog;

import java.util.Objects;

/**
 * One reason a pipeline spec is invalid.
 *
 * @param path where in the document, as a JSON Pointer-like dotted path from the root, e.g.
 *     {@code $.description_domain.pipeline_steps[0].tool.version}; {@code $} for the whole document
 * @param message what is wrong, one line, naming the field
 */
public record SpecProblem(String path, String message) {
  public SpecProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
