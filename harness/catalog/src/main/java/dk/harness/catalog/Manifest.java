package dk.harness.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cache's lock record of one truth set, {@code <cache>/<id>/manifest.json}: for every file that was downloaded
 * and verified, its path (relative to the set folder), source URL, size, md5, sha256 and what it was verified
 * against. Written atomically and deterministically (sorted keys, no timestamps). Mutable; single thread.
 */
final class Manifest {
  /** How a file was checked when it entered the cache. */
  static final String NOT_VERIFIED = "none: no published checksum; size and sha256 recorded at first download";

  /**
   * @param url where it was downloaded from (after mirror rewriting)
   * @param verifiedAgainst e.g. "catalogue md5", "md5 list v3.1-...-md5s.txt", or {@link #NOT_VERIFIED}
   */
  record Entry(String url, long size, String md5, String sha256, String verifiedAgainst) {}

  private final String id;
  private final Map<String, Entry> files = new TreeMap<>();

  private Manifest(String id) {
    this.id = id;
  }

  static Manifest empty(String id) {
    return new Manifest(id);
  }

  /** @return the manifest in {@code dir}, or an empty one if there is none */
  static Manifest read(Path dir, String id) {
    final Path f = dir.resolve(TruthSetCache.MANIFEST);
    final Manifest m = new Manifest(id);
    if (!Files.exists(f)) {
      return m;
    }
    final JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CatalogueException(f, -1, "cache manifest is unreadable: " + e.getMessage(),
          "delete " + dir + " and fetch the truth set again", e);
    }
    if (!id.equals(root.path("id").asText())) {
      throw new CatalogueException(f, -1, "cache manifest belongs to '" + root.path("id").asText() + "', not '" + id
          + "'", "delete " + dir + " and fetch the truth set again");
    }
    root.path("files").fields().forEachRemaining(e -> {
      final JsonNode v = e.getValue();
      m.files.put(e.getKey(), new Entry(v.path("url").asText(), v.path("size").asLong(-1),
          v.path("md5").asText(), v.path("sha256").asText(), v.path("verified_against").asText()));
    });
    return m;
  }

  Map<String, Entry> files() {
    return Collections.unmodifiableMap(files);
  }

  Entry get(String relativePath) {
    return files.get(relativePath);
  }

  void put(String relativePath, Entry e) {
    files.put(relativePath, e);
  }

  void remove(String relativePath) {
    files.remove(relativePath);
  }

  /** Writes {@code manifest.json} via a temporary file and an atomic rename. */
  void write(Path dir) {
    final ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    final ObjectNode root = om.createObjectNode();
    root.put("id", id);
    final ObjectNode fs = root.putObject("files");
    files.forEach((k, v) -> {
      final ObjectNode o = fs.putObject(k);
      o.put("url", v.url());
      o.put("size", v.size());
      o.put("md5", v.md5());
      o.put("sha256", v.sha256());
      o.put("verified_against", v.verifiedAgainst());
    });
    final Path target = dir.resolve(TruthSetCache.MANIFEST);
    final Path tmp = dir.resolve(TruthSetCache.MANIFEST + ".tmp");
    try {
      Files.writeString(tmp, om.writeValueAsString(root).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
