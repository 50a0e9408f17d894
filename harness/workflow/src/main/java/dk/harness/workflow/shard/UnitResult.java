package dk.harness.workflow.shard;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code unit-K.result.json} (schema {@code harness.unit-result/2}; /2 added the
 * records without GT, and a /1 file is refused so an old unit is run again rather than merged without them): how a work unit ended, written last, so its
 * presence means the unit's other files are complete. An intake unit's report is {@code unit-K.intake.json}; a
 * compare unit's contigs are {@code unit-K.compare.bin} (checked against {@code dataSize} and
 * {@code dataSha256}); an sv unit's report is {@code unit-K.intake.json} and its SV comparison the folder
 * {@code unit-K.sv/} (its total size and {@link SvUnit#digest} in {@code dataSize} and {@code dataSha256}).
 * Immutable.
 *
 * @param shardsSha256 SHA-256 of the shards file the unit was run from (results of another plan are refused)
 * @param index the unit's number
 * @param kind intake or compare
 * @param key the submission, {@code unit/sample}
 * @param truthSample the truth VCF's sample (compare units; null when not read)
 * @param querySample the query VCF's sample (compare units; null when not read)
 * @param contigs every contig the submission compares (compare units; null when not known)
 * @param compared the unit's contigs that were compared and stored, in order
 * @param submissionError the first problem with the submitted files, or null
 * @param truthError a problem with the truth set, or null
 * @param dataSize bytes of the .compare.bin file (compare units), else 0
 * @param dataSha256 its SHA-256, else null
 * @param truthWithoutGt truth records of the compared contigs skipped for having no GT (compare units), else 0;
 *     the merge adds them over the units, as {@code harness run} counts them over the file
 * @param queryWithoutGt the same for the query
 * @param seconds wall time of the unit (provenance)
 */
record UnitResult(String shardsSha256, int index, WorkUnit.Kind kind, String key, String truthSample,
    String querySample, List<String> contigs, List<String> compared, InputException submissionError,
    InputException truthError, long dataSize, String dataSha256, long truthWithoutGt, long queryWithoutGt,
    double seconds) {
  static final String SCHEMA = "harness.unit-result/2";

  UnitResult {
    contigs = contigs == null ? null : List.copyOf(contigs);
    compared = List.copyOf(compared);
  }

  static Path resultFile(Path dir, WorkUnit u) {
    return dir.resolve(u.stem() + ".result.json");
  }

  static Path intakeFile(Path dir, WorkUnit u) {
    return dir.resolve(u.stem() + ".intake.json");
  }

  static Path dataFile(Path dir, WorkUnit u) {
    return dir.resolve(u.stem() + ".compare.bin");
  }

  void write(Path file) throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("shards_sha256", shardsSha256);
    m.put("index", index);
    m.put("kind", kind.label());
    m.put("submission", key);
    m.put("truth_sample", truthSample);
    m.put("query_sample", querySample);
    m.put("contigs", contigs);
    m.put("compared", compared);
    m.put("submission_error", error(submissionError));
    m.put("truth_error", error(truthError));
    m.put("data_size", dataSize);
    m.put("data_sha256", dataSha256);
    m.put("truth_without_gt", truthWithoutGt);
    m.put("query_without_gt", queryWithoutGt);
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    final Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, ShardPlan.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n",
        StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * @throws InputException if the file is missing or damaged
   */
  static UnitResult read(Path file) {
    final JsonNode m;
    try {
      m = ShardPlan.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the unit's result (" + e.getMessage() + ")",
          "run the unit again (harness compare --shard shards.json:K)", e);
    }
    if (m == null || !SCHEMA.equals(m.path("schema").asText())) {
      throw new InputException(file, -1, "not a " + SCHEMA + " file",
          "run the unit again (harness compare --shard shards.json:K)");
    }
    return new UnitResult(m.path("shards_sha256").asText(), m.path("index").asInt(),
        WorkUnit.Kind.of(m.path("kind").asText()), m.path("submission").asText(), text(m.path("truth_sample")),
        text(m.path("query_sample")), m.path("contigs").isArray() ? strings(m.path("contigs")) : null,
        strings(m.path("compared")), error(m.path("submission_error")), error(m.path("truth_error")),
        m.path("data_size").asLong(), text(m.path("data_sha256")), m.path("truth_without_gt").asLong(),
        m.path("query_without_gt").asLong(), m.path("seconds").asDouble());
  }

  private static Map<String, Object> error(InputException e) {
    if (e == null) {
      return null;
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", e.file() == null ? null : e.file().toString());
    m.put("line", e.line());
    m.put("problem", e.problem());
    m.put("fix", e.fix());
    m.put("message", e.getMessage());
    return m;
  }

  /** The exception again: same file, line, problem and fix, so the same message. */
  private static InputException error(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    final String file = text(n.path("file"));
    return new InputException(file == null ? null : Path.of(file), n.path("line").asLong(),
        text(n.path("problem")), text(n.path("fix")));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static List<String> strings(JsonNode n) {
    final List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
