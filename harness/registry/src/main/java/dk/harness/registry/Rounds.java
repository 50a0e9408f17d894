package dk.harness.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.harness.io.InputException;
import dk.harness.workflow.gates.Criteria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rounds: opening (truth sets, criteria, deadline), closing, publishing, the units-may-see switch, the state of the
 * round's run, and the plan a round makes. State changes are audited in the same transaction.
 */
public final class Rounds {
  /** The council criteria file in a round's folder (a copy made when the round was opened). */
  public static final String CRITERIA_FILE = "council-criteria.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TRUTH_KEYS = Set.of("id", "version", "sample", "build", "vcf", "confident",
      "reference", "stratification", "vcf_sample");

  private final Registry registry;

  Rounds(Registry registry) {
    this.registry = registry;
  }

  /** The folder of a round's files. */
  public Path dir(String roundId) {
    return registry.dataDir().resolve("rounds").resolve(Names.id("round id", roundId));
  }

  /**
   * Opens a round. The criteria file is copied into the round, so later edits of the server's file do not change
   * what the round is judged by.
   *
   * @param truthSetsYaml a YAML list of plan truth-set entries (id, version, sample, vcf, reference, and optionally
   *     build, confident, stratification, vcf_sample); relative paths are resolved against {@code baseDir}
   */
  public Round open(String actor, String id, String title, Instant deadline, String truthSetsYaml, Path baseDir,
      Path criteriaFile) {
    Names.id("round id", id);
    final List<RoundTruthSet> truth = parseTruthSets(truthSetsYaml, baseDir);
    final Criteria criteria;
    try {
      criteria = Criteria.load(criteriaFile);
    } catch (InputException e) {
      throw new RegistryException("the council criteria " + criteriaFile + " are unusable: " + e.getMessage(),
          "fix the criteria file the server is configured with");
    }
    final Path dir = dir(id);
    return registry.inTransaction(() -> {
      if (find(id).isPresent()) {
        throw new RegistryException("round '" + id + "' exists already", "choose another id");
      }
      final String sha;
      try {
        Files.createDirectories(dir);
        final Path copy = dir.resolve(CRITERIA_FILE);
        Files.copy(criteriaFile, copy, StandardCopyOption.REPLACE_EXISTING);
        sha = java.util.HexFormat.of().formatHex(BlobStore.sha256().digest(Files.readAllBytes(copy)));
      } catch (IOException e) {
        throw Registry.ioFailure("cannot copy the criteria into " + dir, e);
      }
      try (PreparedStatement ps = registry.prepare("INSERT INTO rounds (id, title, truth_sets, criteria_sha256, "
          + "criteria_version, deadline, state, units_may_see, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', 0, ?)")) {
        ps.setString(1, id);
        ps.setString(2, title == null || title.isBlank() ? id : title.strip());
        ps.setString(3, toJson(truth));
        ps.setString(4, sha);
        ps.setString(5, criteria.criteriaVersion());
        ps.setString(6, deadline.toString());
        ps.setString(7, registry.now());
        ps.executeUpdate();
      }
      registry.audit().insert(actor, "round-opened", "round " + id, "deadline " + deadline + ", criteria "
          + criteria.criteriaVersion() + ", truth sets " + truth.stream().map(RoundTruthSet::id).toList());
      return find(id).orElseThrow();
    });
  }

  /** Parses a YAML list of truth-set entries; every problem is a {@link RegistryException}. */
  public static List<RoundTruthSet> parseTruthSets(String yaml, Path baseDir) {
    final JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml == null ? "" : yaml);
    } catch (JsonProcessingException e) {
      throw new RegistryException("the truth sets are not YAML (" + e.getOriginalMessage() + ")",
          "write a list of plan truth-set entries (docs/workflow.md)");
    }
    final JsonNode list = root != null && root.has("truth_sets") ? root.get("truth_sets") : root;
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new RegistryException("no truth sets given", "write a list of plan truth-set entries: - id: ..., "
          + "version: ..., sample: ..., vcf: ..., reference: ...");
    }
    final List<RoundTruthSet> out = new ArrayList<>();
    for (JsonNode n : list) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        final String k = it.next();
        if (!TRUTH_KEYS.contains(k)) {
          throw new RegistryException("unknown truth-set key '" + Names.shown(k) + "'", "use " + TRUTH_KEYS);
        }
      }
      final RoundTruthSet t = new RoundTruthSet(text(n, "id", true), text(n, "version", true),
          text(n, "sample", true), text(n, "build", false), file(n, "vcf", baseDir, true),
          file(n, "confident", baseDir, false), file(n, "reference", baseDir, true),
          file(n, "stratification", baseDir, false), text(n, "vcf_sample", false));
      if (out.stream().anyMatch(o -> o.id().equals(t.id()))) {
        throw new RegistryException("truth set '" + t.id() + "' is listed twice", "list each truth set once");
      }
      out.add(t);
    }
    return out;
  }

  private static String text(JsonNode n, String key, boolean required) {
    final JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      if (required) {
        throw new RegistryException("a truth set has no '" + key + "'", "add " + key + ": to every truth set");
      }
      return null;
    }
    return v.asText();
  }

  private static Path file(JsonNode n, String key, Path baseDir, boolean required) {
    final String s = text(n, key, required);
    if (s == null) {
      return null;
    }
    final Path p = baseDir.resolve(s).toAbsolutePath().normalize();
    if (!Files.isRegularFile(p)) {
      throw new RegistryException("the truth set's " + key + " " + p + " does not exist",
          "check the path on the server");
    }
    return p;
  }

  private static String toJson(List<RoundTruthSet> truth) {
    final ArrayNode a = JSON.createArrayNode();
    for (RoundTruthSet t : truth) {
      final ObjectNode o = a.addObject();
      o.put("id", t.id());
      o.put("version", t.version());
      o.put("sample", t.sample());
      o.put("build", t.build());
      o.put("vcf", t.vcf().toString());
      o.put("confident", t.confident() == null ? null : t.confident().toString());
      o.put("reference", t.reference().toString());
      o.put("stratification", t.stratification() == null ? null : t.stratification().toString());
      o.put("vcf_sample", t.vcfSample());
    }
    return a.toString();
  }

  private static List<RoundTruthSet> fromJson(String json) {
    try {
      final List<RoundTruthSet> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(json)) {
        out.add(new RoundTruthSet(n.get("id").asText(), n.get("version").asText(), n.get("sample").asText(),
            nullable(n, "build"), Path.of(n.get("vcf").asText()), pathOrNull(n, "confident"),
            Path.of(n.get("reference").asText()), pathOrNull(n, "stratification"), nullable(n, "vcf_sample")));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a round's stored truth sets are damaged: " + e.getMessage(), e);
    }
  }

  private static String nullable(JsonNode n, String key) {
    final JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Path pathOrNull(JsonNode n, String key) {
    final String s = nullable(n, key);
    return s == null ? null : Path.of(s);
  }

  public Optional<Round> get(String id) {
    return registry.inTransaction(() -> find(id));
  }

  /** The round with this id, or {@link NotFoundException}. */
  public Round require(String id) {
    return get(id).orElseThrow(() -> new NotFoundException("round " + Names.shown(id)));
  }

  private static final String COLUMNS = "SELECT id, title, truth_sets, criteria_sha256, criteria_version, deadline, "
      + "state, units_may_see, created_at, run_state, run_id, run_dir, run_message FROM rounds";

  private Optional<Round> find(String id) throws SQLException {
    try (PreparedStatement ps = registry.prepare(COLUMNS + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(of(rs)) : Optional.empty();
      }
    }
  }

  private static Round of(ResultSet rs) throws SQLException {
    return new Round(rs.getString(1), rs.getString(2), fromJson(rs.getString(3)), rs.getString(4), rs.getString(5),
        Instant.parse(rs.getString(6)), Round.State.valueOf(rs.getString(7).toUpperCase(java.util.Locale.ROOT)),
        rs.getInt(8) == 1, rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
        rs.getString(13));
  }

  /** Every round, newest first. */
  public List<Round> list() {
    return registry.inTransaction(() -> {
      final List<Round> out = new ArrayList<>();
      try (PreparedStatement ps = registry.prepare(COLUMNS + " ORDER BY created_at DESC, id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(of(rs));
        }
      }
      return out;
    });
  }

  /** Closes an open round: no more submissions. */
  public Round close(String actor, String id) {
    return setState(actor, id, Round.State.OPEN, Round.State.CLOSED, "round-closed");
  }

  /** Publishes a round whose run is done: its results and report become visible to the council. */
  public Round publish(String actor, String id) {
    final Round r = require(id);
    if (!"done".equals(r.runState())) {
      throw new RegistryException("round '" + id + "' has no finished run to publish", "run the round first");
    }
    return setState(actor, id, Round.State.CLOSED, Round.State.PUBLISHED, "round-published");
  }

  private Round setState(String actor, String id, Round.State from, Round.State to, String action) {
    return registry.inTransaction(() -> {
      final Round r = find(id).orElseThrow(() -> new NotFoundException("round " + Names.shown(id)));
      if (r.state() != from) {
        throw new RegistryException("round '" + id + "' is " + r.state().name().toLowerCase(java.util.Locale.ROOT)
            + ", not " + from.name().toLowerCase(java.util.Locale.ROOT), from == Round.State.CLOSED
            ? "close the round first" : "nothing to do");
      }
      try (PreparedStatement ps = registry.prepare("UPDATE rounds SET state = ? WHERE id = ?")) {
        ps.setString(1, to.name().toLowerCase(java.util.Locale.ROOT));
        ps.setString(2, id);
        ps.executeUpdate();
      }
      registry.audit().insert(actor, action, "round " + id, "");
      return find(id).orElseThrow();
    });
  }

  /** Lets units see (or no longer see) the council report of a published round. A permission change: audited. */
  public Round setUnitsMaySee(String actor, String id, boolean allowed) {
    return registry.inTransaction(() -> {
      find(id).orElseThrow(() -> new NotFoundException("round " + Names.shown(id)));
      try (PreparedStatement ps = registry.prepare("UPDATE rounds SET units_may_see = ? WHERE id = ?")) {
        ps.setInt(1, allowed ? 1 : 0);
        ps.setString(2, id);
        ps.executeUpdate();
      }
      registry.audit().insert(actor, "permission-changed", "round " + id, "units may see the report: " + allowed);
      return find(id).orElseThrow();
    });
  }

  /**
   * Marks the round's run as started; refuses when one is running already (one run per round at a time) or the
   * round is still open before its deadline.
   */
  public void runStarted(String actor, String id, Instant now) {
    registry.inTransaction(() -> {
      final Round r = find(id).orElseThrow(() -> new NotFoundException("round " + Names.shown(id)));
      if ("running".equals(r.runState())) {
        throw new RegistryException("round '" + id + "' is running already", "wait for the run to finish");
      }
      if (r.state() == Round.State.OPEN && now.isBefore(r.deadline())) {
        throw new RegistryException("round '" + id + "' is open until " + r.deadline(),
            "close the round (or wait for its deadline) before running it");
      }
      if (r.state() == Round.State.PUBLISHED) {
        throw new RegistryException("round '" + id + "' is published", "its results are final");
      }
      updateRun(id, "running", null, null, null);
      registry.audit().insert(actor, "run-started", "round " + id, "");
      return null;
    });
  }

  /** Records the run's end: its id and folder, or why it failed. */
  public void runFinished(String actor, String id, String runId, Path runDir, boolean ok, String message) {
    registry.inTransaction(() -> {
      updateRun(id, ok ? "done" : "failed", runId, runDir == null ? null : runDir.toString(), message);
      registry.audit().insert(actor, ok ? "run-finished" : "run-failed", "round " + id,
          (runId == null ? "" : "run " + runId + ": ") + (message == null ? "" : message));
      return null;
    });
  }

  private void updateRun(String id, String state, String runId, String runDir, String message) throws SQLException {
    try (PreparedStatement ps = registry.prepare(
        "UPDATE rounds SET run_state = ?, run_id = ?, run_dir = ?, run_message = ? WHERE id = ?")) {
      ps.setString(1, state);
      ps.setString(2, runId);
      ps.setString(3, runDir);
      ps.setString(4, message);
      ps.setString(5, id);
      ps.executeUpdate();
    }
  }

  /**
   * The submissions that form the round's plan: per unit and sample, the latest accepted one made by the
   * deadline. Ordered by unit, then sample.
   */
  public List<SubmissionRecord> planSubmissions(String id) {
    final Round r = require(id);
    return registry.submissions().latestAccepted(r.id(), r.deadline());
  }

  /**
   * Writes the round's plan (a file {@code harness run --plan} reads) to {@code out}, atomically. Results go to
   * the registry's results folder, so runs of the portal and of the cluster job share one history.
   *
   * @return the submissions in the plan
   * @throws RegistryException when no submission qualifies
   */
  public List<SubmissionRecord> writePlan(String id, Path out) {
    final Round r = require(id);
    final List<SubmissionRecord> subs = planSubmissions(id);
    if (subs.isEmpty()) {
      throw new RegistryException("round '" + id + "' has no accepted submission made by its deadline "
          + r.deadline(), "wait for the units to submit, or check the submissions' intake findings");
    }
    final ObjectNode plan = JSON.createObjectNode();
    plan.put("plan_version", 1);
    plan.put("results_dir", registry.resultsDir().toString());
    plan.put("gates", dir(id).resolve(CRITERIA_FILE).toString());
    final ArrayNode truth = plan.putArray("truth_sets");
    final Set<String> used = new java.util.TreeSet<>();
    subs.forEach(s -> used.add(s.truthSetId()));
    for (JsonNode t : readTree(toJson(r.truthSets()))) {
      if (used.contains(t.get("id").asText())) {
        final ObjectNode o = truth.addObject();
        t.fields().forEachRemaining(e -> {
          if (!e.getValue().isNull()) {
            o.set(e.getKey(), e.getValue());
          }
        });
      }
    }
    final ArrayNode sa = plan.putArray("submissions");
    for (SubmissionRecord s : subs) {
      final Submissions.Stored f = registry.submissions().files(s);
      final ObjectNode o = sa.addObject();
      o.put("unit", s.unit());
      o.put("sample", s.sample());
      o.put("pipeline_spec", f.spec().toString());
      o.put("truth_set", s.truthSetId());
      o.put("vcf", f.vcf().toString());
      if (f.index() != null) {
        o.put("index", f.index().toString());
      }
      if (s.vcfSample() != null) {
        o.put("vcf_sample", s.vcfSample());
      }
    }
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      final Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".plan-", ".part");
      Files.writeString(tmp, "# Written from portal round " + id + " (latest accepted submission per unit and "
          + "sample at " + r.deadline() + ").\n" + new YAMLMapper().writeValueAsString(plan));
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw Registry.ioFailure("cannot write the plan " + out, e);
    }
    return subs;
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
