package dk.harness.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published md5 list in {@code md5sum} format ({@code <md5> [*]<path>} per line). Paths in such lists are
 * relative to wherever the publisher ran md5sum, so lookups match by path suffix. Immutable.
 */
final class Md5List {
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{32})\\s+\\*?(.+)");

  private record Item(String md5, String path) {}

  private final Path source;
  private final List<Item> items;

  private Md5List(Path source, List<Item> items) {
    this.source = source;
    this.items = List.copyOf(items);
  }

  static Md5List read(Path file) {
    final String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CatalogueException(file, -1, "cannot read md5 list: " + e, null, e);
    }
    final List<Item> items = new ArrayList<>();
    final String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      final String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      final Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new CatalogueException(file, i + 1, "not an md5sum line ('<md5> <path>')",
            "the md5 list may be damaged; fetch the truth set again");
      }
      String p = m.group(2).strip();
      if (p.startsWith("./")) {
        p = p.substring(2);
      }
      items.add(new Item(m.group(1).toLowerCase(java.util.Locale.ROOT), p));
    }
    return new Md5List(file, items);
  }

  /**
   * @param relativePath path relative to the set folder, e.g. {@code LowComplexity/GRCh38_x.bed.gz}
   * @return the listed md5, or null when the list has no entry for it
   * @throws CatalogueException if entries for it disagree
   */
  String lookup(String relativePath) {
    String found = null;
    for (Item it : items) {
      if (it.path().equals(relativePath) || it.path().endsWith("/" + relativePath)) {
        if (found != null && !found.equals(it.md5())) {
          throw new CatalogueException(source, -1, "two different md5s listed for " + relativePath,
              "report the inconsistency to the publisher; the file cannot be verified");
        }
        found = it.md5();
      }
    }
    return found;
  }
}
