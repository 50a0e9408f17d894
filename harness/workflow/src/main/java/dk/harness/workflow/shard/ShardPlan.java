package dk.harness.workflow.shard;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code shards.json} (schema {@code harness.shards/1}): a plan split into independent work units, with every
 * input's checksum. Written by {@code harness plan}, read by {@code harness compare --shard} and
 * {@code harness merge}. Immutable.
 *
 * @param planPath the plan file (absolute)
 * @param planSha256 SHA-256 of the plan file's bytes when planned
 * @param recordsPerShard the size compare units were cut to (truth plus query records; one contig may exceed it)
 * @param truthRecords records of each truth set's VCF with GT (what run.json records: the reader skips the others),
 *     by truth-set id
 * @param files every input of every unit, as planned, sorted by path
 * @param units the work units; unit K is {@code units.get(K)}; per submission the intake unit comes first, then
 *     its compare units in reference order
 */
public record ShardPlan(String planPath, String planSha256, long recordsPerShard, Map<String, Long> truthRecords,
    List<InputFile> files, List<WorkUnit> units) {
  /** The schema name. */
  public static final String SCHEMA = "harness.shards/1";

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  public ShardPlan {
    Objects.requireNonNull(planPath, "planPath");
    Objects.requireNonNull(planSha256, "planSha256");
    truthRecords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(truthRecords));
    files = List.copyOf(files);
    units = List.copyOf(units);
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).index() != i) {
        throw new IllegalArgumentException("unit " + i + " has index " + units.get(i).index());
      }
    }
  }

  /** The planned state of an input file. */
  public Optional<InputFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The units of one submission, in order (intake first). */
  public List<WorkUnit> unitsOf(String key) {
    return units.stream().filter(u -> u.key().equals(key)).toList();
  }

  /** Writes the file (pretty JSON, '\n' line ends, fixed key order). */
  public void write(Path file) throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    final Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("path", planPath);
    plan.put("sha256", planSha256);
    m.put("plan", plan);
    m.put("records_per_shard", recordsPerShard);
    m.put("truth_records", truthRecords);
    final List<Object> fs = new ArrayList<>();
    for (InputFile f : files) {
      final Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("path", f.path());
      fm.put("size", f.size());
      fm.put("modified_ms", f.modified());
      fm.put("sha256", f.sha256());
      fs.add(fm);
    }
    m.put("files", fs);
    final List<Object> us = new ArrayList<>();
    for (WorkUnit u : units) {
      final Map<String, Object> um = new LinkedHashMap<>();
      um.put("index", u.index());
      um.put("kind", u.kind().label());
      um.put("unit", u.unit());
      um.put("sample", u.sample());
      um.put("contigs", u.contigs());
      um.put("truth_records", u.truthRecords());
      um.put("query_records", u.queryRecords());
      um.put("inputs", u.inputs());
      us.add(um);
    }
    m.put("units", us);
    final Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, WRITER.writeValueAsString(m) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads a shards file.
   *
   * @throws InputException if it is missing or not a {@value #SCHEMA} file
   */
  public static ShardPlan read(Path file) {
    final JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the shards file (" + e.getMessage() + ")",
          "write it with: harness plan --plan PLAN.yaml --out " + file, e);
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(file, -1, "not a " + SCHEMA + " file",
          "write it with: harness plan --plan PLAN.yaml --out " + file);
    }
    try {
      final Map<String, Long> truth = new LinkedHashMap<>();
      root.path("truth_records").fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue().asLong()));
      final List<InputFile> files = new ArrayList<>();
      for (JsonNode f : root.path("files")) {
        files.add(new InputFile(f.path("path").asText(), f.path("size").asLong(), f.path("modified_ms").asLong(),
            f.path("sha256").asText()));
      }
      final List<WorkUnit> units = new ArrayList<>();
      for (JsonNode u : root.path("units")) {
        units.add(new WorkUnit(u.path("index").asInt(), WorkUnit.Kind.of(u.path("kind").asText()),
            u.path("unit").asText(), u.path("sample").asText(), strings(u.path("contigs")),
            u.path("truth_records").asLong(), u.path("query_records").asLong(), strings(u.path("inputs"))));
      }
      return new ShardPlan(root.path("plan").path("path").asText(), root.path("plan").path("sha256").asText(),
          root.path("records_per_shard").asLong(), truth, files, units);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InputException(file, -1, "the shards file is damaged (" + e.getMessage() + ")",
          "write it again with: harness plan --plan PLAN.yaml --out " + file, e);
    }
  }

  private static List<String> strings(JsonNode n) {
    final List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
