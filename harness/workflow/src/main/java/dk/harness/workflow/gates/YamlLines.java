package dk.harness.workflow.gates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every entry of a YAML file, so validation errors found on the parsed tree can name the line.
 * Jackson's tree has no locations, hence this second pass over the tokens. Immutable.
 */
final class YamlLines {
  private final Map<String, Integer> lineByPointer;

  private YamlLines(Map<String, Integer> lineByPointer) {
    this.lineByPointer = lineByPointer;
  }

  /** The lines of {@code file}, or an empty map when it cannot be tokenised (then errors carry no line). */
  static YamlLines of(Path file) {
    final Map<String, Integer> m = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        final JsonStreamContext ctx = p.getParsingContext();
        // At the start of a container the context is already the container's own; its entry is the parent's.
        final JsonStreamContext owner = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
            ? ctx.getParent() : ctx;
        if (owner != null) {
          m.putIfAbsent(owner.pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException e) {
      // The tree was read, so this does not happen in practice; without lines the messages name the file only.
      m.clear();
    }
    return new YamlLines(m);
  }

  /**
   * The 1-based line of an entry written as in the messages ({@code rules[0].type}, {@code regression.fail}), or
   * of its nearest enclosing entry when it is absent (a missing key: the rule's line); -1 when none is known.
   */
  long lineOf(String at) {
    String pointer = pointer(at);
    while (!pointer.isEmpty()) {
      final Integer line = lineByPointer.get(pointer);
      if (line != null && line > 0) {
        return line;
      }
      pointer = pointer.substring(0, pointer.lastIndexOf('/'));
    }
    return -1;
  }

  /** {@code rules[0].type} to the JSON pointer {@code /rules/0/type}. */
  static String pointer(String at) {
    final String p = at.replace("[", ".").replace("]", "").replace('.', '/');
    final String trimmed = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    return trimmed.isEmpty() ? "" : "/" + trimmed;
  }
}
