package dk.harness.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where each file of the project's shared test data ({@code ../shared/data}) comes from: the committed source list
 * ({@code test-data/sources.tsv}) joined with the list of files and their checksums ({@code test-data/MANIFEST.tsv},
 * or the data folder's own MANIFEST.tsv). Immutable.
 *
 * <p>Source list: tab-separated, {@code #} comments, a header line, then one rule per line: {@code prefix kind
 * repository commit upstream how}. A rule covers every manifest path that starts with {@code prefix} (a folder
 * ending in {@code /}, or one file); the longest prefix wins. {@code kind} is {@code github} (fetched from
 * {@code https://raw.githubusercontent.com/<repository>/<commit>/<upstream><rest of the path>}), or {@code derived}
 * / {@code generated} (made here from other files, or by running tools; {@code how} says how, and such files are
 * listed, never fetched). A manifest path no rule covers is reported as unknown, never guessed.
 *
 * <p>Manifest: tab-separated with a header naming at least the columns {@code path}, {@code bytes} and
 * {@code sha256}; other columns are ignored.
 */
public final class SharedDataSources {
  /** Where {@code github} rules are fetched from; a mirror (or a test server) replaces this prefix. */
  public static final URI GITHUB_RAW = URI.create("https://raw.githubusercontent.com/");

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9_.-]+");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");

  /** How a file is obtained. */
  public enum Kind {
    /** Fetched from a public GitHub repository at a fixed commit. */
    GITHUB,
    /** Made here from other files of the data (renamed, compressed, indexed, cut out); cannot be fetched. */
    DERIVED,
    /** Made here by running tools (expected answers, synthetic references); cannot be fetched. */
    GENERATED
  }

  /**
   * One rule of the source list.
   *
   * @param line 1-based line in the source list
   * @param repository owner/name (github only, else null)
   * @param commit commit id (github only, else null)
   * @param upstream path prefix in the repository (github only, may be empty)
   * @param how how the file was made (derived/generated), or a note
   */
  public record Rule(long line, String prefix, Kind kind, String repository, String commit, String upstream,
      String how) {
    /** The public URL of {@code path} (which this rule covers), for {@link Kind#GITHUB}. */
    public URI url(String path) {
      try {
        // The multi-argument constructor quotes what a path may hold but a URI may not (spaces, '#', '?').
        return new URI(GITHUB_RAW.getScheme(), GITHUB_RAW.getHost(), "/" + repository + "/" + commit + "/"
            + upstream + path.substring(prefix.length()), null);
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot build the URL of " + path, e);
      }
    }
  }

  /**
   * One file of the data with its rule (null when no rule covers it).
   *
   * @param path relative path in the data folder
   */
  public record Entry(String path, long bytes, String sha256, Rule rule) {
    /** The data set: the first path component. */
    public String set() {
      final int slash = path.indexOf('/');
      return slash < 0 ? "" : path.substring(0, slash);
    }
  }

  private final List<Rule> rules;
  private final List<Entry> entries;

  private SharedDataSources(List<Rule> rules, List<Entry> entries) {
    this.rules = List.copyOf(rules);
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads both lists.
   *
   * @throws CatalogueException naming file:line for anything malformed (unknown kind, bad checksum, a path that
   *     leaves the data folder, a github rule without repository or commit)
   */
  public static SharedDataSources read(Path sources, Path manifest) {
    final List<Rule> rules = readRules(sources);
    rules.sort(Comparator.comparingInt((Rule r) -> r.prefix().length()).reversed());
    final List<Entry> out = new ArrayList<>();
    final List<String> lines = lines(manifest);
    if (lines.isEmpty()) {
      throw new CatalogueException(manifest, -1, "the manifest is empty", "give the MANIFEST.tsv with its header");
    }
    final List<String> header = List.of(lines.get(0).split("\t", -1));
    final int path = header.indexOf("path");
    final int bytes = header.indexOf("bytes");
    final int sha = header.indexOf("sha256");
    if (path < 0 || bytes < 0 || sha < 0) {
      throw new CatalogueException(manifest, 1, "the header must name the columns path, bytes and sha256",
          "give a MANIFEST.tsv as written for ../shared/data");
    }
    for (int i = 1; i < lines.size(); i++) {
      final String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      final String[] f = line.split("\t", -1);
      final int n = i + 1;
      if (f.length <= Math.max(path, Math.max(bytes, sha))) {
        throw new CatalogueException(manifest, n, "expected at least " + header.size() + " tab-separated columns",
            "fix the line");
      }
      final String p = checkedPath(manifest, n, f[path]);
      final long size;
      try {
        size = Long.parseLong(f[bytes]);
      } catch (NumberFormatException e) {
        throw new CatalogueException(manifest, n, "bytes '" + f[bytes] + "' is not a number", "fix the line");
      }
      if (size < 0 || !SHA256.matcher(f[sha]).matches()) {
        throw new CatalogueException(manifest, n, "bad size or sha256 for " + p,
            "give the size in bytes and 64 lower-case hex digits");
      }
      out.add(new Entry(p, size, f[sha], rules.stream().filter(r -> p.startsWith(r.prefix())).findFirst()
          .orElse(null)));
    }
    rules.sort(Comparator.comparingLong(Rule::line));
    return new SharedDataSources(rules, out);
  }

  /** Every rule, in source-list order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Every file, in manifest order. */
  public List<Entry> entries() {
    return entries;
  }

  private static List<Rule> readRules(Path sources) {
    final List<Rule> out = new ArrayList<>();
    final List<String> lines = lines(sources);
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      final String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!line.startsWith("prefix\tkind\t")) {
          throw new CatalogueException(sources, i + 1, "the first line must be the header 'prefix<TAB>kind<TAB>"
              + "repository<TAB>commit<TAB>upstream<TAB>how'", "add the header");
        }
        continue;
      }
      final String[] f = line.split("\t", -1);
      final int n = i + 1;
      if (f.length != 6) {
        throw new CatalogueException(sources, n, "expected 6 tab-separated columns, found " + f.length,
            "give prefix, kind, repository, commit, upstream, how (empty columns stay as tabs)");
      }
      final String prefix = checkedPath(sources, n, f[0]);
      final Kind kind;
      try {
        kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CatalogueException(sources, n, "unknown kind '" + f[1] + "'", "use github, derived or generated");
      }
      if (kind == Kind.GITHUB && (!REPOSITORY.matcher(f[2]).matches() || !COMMIT.matcher(f[3]).matches()
          || f[4].contains("..") || f[4].startsWith("/"))) {
        throw new CatalogueException(sources, n, "a github rule needs repository owner/name, a hex commit id and "
            + "a relative upstream path", "fix the line");
      }
      if (kind != Kind.GITHUB && f[5].isBlank()) {
        throw new CatalogueException(sources, n, "a " + f[1] + " rule must say how the files were made",
            "fill in the 'how' column from the data's PROVENANCE/README");
      }
      out.add(new Rule(n, prefix, kind, kind == Kind.GITHUB ? f[2] : null, kind == Kind.GITHUB ? f[3] : null,
          f[4], f[5]));
    }
    return out;
  }

  /** A relative path that stays inside the data folder. */
  private static String checkedPath(Path file, long line, String p) {
    if (p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.contains("//")
        || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || List.of(p.split("/")).stream().anyMatch(s -> s.equals("..") || s.equals("."))) {
      throw new CatalogueException(file, line, "path '" + p + "' is not a plain relative path inside the data "
          + "folder", "fix the line");
    }
    return p;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CatalogueException(file, -1, "file not found", "run from the repository root or give the path");
    } catch (IOException e) {
      throw new CatalogueException(file, -1, "cannot read: " + e.getMessage(), "check the file is readable text", e);
    }
  }
}
