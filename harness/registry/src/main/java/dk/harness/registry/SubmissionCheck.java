package dk.harness.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.catalog.PipelineSpec;
import dk.harness.catalog.SpecException;
import dk.harness.catalog.SpecProblem;
import dk.harness.io.InputException;
import dk.harness.intake.Finding;
import dk.harness.intake.Intake;
import dk.harness.intake.IntakeReport;
import dk.harness.intake.IntakeTarget;
import dk.harness.intake.Severity;
import dk.harness.intake.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The checks a portal submission goes through at once: its pipeline spec (schema and build, as a plan checks it)
 * and the intake preflight ({@link Intake}, exactly what {@code harness validate} runs). The result is stored as
 * JSON ({@value #SCHEMA}) and shown to the unit; server folder names are replaced by the submission's file names so
 * that no server path reaches a client.
 */
final class SubmissionCheck {
  static final String SCHEMA = "harness.portal.submission/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A finding as the portal shows it: intake's, or one of the spec's. */
  record Item(String severity, String code, Long line, String message, String fix) {
  }

  private final List<Item> items;
  private final IntakeReport intake;
  private final String pipelineName;
  private final String pipelineVersion;

  private SubmissionCheck(List<Item> items, IntakeReport intake, String pipelineName, String pipelineVersion) {
    this.items = items;
    this.intake = intake;
    this.pipelineName = pipelineName;
    this.pipelineVersion = pipelineVersion;
  }

  static SubmissionCheck run(String unit, Upload up, RoundTruthSet truth, Path vcf, Path index, Path spec,
      boolean indexUnknown, Path folder) {
    final List<Item> items = new ArrayList<>();
    final Map<String, String> hide = new LinkedHashMap<>();
    hide.put(folder.toString() + java.io.File.separator, "");
    for (Path p : new Path[] {truth.vcf(), truth.reference(), truth.confident(), truth.stratification()}) {
      if (p != null) {
        hide.put(p.toString(), p.getFileName().toString());
      }
    }
    String name = null;
    String version = null;
    if (indexUnknown) {
      items.add(new Item("ERROR", "INDEX_NOT_TBI_CSI", null, "the uploaded index is neither a tabix (.tbi) nor a "
          + "CSI (.csi) index", "upload the index tabix -p vcf made, or no index"));
    }
    try {
      final PipelineSpec ps = PipelineSpec.load(spec);
      name = ps.name();
      version = ps.version();
      if (truth.build() != null && ps.build() != null && !ps.build().label().equalsIgnoreCase(truth.build())) {
        items.add(new Item("ERROR", "SPEC_BUILD", null, "the pipeline spec calls on " + ps.build().label()
            + " but truth set '" + truth.id() + "' is on " + truth.build(), "submit calls made on " + truth.build()));
      }
    } catch (SpecException e) {
      for (SpecProblem p : e.problems()) {
        items.add(new Item("ERROR", "SPEC_INVALID", null, "pipeline spec: " + p, "fix the spec against "
            + "pipelines-spec/pipeline-spec.schema.json (harness spec validate)"));
      }
    } catch (InputException e) {
      items.add(new Item("ERROR", "SPEC_UNREADABLE", e.line() > 0 ? e.line() : null, "pipeline spec: "
          + strip(e.problem(), hide), e.fix() == null ? "upload the spec as YAML or JSON" : strip(e.fix(), hide)));
    }
    final String sampleColumn = up.vcfSample() == null || up.vcfSample().isBlank() ? up.sample() : up.vcfSample();
    final IntakeReport r = Intake.check(new Submission(unit, name, sampleColumn, truth.id(), vcf, index),
        new IntakeTarget(truth.vcf(), truth.reference(), truth.build(), truth.sample(), truth.confident()));
    for (Finding f : r.findings()) {
      items.add(new Item(f.severity().name(), f.code(), f.line() < 0 ? null : f.line(), strip(f.message(), hide),
          f.fix() == null ? null : strip(f.fix(), hide)));
    }
    return new SubmissionCheck(items, r, name, version);
  }

  /**
   * Drops the server's folders from a message: the unit sees {@code calls.vcf.gz} and the truth set's file names,
   * not where the server keeps them.
   */
  private static String strip(String s, Map<String, String> hide) {
    if (s == null) {
      return null;
    }
    String out = s;
    for (Map.Entry<String, String> e : hide.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  boolean accepted() {
    return items.stream().noneMatch(i -> i.severity().equals(Severity.ERROR.name()));
  }

  String errorCodes() {
    final TreeSet<String> codes = new TreeSet<>();
    items.stream().filter(i -> i.severity().equals("ERROR")).forEach(i -> codes.add(i.code()));
    return String.join(", ", codes);
  }

  String json(String round, String unit, String sample, String truthSet, BlobStore.Blob vcf, BlobStore.Blob index,
      BlobStore.Blob spec) {
    final ObjectNode m = JSON.createObjectNode();
    m.put("schema", SCHEMA);
    m.put("round", round);
    m.put("unit", unit);
    m.put("sample", sample);
    m.put("truth_set", truthSet);
    m.put("accepted", accepted());
    m.put("vcf_sha256", vcf.sha256());
    m.put("vcf_bytes", vcf.bytes());
    m.put("index_sha256", index == null ? null : index.sha256());
    m.put("spec_sha256", spec.sha256());
    m.put("pipeline_name", pipelineName);
    m.put("pipeline_version", pipelineVersion);
    m.put("vcf_sample", intake.sample());
    m.put("build", intake.build());
    m.put("records", intake.records());
    m.put("filtered", intake.filtered());
    m.put("unphased_het", intake.unphasedHet());
    m.put("multiallelic", intake.multiallelic());
    m.put("symbolic", intake.symbolic());
    final ArrayNode a = m.putArray("findings");
    for (Item i : items) {
      final ObjectNode o = a.addObject();
      o.put("severity", i.severity());
      o.put("code", i.code());
      if (i.line() == null) {
        o.putNull("line");
      } else {
        o.put("line", i.line());
      }
      o.put("message", i.message());
      o.put("fix", i.fix());
    }
    return m.toString();
  }

  static boolean isGzip(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** {@code tbi} or {@code csi} by the index's magic bytes (both are bgzipped), or null for anything else. */
  static String indexKind(Path p) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      final byte[] magic = in.readNBytes(4);
      if (magic.length == 4 && magic[3] == 1) {
        final String m = new String(magic, 0, 3, java.nio.charset.StandardCharsets.US_ASCII);
        return m.equals("TBI") ? "tbi" : m.equals("CSI") ? "csi" : null;
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }
}
