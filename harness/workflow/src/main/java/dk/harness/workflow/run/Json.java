package dk.harness.workflow.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pretty JSON with '\n' line ends and map order kept, so the same content gives the same bytes. Stateless. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {
  }

  /**
   * Writes {@code value}, after checking that {@link #MAPPER} (and so every reader with Jackson's default limits,
   * e.g. {@code harness report}) reads the text back: what the harness writes, its own tools must read.
   *
   * @throws IllegalStateException if the text would exceed a reader's limits (a bug: inputs are bounded first)
   */
  static void write(Path file, Object value) throws IOException {
    final String text = WRITER.writeValueAsString(value);
    try {
      MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(file.getFileName() + " would not be readable: " + e.getOriginalMessage(), e);
    }
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }
}
