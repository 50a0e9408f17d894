package dk.harness.workflow.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The 1-based line of every node of a YAML document, by JSON Pointer ({@code /submissions/2/vcf}), so messages
 * can name the line of the field at fault (Jackson's tree model keeps no locations). Immutable.
 */
final class YamlLocations {
  private final Map<String, Integer> lines;

  private YamlLocations(Map<String, Integer> lines) {
    this.lines = lines;
  }

  /** Scans the document's tokens. @throws IOException on a YAML syntax error */
  static YamlLocations scan(String text) throws IOException {
    final Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        final int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          // The container's own pointer is its parent's current path.
          final String ptr = p.getParsingContext().getParent() == null ? ""
              : p.getParsingContext().getParent().pathAsPointer().toString();
          lines.putIfAbsent(ptr, line);
        } else {
          lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
        }
      }
    }
    return new YamlLocations(lines);
  }

  /** The line of the node at {@code pointer} or of its nearest ancestor that has one; 1 if none. */
  int line(String pointer) {
    String p = pointer;
    while (true) {
      final Integer l = lines.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return 1;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
