package dk.harness.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and validates catalogue YAML into a {@link TruthSetCatalogue}. Stateless.
 *
 * <p>Unknown keys are errors, not ignored: a misspelt {@code md5} must not silently turn a verified download into an
 * unverified one.
 */
final class CatalogueReader {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  static final Pattern SAMPLE = Pattern.compile("HG00[1-7]");
  static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  /** A plain file name: no separators, not "." or "..". */
  static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]*");

  private static final Set<String> TOP_KEYS = Set.of("catalogue_version", "changelog", "truth_sets");
  private static final Set<String> SET_KEYS = Set.of("id", "sample", "release", "build", "kind", "description",
      "licence", "citation", "checksum_note", "files");
  private static final Set<String> FILE_KEYS = Set.of("role", "url", "file_name", "md5", "sha256", "size",
      "checksum_source");

  private final Path file;

  private CatalogueReader(Path file) {
    this.file = file;
  }

  static TruthSetCatalogue read(Path file) {
    return new CatalogueReader(file).read(Yaml.readTree(file));
  }

  static TruthSetCatalogue parse(String text, Path source) {
    return new CatalogueReader(source).read(Yaml.parse(text, source));
  }

  private TruthSetCatalogue read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw error("the catalogue must be a YAML mapping with catalogue_version, changelog and truth_sets");
    }
    unknownKeys(root, TOP_KEYS, "the top level");
    final String version = text(root, "catalogue_version", "the top level", true);
    final List<String> changelog = new ArrayList<>();
    final JsonNode log = root.get("changelog");
    if (log == null || !log.isArray() || log.isEmpty()) {
      throw error("'changelog' must be a non-empty list of notes (newest first)");
    }
    for (JsonNode n : log) {
      if (!n.isTextual() || n.asText().isBlank()) {
        throw error("every 'changelog' entry must be a non-empty string");
      }
      changelog.add(n.asText().strip());
    }
    final JsonNode sets = root.get("truth_sets");
    if (sets == null || !sets.isArray() || sets.isEmpty()) {
      throw error("'truth_sets' must be a non-empty list");
    }
    final List<TruthSet> out = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    int i = 0;
    for (JsonNode n : sets) {
      final TruthSet t = truthSet(n, i++);
      if (!ids.add(t.id())) {
        throw error("truth set id '" + t.id() + "' appears more than once; ids must be unique");
      }
      out.add(t);
    }
    return new TruthSetCatalogue(file, version, changelog, out);
  }

  private TruthSet truthSet(JsonNode n, int index) {
    String where = "truth_sets[" + index + "]";
    if (!n.isObject()) {
      throw error(where + " must be a mapping");
    }
    final String id = text(n, "id", where, true);
    if (!ID.matcher(id).matches()) {
      throw error(where + ": id '" + id + "' must be lower-case letters, digits, '.', '_' or '-'");
    }
    where = "truth set '" + id + "'";
    unknownKeys(n, SET_KEYS, where);
    final String sample = text(n, "sample", where, false);
    if (sample != null && !SAMPLE.matcher(sample).matches()) {
      throw error(where + ": sample '" + sample + "' is not a GIAB sample HG001..HG007");
    }
    final String buildText = text(n, "build", where, true);
    final Build build = Build.fromLabel(buildText);
    if (build == null) {
      throw error(where + ": build '" + buildText + "' is not one of GRCh37, GRCh38, CHM13");
    }
    final String kindText = text(n, "kind", where, true);
    final TruthSetKind kind = TruthSetKind.fromLabel(kindText);
    if (kind == null) {
      throw error(where + ": kind '" + kindText
          + "' is not one of small-variant, structural-variant, stratification");
    }
    if (kind != TruthSetKind.STRATIFICATION && sample == null) {
      throw error(where + ": a " + kind.label() + " truth set needs a 'sample'");
    }
    final List<TruthSetFile> files = files(n.get("files"), where);
    final TruthSet t = new TruthSet(id, sample, text(n, "release", where, true), build, kind, files,
        text(n, "licence", where, true), text(n, "citation", where, true), text(n, "checksum_note", where, false),
        text(n, "description", where, false));
    requireRoles(t, where);
    return t;
  }

  private List<TruthSetFile> files(JsonNode arr, String where) {
    if (arr == null || !arr.isArray() || arr.isEmpty()) {
      throw error(where + ": 'files' must be a non-empty list");
    }
    final List<TruthSetFile> out = new ArrayList<>();
    final EnumSet<FileRole> roles = EnumSet.noneOf(FileRole.class);
    final Set<String> names = new HashSet<>();
    int i = 0;
    for (JsonNode f : arr) {
      final String fw = where + " files[" + i++ + "]";
      if (!f.isObject()) {
        throw error(fw + " must be a mapping");
      }
      unknownKeys(f, FILE_KEYS, fw);
      final String roleText = text(f, "role", fw, true);
      final FileRole role = FileRole.fromLabel(roleText);
      if (role == null || role == FileRole.STRATIFICATION_BED) {
        throw error(fw + ": role '" + roleText + "' is not one of vcf, vcf_index, bed, tsv, md5_list, readme");
      }
      if (!roles.add(role)) {
        throw error(fw + ": role '" + roleText + "' appears twice in the same truth set");
      }
      final URI url = url(text(f, "url", fw, true), fw);
      String name = text(f, "file_name", fw, false);
      if (name == null) {
        final String path = url.getPath();
        name = path.substring(path.lastIndexOf('/') + 1);
      }
      if (!FILE_NAME.matcher(name).matches()) {
        throw error(fw + ": local file name '" + name + "' is not a plain file name; set 'file_name'");
      }
      if (!names.add(name)) {
        throw error(fw + ": two files of the set would be stored as '" + name + "'");
      }
      final String md5 = hex(f, "md5", MD5, fw);
      final String sha256 = hex(f, "sha256", SHA256, fw);
      final Long size = size(f, fw);
      final String source = text(f, "checksum_source", fw, false);
      if ((md5 != null || sha256 != null || size != null) && source == null) {
        throw error(fw + ": a checksum or size is given without 'checksum_source'; say where it comes from");
      }
      out.add(new TruthSetFile(role, name, url, md5, size, sha256, source));
    }
    return out;
  }

  private void requireRoles(TruthSet t, String where) {
    final boolean benchmark = t.kind() != TruthSetKind.STRATIFICATION;
    final List<FileRole> needed = benchmark
        ? List.of(FileRole.VCF, FileRole.VCF_INDEX, FileRole.BED)
        : List.of(FileRole.TSV);
    for (FileRole r : needed) {
      if (t.file(r).isEmpty()) {
        throw error(where + ": a " + t.kind().label() + " truth set needs a '" + r.label() + "' file");
      }
    }
    if (benchmark && t.file(FileRole.TSV).isPresent()) {
      throw error(where + ": a " + t.kind().label() + " truth set cannot have a 'tsv' file; make a stratification set");
    }
  }

  private URI url(String s, String where) {
    final URI u;
    try {
      u = new URI(s);
    } catch (URISyntaxException e) {
      throw error(where + ": url '" + s + "' is not a valid URL (" + e.getReason() + ")");
    }
    final String scheme = u.getScheme();
    if (!u.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || u.getHost() == null
        || u.getRawPath() == null || u.getRawPath().endsWith("/") || u.getRawQuery() != null
        || u.getRawFragment() != null) {
      throw error(where + ": url '" + s + "' must be an absolute http(s) URL of a file (no query or fragment)");
    }
    return u;
  }

  private String hex(JsonNode n, String key, Pattern p, String where) {
    final JsonNode raw = n.get(key);
    if (raw != null && !raw.isNull() && !raw.isTextual()) {
      // YAML reads an unquoted all-digit value as a number (with a leading 0 even as octal): refuse, never guess.
      throw error(where + ": " + key + " must be a quoted string of hex digits, not the number " + raw.asText());
    }
    final String v = text(n, key, where, false);
    if (v != null && !p.matcher(v).matches()) {
      throw error(where + ": " + key + " '" + v + "' must be " + (p == MD5 ? 32 : 64) + " lower-case hex digits");
    }
    return v;
  }

  private Long size(JsonNode n, String where) {
    final JsonNode v = n.get("size");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
      throw error(where + ": size must be a non-negative whole number of bytes");
    }
    return v.asLong();
  }

  private String text(JsonNode n, String key, String where, boolean required) {
    final JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw error(where + ": required field '" + key + "' is missing");
      }
      return null;
    }
    if (!v.isValueNode() || v.isBoolean() || v.asText().isBlank()) {
      throw error(where + ": '" + key + "' must be a non-empty string");
    }
    return v.asText().strip();
  }

  private void unknownKeys(JsonNode n, Set<String> allowed, String where) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      final String k = it.next();
      if (!allowed.contains(k)) {
        throw error(where + ": unknown field '" + k + "' (allowed: " + String.join(", ", allowed.stream().sorted()
            .toList()) + ")");
      }
    }
  }

  private CatalogueException error(String problem) {
    return new CatalogueException(file, -1, problem, "correct the catalogue (see docs/truth-sets.md)");
  }
}
