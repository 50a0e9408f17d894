package dk.harness.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a GIAB/hap.py stratification TSV: one {@code name<TAB>relative/path.bed.gz} per line.
 *
 * <p>Publisher quirks are handled rather than copied into our outputs: CRLF line endings and a missing final newline
 * are accepted; a name ending in '.' (the v3.1 "all" TSVs have {@code HG002_v4.2.1_comphetindel10bp_slop50.}) is
 * reported without the dot, while the file path is kept exactly as published. Blank lines and lines starting with
 * '#' are skipped. Paths must be relative and stay inside the set's folder. Stateless.
 */
public final class StratificationTsv {
  private StratificationTsv() {}

  /** One line of the TSV. @param name cleaned name @param relativePath path as published @param line 1-based */
  public record Entry(String name, String relativePath, int line) {}

  /**
   * @param file the TSV (named in error messages)
   * @return entries in file order
   * @throws CatalogueException on a malformed line, an unsafe path or a duplicate name
   */
  public static List<Entry> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new CatalogueException(file, -1, "cannot read stratification TSV: " + e, null, e);
    }
  }

  /** As {@link #read} for text already in memory; {@code source} is only used in messages. */
  public static List<Entry> parse(String text, Path source) {
    final List<Entry> out = new ArrayList<>();
    final Map<String, Integer> seen = new HashMap<>();
    final String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      final int lineNo = i + 1;
      final String line = stripCr(lines[i]);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      final String[] f = line.split("\t", -1);
      if (f.length != 2) {
        throw new CatalogueException(source, lineNo, "expected 2 tab-separated fields (name, BED path), found "
            + f.length, "fix the stratification TSV");
      }
      final String name = cleanName(f[0]);
      if (name.isEmpty()) {
        throw new CatalogueException(source, lineNo, "empty stratification name", "fix the stratification TSV");
      }
      final String path = f[1].strip();
      final String unsafe = unsafePath(path);
      if (unsafe != null) {
        throw new CatalogueException(source, lineNo, "BED path '" + path + "' " + unsafe,
            "use a relative path inside the stratification folder");
      }
      final Integer prev = seen.putIfAbsent(name, lineNo);
      if (prev != null) {
        throw new CatalogueException(source, lineNo, "stratification name '" + name + "' already used on line "
            + prev, "give every stratification a distinct name");
      }
      out.add(new Entry(name, path, lineNo));
    }
    return out;
  }

  /** The name without surrounding blanks and without trailing dots (a publisher typo, never meaningful). */
  static String cleanName(String raw) {
    String s = raw.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /** @return why {@code p} is unsafe as a path below the set folder, or null if it is fine */
  static String unsafePath(String p) {
    if (p.isEmpty()) {
      return "is empty";
    }
    if (p.startsWith("/") || p.contains("\\") || p.contains(":")) {
      return "must be relative with forward slashes";
    }
    for (String seg : p.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
        return "must not contain empty, '.' or '..' segments";
      }
      if (!CatalogueReader.FILE_NAME.matcher(seg).matches()) {
        return "contains an unusual character in '" + seg + "'";
      }
    }
    return null;
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
