package dk.harness.workflow.run;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import dk.harness.intake.Finding;
import dk.harness.intake.Severity;
import dk.harness.intake.IntakeJson;
import dk.harness.intake.IntakeReport;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-submission files next to the compare outputs: {@code intake.json} and {@code verdict.json}. Stateless.
 */
public final class SubmissionFiles {
  /** The intake report's file name in a submission's folder. */
  public static final String INTAKE_JSON = "intake.json";
  static final String VERDICT_JSON = "verdict.json";

  private SubmissionFiles() {
  }

  /** {@code intake.json}: the intake report in {@link IntakeJson}'s form (schema, facts, every finding). */
  public static void writeIntake(Path dir, IntakeReport r) throws IOException {
    write(dir.resolve(INTAKE_JSON), r);
  }

  /** Writes an intake report as {@link #writeIntake} does, to any file. */
  public static void write(Path file, IntakeReport r) throws IOException {
    Json.write(file, IntakeJson.toJson(r));
  }

  /**
   * Reads an intake report written by {@link #write}: writing it again gives the same bytes.
   *
   * @throws InputException if the file is missing or not such a report
   */
  public static IntakeReport readIntake(Path file) {
    final JsonNode m;
    try {
      m = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the intake report (" + e.getMessage() + ")",
          "run the intake shard again", e);
    }
    if (m == null || !IntakeJson.SCHEMA.equals(m.path("schema").asText())) {
      throw new InputException(file, -1, "not a harness.intake/1 report", "run the intake shard again");
    }
    final List<Finding> findings = new ArrayList<>();
    for (JsonNode f : m.path("findings")) {
      findings.add(new Finding(Severity.valueOf(f.path("severity").asText()), f.path("code").asText(),
          path(f.path("file")), f.path("line").isNull() ? -1 : f.path("line").asLong(), f.path("message").asText(),
          text(f.path("fix"))));
    }
    return new IntakeReport(path(m.path("vcf")), text(m.path("sha256")), text(m.path("index_sha256")),
        text(m.path("sample")), text(m.path("build")), m.path("records").asLong(), m.path("filtered").asLong(),
        m.path("unphased_het").asLong(), m.path("multiallelic").asLong(), m.path("symbolic").asLong(), findings);
  }

  private static String text(JsonNode n) {
    return n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  private static Path path(JsonNode n) {
    final String t = text(n);
    return t == null ? null : Path.of(t);
  }

  /** {@code verdict.json}: schema {@code harness.verdict/1}. No timestamps: a re-judged result gives the same bytes. */
  static void writeVerdict(Path dir, String runId, PlanSubmission s, PlanTruthSet t, Status status,
      List<String> reasons, String criteriaVersion, String previousRunId) throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", "harness.verdict/1");
    m.put("run_id", runId);
    m.put("unit", s.unit());
    m.put("sample", s.sample());
    final Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("name", s.pipelineName());
    pipeline.put("version", s.pipelineVersion());
    m.put("pipeline", pipeline);
    final Map<String, Object> truth = new LinkedHashMap<>();
    truth.put("id", t.id());
    truth.put("version", t.version());
    m.put("truth_set", truth);
    m.put("verdict", status.name());
    m.put("reasons", reasons);
    m.put("criteria_version", criteriaVersion);
    m.put("previous_run_id", previousRunId);
    Json.write(dir.resolve(VERDICT_JSON), m);
  }
}
