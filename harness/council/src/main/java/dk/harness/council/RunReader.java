package dk.harness.council;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.harness.io.InputException;
import dk.harness.workflow.gates.ResultCounts;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a committed run folder ({@code results/<run-id>/}): {@code run.json}, and for every compared submission
 * its {@code metrics.json}, {@code extended.csv} (strata) and {@code intake.json}, plus the header of the
 * submitted VCF when it is still readable; SV parts ({@code "kind": "structural-variant"} entries, or an
 * {@code <unit>/<sample>/sv/metrics.json} that no entry names) through {@link SvPartReader}. Stateless.
 */
public final class RunReader {
  /** The run manifest's name in a run folder. */
  public static final String RUN_JSON = "run.json";
  private static final String SCHEMA = "harness.run/1";
  /** VCF header lines worth showing in the provenance: the caller and how it was run. */
  private static final Pattern NOTABLE_HEADER = Pattern.compile(
      "^##(source|[A-Za-z0-9_]*[Cc]ommand[Ll]ine|[A-Za-z0-9_]*[Vv]ersion)[=<].*");
  private static final int MAX_HEADER_LINES = 6;
  private static final int MAX_HEADER_CHARS = 240;
  private static final int MAX_HEADER_SCAN = 5000;

  /** run.json's {@code kind} of an SV part (a missing kind means a small-variant part). */
  static final String SV_KIND = "structural-variant";

  private final ObjectMapper json = new ObjectMapper();
  private final SvPartReader svReader = new SvPartReader(json);

  /**
   * Reads a run folder.
   *
   * @throws InputException if the folder is not a run folder, run.json is malformed, or a compared submission's
   *     outputs are missing or malformed
   */
  public RunData read(Path runDir) {
    if (!Files.isDirectory(runDir)) {
      throw new InputException(runDir, -1, "not a folder", "pass a run folder, e.g. results/<run-id>");
    }
    final Path file = runDir.resolve(RUN_JSON);
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, -1, "no run manifest here",
          "pass a run folder written by 'harness run' (it holds run.json)");
    }
    final JsonNode root = readJson(file, "run manifest");
    if (!SCHEMA.equals(root.path("schema").asText())) {
      throw new InputException(file, -1, "not a " + SCHEMA + " manifest (schema '" + root.path("schema").asText()
          + "')", "pass a run folder written by 'harness run'");
    }
    final RunInfo run = runInfo(root);
    final List<SubmissionResult> subs = new ArrayList<>();
    final List<SvPart> sv = new ArrayList<>();
    for (JsonNode s : root.path("submissions")) {
      if (SV_KIND.equals(s.path("kind").asText())) {
        sv.add(svReader.read(svInfo(s), inside(runDir, file, s.path("folder").asText())));
      } else {
        subs.add(submission(runDir, file, s));
      }
    }
    subs.sort(Comparator.comparing((SubmissionResult r) -> r.info().unit())
        .thenComparing(r -> r.info().sample()));
    sv.addAll(svReader.unlisted(runDir, subs, sv));
    sv.sort(Comparator.comparing((SvPart p) -> p.info().unit()).thenComparing(p -> p.info().sample()));
    return new RunData(runDir, run, subs, sv);
  }

  private RunInfo runInfo(JsonNode root) {
    final Map<String, String> host = texts(root.path("host"));
    final Map<String, String> params = texts(root.path("parameters"));
    final List<TruthSetInfo> truthSets = new ArrayList<>();
    for (JsonNode t : root.path("truth_sets")) {
      final List<FileRef> files = new ArrayList<>();
      final Iterator<Map.Entry<String, JsonNode>> it = t.path("files").fields();
      while (it.hasNext()) {
        final Map.Entry<String, JsonNode> e = it.next();
        files.add(new FileRef(e.getKey(), text(e.getValue().path("path")), text(e.getValue().path("sha256"))));
      }
      final List<String> strata = new ArrayList<>();
      t.path("strata").forEach(n -> strata.add(n.asText()));
      truthSets.add(new TruthSetInfo(t.path("id").asText(), text(t.path("version")), text(t.path("catalogue_id")),
          text(t.path("sample")), text(t.path("build")), files, strata,
          t.path("records").isNumber() ? t.path("records").asLong() : null,
          t.path("load_seconds").isNumber() ? t.path("load_seconds").asDouble() : null));
    }
    final JsonNode plan = root.path("plan");
    final JsonNode criteria = root.path("criteria");
    return new RunInfo(root.path("run_id").asText(), text(root.path("harness_version")),
        text(root.path("started_at")), text(root.path("finished_at")), root.path("exit_code").asInt(), host,
        new FileRef("plan", text(plan.path("path")), text(plan.path("sha256"))), text(plan.path("content")),
        new FileRef("criteria", text(criteria.path("path")), text(criteria.path("sha256"))),
        text(criteria.path("version")), text(criteria.path("effective_date")), params, truthSets);
  }

  /** What run.json records for one submission entry (small-variant or SV part). */
  private static SubmissionInfo info(JsonNode s) {
    final List<String> reasons = new ArrayList<>();
    s.path("reasons").forEach(r -> reasons.add(r.asText()));
    final Map<String, Double> timings = new LinkedHashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> it = s.path("timings").fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNumber()) {
        timings.put(e.getKey(), e.getValue().asDouble());
      }
    }
    final JsonNode pipeline = s.path("pipeline");
    final JsonNode spec = pipeline.path("spec");
    return new SubmissionInfo(s.path("unit").asText(), s.path("sample").asText(),
        s.path("folder").asText(), s.path("prefix").asText(), text(pipeline.path("name")),
        text(pipeline.path("version")),
        spec.isObject() ? new FileRef("spec", text(spec.path("path")), text(spec.path("sha256"))) : null,
        spec.isObject() ? text(spec.path("content")) : null, s.path("truth_set").path("id").asText(),
        text(s.path("truth_set").path("version")),
        new FileRef("vcf", text(s.path("vcf").path("path")), text(s.path("vcf").path("sha256"))),
        text(s.path("vcf_sample")), text(s.path("roc")), text(s.path("target")), s.path("verdict").asText(),
        reasons, text(s.path("previous_run_id")), timings);
  }

  /**
   * An SV entry's info: the verdict and reasons are the entry's {@code verdict} and {@code reasons}, or else those
   * of a {@code gates} object ({@code status}, {@code reasons}, the shape of a gate verdict); no verdict at all
   * (null) when it has neither.
   */
  private static SubmissionInfo svInfo(JsonNode s) {
    final SubmissionInfo i = info(s);
    final JsonNode gates = s.path("gates");
    String verdict = text(s.path("verdict"));
    List<String> reasons = i.reasons();
    if ((verdict == null || verdict.isEmpty()) && gates.path("status").isTextual()) {
      verdict = gates.path("status").asText();
      final List<String> r = new ArrayList<>();
      gates.path("reasons").forEach(n -> r.add(n.asText()));
      reasons = r;
    }
    return new SubmissionInfo(i.unit(), i.sample(), i.folder(), i.prefix(), i.pipelineName(), i.pipelineVersion(),
        i.spec(), i.specContent(), i.truthSetId().isEmpty() ? null : i.truthSetId(), i.truthSetVersion(), i.vcf(),
        i.vcfSample(), i.roc(), i.target(),
        verdict == null || verdict.isEmpty() ? null : verdict, reasons, i.previousRunId(), i.timings());
  }

  private SubmissionResult submission(Path runDir, Path manifest, JsonNode s) {
    final SubmissionInfo info = info(s);
    final Path prefix = inside(runDir, manifest, info.prefix());
    final Path folder = inside(runDir, manifest, info.folder());
    final Map<String, String> intake = intake(folder.resolve("intake.json"));
    final List<String> header = vcfHeader(info.vcf().path());
    if (!info.compared()) {
      return new SubmissionResult(info, prefix, null, null, null, 0, null, intake, header);
    }
    final ResultCounts counts = ResultCounts.ofOutput(prefix);
    final JsonNode metrics = readJson(Path.of(prefix + ".metrics.json"), "metrics file");
    final JsonNode inputs = metrics.path("inputs");
    final JsonNode tooComplex = metrics.path("too_complex_totals").path("ALL");
    final long undecided = tooComplex.path("truth_records").asLong(0) + tooComplex.path("query_records").asLong(0);
    return new SubmissionResult(info, prefix, counts, text(inputs.path("truth_sample")),
        text(inputs.path("query_sample")), undecided,
        gap(metrics.path("site_level").path("representation_gap").path("PASS")), intake, header);
  }

  /** A path of run.json resolved in the run folder; run.json pointing outside it is refused. */
  static Path inside(Path runDir, Path manifest, String relative) {
    final Path base = runDir.toAbsolutePath().normalize();
    final Path p = base.resolve(relative).normalize();
    if (relative.isEmpty() || !p.startsWith(base)) {
      throw new InputException(manifest, -1, "submission path '" + relative + "' is not inside the run folder",
          "pass an unmodified run folder written by 'harness run'");
    }
    return p;
  }

  private Map<String, String> intake(Path file) {
    final Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    final JsonNode n = readJson(file, "intake report");
    for (String k : List.of("sample", "build", "records", "filtered", "multiallelic", "symbolic")) {
      if (n.has(k) && !n.get(k).isNull()) {
        out.put(k, n.get(k).asText());
      }
    }
    return out;
  }

  /** Notable header lines of a (b)gzipped or plain VCF; empty when it cannot be read (it may have moved). */
  static List<String> vcfHeader(String path) {
    final List<String> out = new ArrayList<>();
    if (path == null) {
      return out;
    }
    final Path p = Path.of(path);
    if (!Files.isRegularFile(p)) {
      return out;
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(p));
        BufferedReader r = new BufferedReader(new InputStreamReader(maybeGunzip(raw), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null && n++ < MAX_HEADER_SCAN && line.startsWith("##")) {
        if (NOTABLE_HEADER.matcher(line).matches() && out.size() < MAX_HEADER_LINES) {
          out.add(line.length() > MAX_HEADER_CHARS ? line.substring(0, MAX_HEADER_CHARS) + " …" : line);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Provenance detail only: a VCF that moved or is damaged leaves the list short.
    }
    return out;
  }

  private static InputStream maybeGunzip(InputStream in) throws IOException {
    in.mark(2);
    final int a = in.read();
    final int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new GZIPInputStream(in) : in;
  }

  JsonNode readJson(Path file, String what) {
    try {
      final JsonNode n = json.readTree(file.toFile());
      if (n == null || !n.isObject()) {
        throw new InputException(file, -1, "the " + what + " is not a JSON object", "re-create it with harness");
      }
      return n;
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the " + what + " (" + Text.oneLine(e.getMessage()) + ")",
          "re-create it with harness", e);
    }
  }

  private static Map<String, String> texts(JsonNode obj) {
    final Map<String, String> out = new LinkedHashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().isNull() ? "-" : e.getValue().isValueNode() ? e.getValue().asText()
          : e.getValue().toString());
    }
    return out;
  }

  /** The PASS block of {@code site_level.representation_gap}, or null when absent or not of the known shape. */
  private static RepresentationGap gap(JsonNode pass) {
    final JsonNode total = pass.path("total");
    if (!total.path("truth_fn").canConvertToExactIntegral() || !total.path("query_fp").canConvertToExactIntegral()) {
      return null;
    }
    final Map<String, long[]> kinds = new LinkedHashMap<>();
    final Iterator<Map.Entry<String, JsonNode>> it = pass.fields();
    while (it.hasNext()) {
      final Map.Entry<String, JsonNode> e = it.next();
      if (!"total".equals(e.getKey())) {
        kinds.put(e.getKey(), new long[] {e.getValue().path("truth_fn").asLong(), e.getValue().path("query_fp")
            .asLong()});
      }
    }
    return new RepresentationGap(total.path("truth_fn").asLong(), total.path("query_fp").asLong(), kinds);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }
}
