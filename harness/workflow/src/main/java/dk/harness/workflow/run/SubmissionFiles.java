package dk.harness.workflow.run;

import dk.harness.workflow.intake.Finding;
import dk.harness.workflow.intake.IntakeReport;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-submission files next to the compare outputs: {@code intake.json} and {@code verdict.json}. */
final class SubmissionFiles {
  static final String INTAKE_JSON = "intake.json";
  static final String VERDICT_JSON = "verdict.json";

  private SubmissionFiles() {
  }

  /** {@code intake.json}: schema {@code harness.intake/1}, the intake report's facts and every finding. */
  static void writeIntake(Path dir, IntakeReport r) throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", "harness.intake/1");
    m.put("vcf", r.vcf() == null ? null : r.vcf().toString());
    m.put("sha256", r.sha256());
    m.put("index_sha256", r.indexSha256());
    m.put("sample", r.sample());
    m.put("build", r.build());
    m.put("records", r.records());
    m.put("filtered", r.filtered());
    m.put("unphased_het", r.unphasedHet());
    m.put("multiallelic", r.multiallelic());
    m.put("symbolic", r.symbolic());
    m.put("errors", r.hasErrors());
    final List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      final Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("severity", f.severity().name());
      fm.put("code", f.code());
      fm.put("file", f.file() == null ? null : f.file().toString());
      fm.put("line", f.line() < 0 ? null : f.line());
      fm.put("message", f.message());
      fm.put("fix", f.fix());
      findings.add(fm);
    }
    m.put("findings", findings);
    Json.write(dir.resolve(INTAKE_JSON), m);
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
