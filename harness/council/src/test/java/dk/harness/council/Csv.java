package dk.harness.council;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF records). */
final class Csv {
  private Csv() {
  }

  static List<List<String>> parse(String text) {
    final List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    final StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      final char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        if (f.length() != 0) {
          throw new IllegalArgumentException("quote inside an unquoted field at " + i);
        }
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
        any = false;
        continue;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("bare line break outside quotes at " + i);
      } else {
        f.append(c);
      }
      any = true;
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quote");
    }
    if (any) {
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }
}
