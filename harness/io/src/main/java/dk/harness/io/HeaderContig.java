package dk.harness.io;

/**
 * A {@code ##contig} header line that declares a length.
 *
 * @param id the contig's ID
 * @param length the declared length (positive)
 * @param line the header line's 1-based number
 */
public record HeaderContig(String id, long length, long line) {

  /** The declaration on {@code text}, or null when it is not a {@code ##contig} line with an ID and a length. */
  static HeaderContig parse(String text, long line) {
    if (!text.startsWith("##contig=<")) {
      return null;
    }
    final String body = text.endsWith(">") ? text.substring(10, text.length() - 1) : text.substring(10);
    String id = null;
    long length = -1;
    // Keys are comma-separated; only ID and length matter, and neither may hold a comma or a quote.
    for (String kv : body.split(",")) {
      final int eq = kv.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      final String key = kv.substring(0, eq).strip();
      final String value = kv.substring(eq + 1).strip();
      if (key.equals("ID")) {
        id = value;
      } else if (key.equals("length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          length = -1;
        }
      }
    }
    return id == null || id.isEmpty() || length <= 0 ? null : new HeaderContig(id, length, line);
  }
}
