package dk.harness.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one VCF does that the spec or htsjdk would not take as it is, but that changes no count, so the reader
 * accepts it (as htslib does) and says so once per kind: the first occurrence (line and an example) and how many.
 * Thread-safe: the indexed reader of {@link VcfInput#readContig} may report from several threads.
 */
final class DialectWarnings {
  /** One kind of leniency, with what it is and what the reader does about it. */
  enum Kind {
    FILTER_KEYS("FILTER header line(s) with keys other than ID and Description (e.g. bcftools' Number/Type)",
        "the extra keys are ignored"),
    ALT_KEYS("ALT header line(s) with keys other than ID and Description", "the extra keys are ignored"),
    CONTIG_KEYS("##contig line(s) with keys the VCF spec does not name", "the extra keys are ignored"),
    NO_DESCRIPTION("INFO/FORMAT/FILTER/ALT header line(s) without a Description", "accepted"),
    BAD_TYPE("INFO/FORMAT header line(s) with a Type the VCF spec does not know", "read as Type=String"),
    BAD_NUMBER("INFO/FORMAT header line(s) with an invalid Number", "read as Number=."),
    DUPLICATE("header line(s) declaring an ID that is already declared", "accepted; no count depends on them"),
    UNDECLARED_INFO("INFO key(s) used in records but not declared in the header", "accepted (read as strings)"),
    UNDECLARED_FORMAT("FORMAT key(s) used in records but not declared in the header",
        "accepted (GT, FT and GQ are read from the text)"),
    UNPARSABLE("INFO/FORMAT/FILTER/ALT/contig header line(s) with a quote that is never closed",
        "ignored, as htslib ignores a header line it cannot parse"),
    EMPTY_INFO("record(s) with an empty INFO column", "read as '.'"),
    NO_GT("record(s) whose FORMAT has no GT (e.g. gVCF blocks, annotation-only records)",
        "skipped, as vcfeval skips them"),
    NO_GT_VALUE("record(s) whose sample column ends before its GT (fewer values than FORMAT keys)",
        "read as a no-call '.', as vcfeval reads them, so not counted");

    final String what;
    final String action;

    Kind(String what, String action) {
      this.what = what;
      this.action = action;
    }
  }

  private static final class Seen {
    long count;
    long firstLine;
    String example;
  }

  private final Path path;
  private final String role;
  private final Map<Kind, Seen> seen = new EnumMap<>(Kind.class);

  DialectWarnings(Path path, String role) {
    this.path = path;
    this.role = role;
  }

  /**
   * Notes one occurrence.
   *
   * @param line 1-based line, or -1 if unknown
   * @param example what was found (a header ID, a key, chr:pos), kept for the first occurrence only
   */
  synchronized void note(Kind kind, long line, String example) {
    final Seen s = seen.computeIfAbsent(kind, k -> new Seen());
    if (s.count++ == 0) {
      s.firstLine = line;
      s.example = example;
    }
  }

  synchronized long count(Kind kind) {
    final Seen s = seen.get(kind);
    return s == null ? 0 : s.count;
  }

  /** One line per kind seen, in {@link Kind} order, without the {@code harness: warning: } prefix. */
  synchronized List<String> render() {
    final List<String> out = new ArrayList<>();
    for (Map.Entry<Kind, Seen> e : seen.entrySet()) {
      final Seen s = e.getValue();
      out.add(role + " VCF " + path + ": " + s.count + " " + e.getKey().what + " (first"
          + (s.firstLine > 0 ? " at line " + s.firstLine : "") + (s.example != null ? ": " + s.example : "")
          + "); " + e.getKey().action);
    }
    return out;
  }
}
