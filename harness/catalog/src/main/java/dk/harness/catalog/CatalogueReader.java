package dk.harness.catalog;

import java.nio.file.Path;

/** Parses and validates catalogue YAML into a {@link TruthSetCatalogue}. Stateless. */
final class CatalogueReader {
  private CatalogueReader() {}

  static TruthSetCatalogue read(Path file) {
    throw new UnsupportedOperationException("not yet");
  }
}
