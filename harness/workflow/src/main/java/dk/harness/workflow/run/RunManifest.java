package dk.harness.workflow.run;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import dk.harness.report.Counts;
import dk.harness.report.Sha256;
import dk.harness.workflow.gates.CellKey;
import dk.harness.workflow.gates.Criteria;
import dk.harness.workflow.gates.ResultCounts;
import dk.harness.workflow.history.ComparisonRecord;
import dk.harness.workflow.history.MetricRow;
import dk.harness.workflow.history.RepresentationGapRow;
import dk.harness.workflow.history.RunRecord;
import dk.harness.workflow.history.SiteLevelRow;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanSubmission;
import dk.harness.workflow.plan.PlanTruthSet;
import dk.harness.workflow.plan.SubmissionPart;
import dk.harness.workflow.history.SvMetricRow;
import dk.harness.core.sv.SvConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run.json}, the provenance of a run (schema {@code harness.run/1}): harness version, the plan (content and
 * sha256), the criteria, each truth set's files with sha256 (reference included), each pipeline spec (content and
 * sha256), parameters, per-submission verdicts and timings, the host, start and end times. Times, timings and
 * host are provenance and differ between runs; everything else is determined by the inputs.
 *
 * <p>Each part of a submission is its own entry in {@code submissions}, with {@code kind} {@code small-variant}
 * (folder {@code unit/sample}, outputs at {@code prefix}) or {@code structural-variant} (folder
 * {@code unit/sample/sv} holding {@code harness compare-sv}'s outputs and intake.json; {@code prefix}, {@code roc}
 * and {@code target} null). A missing kind is read as small-variant. Truth sets carry their {@code kind}; the SV
 * parameters of the plan are {@code parameters.sv} (when the plan has an SV part).
 *
 * <p>It is also the source of the run's history rows ({@link #toRecord}), so a run folder whose recording was
 * interrupted can be recorded later from its files alone.
 */
final class RunManifest {
  static final String FILE = "run.json";
  static final String SCHEMA = "harness.run/1";

  private RunManifest() {
  }

  /** Everything {@link #write} needs. */
  record Content(String runId, String harnessVersion, String startedAt, String finishedAt, Map<String, Object> host,
      Plan plan, Path criteriaFile, Criteria criteria, int parallel, int engineThreads, SubmissionWork work,
      List<SubmissionOutcome> outcomes) {
  }

  static void write(Path runDir, Content c) throws IOException {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", SCHEMA);
    m.put("run_id", c.runId());
    m.put("harness_version", c.harnessVersion());
    m.put("started_at", c.startedAt());
    m.put("finished_at", c.finishedAt());
    m.put("exit_code", RunResult.exitCode(c.outcomes()));
    m.put("host", c.host());
    final Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("path", c.plan().source().toString());
    plan.put("sha256", c.plan().sha256());
    plan.put("content", c.plan().text());
    m.put("plan", plan);
    final Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("path", c.criteriaFile().toString());
    criteria.put("sha256", Sha256.of(c.criteriaFile()));
    criteria.put("version", c.criteria().criteriaVersion());
    criteria.put("effective_date", c.criteria().effectiveDate());
    m.put("criteria", criteria);
    final Map<String, Object> params = new LinkedHashMap<>();
    params.put("threads", c.plan().threads());
    params.put("parallel_submissions", c.parallel());
    params.put("engine_threads", c.engineThreads());
    if (c.plan().submissions().stream().anyMatch(PlanSubmission::hasSvPart)) {
      params.put("sv", svParameters(c.plan().svConfig()));
    }
    m.put("parameters", params);
    final List<Object> truthSets = new ArrayList<>();
    final Map<String, Integer> loads = c.work().truthSetLoads();
    for (PlanTruthSet t : c.plan().truthSets()) {
      truthSets.add(truthSet(t, c.work().truthSetSummary(t.id()), loads.getOrDefault(t.id(), 0)));
    }
    m.put("truth_sets", truthSets);
    final List<Object> subs = new ArrayList<>();
    final Map<String, Integer> summary = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      summary.put(s.name(), 0);
    }
    for (SubmissionOutcome o : c.outcomes()) {
      subs.add(submission(o, c.plan().truthSet(o.part().truthSetId()).orElseThrow()));
      summary.merge(o.status().name(), 1, Integer::sum);
    }
    m.put("submissions", subs);
    m.put("summary", summary);
    Json.write(runDir.resolve(FILE), m);
  }

  private static Map<String, Object> truthSet(PlanTruthSet t, TruthSetSummary data, int loads) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("kind", t.kind().label());
    m.put("version", t.version());
    m.put("catalogue_id", t.catalogueId());
    m.put("sample", t.sample());
    m.put("build", t.build());
    final Map<String, Object> files = new LinkedHashMap<>();
    if (data != null) {
      data.digests().forEach((role, f) -> files.put(role, f == null ? null : file(f.path(), f.sha256())));
    } else {
      // Not loaded (no submission got that far): still record what the files are.
      files.put("truth", digest(t.vcf()));
      files.put("reference", digest(t.reference()));
      files.put("confident", digest(t.confident()));
      files.put("stratification", digest(t.stratification()));
    }
    m.put("files", files);
    m.put("strata", data == null ? null : data.strata());
    m.put("records", data == null ? null : data.records());
    m.put("loads", loads);
    m.put("load_seconds", data == null ? null : round(data.loadSeconds()));
    return m;
  }

  private static Map<String, Object> submission(SubmissionOutcome o, PlanTruthSet t) {
    final PlanSubmission s = o.submission();
    final SubmissionPart part = o.part();
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", part.kind().label());
    m.put("unit", s.unit());
    m.put("sample", s.sample());
    m.put("folder", o.folder().toString().replace('\\', '/'));
    m.put("prefix", part.structural() ? null : o.folder().resolve(s.sample()).toString().replace('\\', '/'));
    final Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("name", s.pipelineName());
    pipeline.put("version", s.pipelineVersion());
    if (s.pipelineSpec() != null) {
      final Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("path", s.pipelineSpec().toString());
      spec.put("sha256", s.specSha256());
      spec.put("content", s.specText());
      pipeline.put("spec", spec);
    } else {
      pipeline.put("spec", null);
    }
    m.put("pipeline", pipeline);
    final Map<String, Object> truth = new LinkedHashMap<>();
    truth.put("id", t.id());
    truth.put("version", t.version());
    m.put("truth_set", truth);
    m.put("vcf", file(part.vcf().toString(), o.querySha256()));
    m.put("index", part.index() == null ? null : part.index().toString());
    m.put("vcf_sample", part.vcfSample());
    m.put("roc", part.structural() ? null : s.roc().name());
    m.put("target", part.structural() || s.target() == null ? null : s.target().toString());
    m.put("verdict", o.status().name());
    m.put("reasons", o.reasons());
    m.put("previous_run_id", o.previousRunId());
    final Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("intake_seconds", round(o.intakeSeconds()));
    timings.put("truth_wait_seconds", round(o.truthWaitSeconds()));
    timings.put("compare_seconds", round(o.compareSeconds()));
    timings.put("total_seconds", round(o.totalSeconds()));
    m.put("timings", timings);
    return m;
  }

  /** The plan's {@code sv_parameters}, every key with its value (Truvari's default where the plan has none). */
  private static Map<String, Object> svParameters(SvConfig c) {
    final Map<String, Object> p = new LinkedHashMap<>();
    p.put("refdist", c.refdist());
    p.put("pctseq", c.pctseq());
    p.put("pctsize", c.pctsize());
    p.put("pctovl", c.pctovl());
    p.put("typeignore", c.typeignore());
    p.put("dup_to_ins", c.dupToIns());
    p.put("sizemin", c.sizemin());
    p.put("sizefilt", c.sizefilt());
    p.put("sizemax", c.sizemax());
    p.put("passonly", c.passonly());
    p.put("pick", c.pick().name().toLowerCase(java.util.Locale.ROOT));
    p.put("extend", c.extend());
    return p;
  }

  private static Map<String, Object> file(String path, String sha256) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", path);
    m.put("sha256", sha256);
    return m;
  }

  private static Map<String, Object> digest(Path p) {
    if (p == null) {
      return null;
    }
    String sha = null;
    try {
      if (Files.isRegularFile(p)) {
        sha = Sha256.of(p);
      }
    } catch (IOException e) {
      // recorded as unknown
    }
    return file(p.toString(), sha);
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }

  /**
   * The history record of a committed run folder: the run and its submissions from run.json, the counts of
   * every compared submission from its outputs (metrics.json and extended.csv).
   *
   * @throws InputException if run.json or an output is missing or malformed
   */
  static RunRecord toRecord(Path runDir) {
    final Path file = runDir.resolve(FILE);
    final JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the run manifest (" + e.getMessage() + ")",
          "the run folder is damaged; move it out of the results folder", e);
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(file, -1, "not a " + SCHEMA + " manifest", "move the folder out of the results folder");
    }
    final List<ComparisonRecord> comparisons = new ArrayList<>();
    for (JsonNode s : root.path("submissions")) {
      final String verdict = s.path("verdict").asText();
      final List<String> reasons = new ArrayList<>();
      s.path("reasons").forEach(r -> reasons.add(r.asText()));
      final List<MetricRow> rows = new ArrayList<>();
      final List<SiteLevelRow> siteRows = new ArrayList<>();
      final List<RepresentationGapRow> gapRows = new ArrayList<>();
      final boolean sv = ComparisonRecord.STRUCTURAL_VARIANT.equals(s.path("kind").asText());
      final List<SvMetricRow> svRows = new ArrayList<>();
      if (sv && !Status.ERROR.name().equals(verdict)) {
        svRows.addAll(SvResults.read(runDir.resolve(s.path("folder").asText())));
      } else if (!Status.ERROR.name().equals(verdict)) {
        final Path prefix = runDir.resolve(s.path("prefix").asText());
        final ResultCounts counts = ResultCounts.ofOutput(prefix);
        for (Map.Entry<CellKey, Counts> e : counts.cells().entrySet()) {
          rows.add(new MetricRow(e.getKey(), e.getValue()));
        }
        readSiteLevel(prefix.resolveSibling(prefix.getFileName() + ".metrics.json"), siteRows, gapRows);
      }
      comparisons.add(new ComparisonRecord(s.path("unit").asText(), s.path("sample").asText(),
          text(s.path("pipeline").path("name")), text(s.path("pipeline").path("version")),
          s.path("truth_set").path("id").asText(), text(s.path("truth_set").path("version")),
          text(s.path("vcf").path("sha256")), verdict, reasons, rows, siteRows, gapRows,
          sv ? ComparisonRecord.STRUCTURAL_VARIANT : ComparisonRecord.SMALL_VARIANT, svRows));
    }
    return new RunRecord(root.path("run_id").asText(), root.path("started_at").asText(),
        text(root.path("finished_at")), text(root.path("harness_version")), text(root.path("plan").path("sha256")),
        text(root.path("criteria").path("version")), text(root.path("host").path("hostname")),
        root.path("exit_code").asInt(), comparisons);
  }

  /** The site-level block of a compare output's metrics.json (issue 7), if it has one. */
  private static void readSiteLevel(Path metrics, List<SiteLevelRow> siteRows, List<RepresentationGapRow> gapRows) {
    final JsonNode site;
    try {
      site = Json.MAPPER.readTree(metrics.toFile()).path("site_level");
    } catch (IOException e) {
      throw new InputException(metrics, -1, "cannot read the comparison's metrics (" + e.getMessage() + ")",
          "the run folder is damaged; move it out of the results folder", e);
    }
    site.path("counts").fields().forEachRemaining(f -> f.getValue().fields().forEachRemaining(t -> {
      final JsonNode c = t.getValue();
      siteRows.add(new SiteLevelRow(f.getKey(), t.getKey(), c.path("truth_total").asLong(),
          c.path("truth_tp").asLong(), c.path("truth_fn").asLong(), c.path("query_total").asLong(),
          c.path("query_tp").asLong(), c.path("query_fp").asLong(), c.path("query_unk").asLong()));
    }));
    site.path("representation_gap").fields().forEachRemaining(f -> f.getValue().fields().forEachRemaining(k ->
        gapRows.add(new RepresentationGapRow(f.getKey(), k.getKey(), k.getValue().path("truth_fn").asLong(),
            k.getValue().path("query_fp").asLong()))));
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
