package dk.harness.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads YAML (and therefore JSON) files into Jackson trees, turning every failure into a one-line
 * {@link CatalogueException} with the file and, where known, the line. Duplicate keys are errors.
 */
final class Yaml {
  private Yaml() {}

  static ObjectMapper mapper() {
    final ObjectMapper m = new ObjectMapper(new YAMLFactory());
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return m;
  }

  /** @return the document's root; never null (an empty file is an error) */
  static JsonNode readTree(Path file) {
    final String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CatalogueException(file, -1, "file not found", "check the path");
    } catch (IOException e) {
      throw new CatalogueException(file, -1, "cannot read: " + e, "check the file is readable UTF-8 text", e);
    }
    return parse(text, file);
  }

  /** As {@link #readTree} for text in memory; {@code file} only names it in messages. */
  static JsonNode parse(String text, Path file) {
    final JsonNode root;
    try {
      root = mapper().readTree(text);
    } catch (JsonProcessingException e) {
      final JsonLocation loc = e.getLocation();
      final long line = loc == null ? -1 : loc.getLineNr();
      throw new CatalogueException(file, line, "not valid YAML/JSON: " + e.getOriginalMessage(),
          "fix the syntax at that line", e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new CatalogueException(file, -1, "the file is empty", "write the document");
    }
    return root;
  }
}
