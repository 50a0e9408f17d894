package dk.harness.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Validates pipeline specs (YAML or JSON) against {@code pipeline-spec.schema.json} (JSON Schema 2020-12, bundled
 * in this module's resources; an identical copy lives in {@code pipelines-spec/}), plus the checks a schema cannot
 * express (step numbers consecutive from 1, parameters referring to existing steps). Thread-safe; the schema is
 * compiled once per instance.
 */
public final class SpecValidator {
  /** Classpath location of the bundled schema. */
  public static final String SCHEMA_RESOURCE = "/dk/harness/catalog/pipeline-spec.schema.json";

  public SpecValidator() {}

  /**
   * @return the problems, in document order; empty when the spec is valid
   * @throws CatalogueException if the file cannot be read or is not YAML/JSON at all
   */
  public List<SpecProblem> validate(Path file) {
    throw new UnsupportedOperationException("not yet");
  }
}
