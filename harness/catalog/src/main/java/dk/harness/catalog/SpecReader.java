package dk.harness.catalog;

import java.nio.file.Path;

/** Reads a spec file into a {@link PipelineSpec} after validating it. Stateless. */
final class SpecReader {
  private SpecReader() {}

  static PipelineSpec read(Path file, SpecValidator validator) {
    throw new UnsupportedOperationException("not yet");
  }
}
