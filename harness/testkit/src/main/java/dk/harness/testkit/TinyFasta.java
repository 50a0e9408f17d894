package dk.harness.testkit;

import dk.harness.core.ReferenceSequence;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a small FASTA (plain or gzip) wholly into memory, for the synthetic test templates. Contig name = the
 * header up to the first whitespace; bases are upper-cased. Stateless.
 */
public final class TinyFasta {
  private TinyFasta() {
  }

  /**
   * @return contig name to sequence, in file order (unmodifiable)
   * @throws IllegalArgumentException if a sequence line comes before any header
   */
  public static Map<String, ReferenceSequence> read(Path fasta) {
    final Map<String, ReferenceSequence> out = new LinkedHashMap<>();
    try (BufferedReader r = TinyVcf.open(fasta)) {
      String name = null;
      ByteArrayOutputStream seq = new ByteArrayOutputStream();
      long lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.startsWith(">")) {
          if (name != null) {
            out.put(name, ReferenceSequence.of(seq.toByteArray()));
          }
          name = line.substring(1).strip().split("\\s+")[0];
          seq = new ByteArrayOutputStream();
        } else if (!line.isBlank()) {
          if (name == null) {
            throw new IllegalArgumentException(fasta + ":" + lineNo + ": sequence before the first '>' header");
          }
          seq.writeBytes(line.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
      }
      if (name != null) {
        out.put(name, ReferenceSequence.of(seq.toByteArray()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fasta, e);
    }
    return Collections.unmodifiableMap(out);
  }
}
