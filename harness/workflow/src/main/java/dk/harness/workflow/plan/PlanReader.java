package dk.harness.workflow.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.harness.catalog.FileRole;
import dk.harness.catalog.LocalTruthSet;
import dk.harness.catalog.PipelineSpec;
import dk.harness.catalog.TruthSet;
import dk.harness.catalog.TruthSetCache;
import dk.harness.catalog.TruthSetCatalogue;
import dk.harness.catalog.TruthSetKind;
import dk.harness.core.sv.SvConfig;
import dk.harness.io.InputException;
import dk.harness.io.ScoreField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a plan file (YAML). Every problem is an {@link InputException} naming the plan file, the line
 * and the field (e.g. {@code submissions[2].truth_set}), so the CLI exits with code 2 before anything runs.
 *
 * <p>Checked here: the YAML syntax, known keys only, required fields, types, ids and names usable as folder names,
 * distinct truth-set ids and (unit, sample) pairs, submissions referring to defined truth sets with the same
 * sample, pipeline specs valid (through the catalog module), catalogue truth sets present in the cache. Not
 * checked here: the content of VCFs, BEDs and references (intake and the comparison do that). Stateless.
 */
public final class PlanReader {
  /** The only plan format version known. */
  public static final int PLAN_VERSION = 1;
  /**
   * Largest plan accepted, checked before reading: a plan lists files, it does not contain them, so real plans
   * are a few KiB even with hundreds of submissions; run.json keeps a copy of the plan.
   */
  public static final long MAX_PLAN_BYTES = 1024 * 1024;
  /** Ids, units and samples become folder names: keep them portable. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Set<String> TOP_KEYS = Set.of("plan_version", "run_id", "results_dir", "threads", "gates",
      "catalogue", "truth_set_cache", "truth_sets", "submissions", "sv_parameters");
  private static final Set<String> TRUTH_KEYS = Set.of("id", "version", "catalogue_id", "sample", "build", "vcf",
      "confident", "reference", "stratification", "vcf_sample", "kind");
  private static final Set<String> SUBMISSION_KEYS = Set.of("unit", "sample", "pipeline_spec", "pipeline",
      "truth_set", "vcf", "index", "vcf_sample", "roc", "target", "sv_truth_set", "sv_vcf", "sv_index",
      "sv_vcf_sample");
  private static final Set<String> PIPELINE_KEYS = Set.of("name", "version");

  private final int defaultThreads;

  /** @param defaultThreads threads when the plan does not say (typically the processor count) */
  public PlanReader(int defaultThreads) {
    this.defaultThreads = Math.max(1, defaultThreads);
  }

  /**
   * Reads a plan.
   *
   * @throws InputException naming the file, line and field on any problem
   */
  public Plan read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, -1, "the plan file does not exist or is not a file", "check the --plan path");
    }
    final byte[] bytes;
    try {
      final long size = Files.size(file);
      if (size > MAX_PLAN_BYTES) {
        throw new InputException(file, -1, "the plan is " + size + " bytes, more than the " + (MAX_PLAN_BYTES >> 20)
            + " MiB a plan may have", "a plan lists files and does not contain them: remove what was pasted or "
            + "padded into it (see docs/workflow.md)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputException(file, -1, "cannot read the plan (" + e.getMessage() + ")", "check its permissions",
          e);
    }
    final String text = new String(bytes, StandardCharsets.UTF_8);
    final JsonNode root;
    final YamlLocations where;
    try {
      where = YamlLocations.scan(text);
      // A key given twice (two 'vcf:' lines) must not silently resolve to the last one.
      root = new ObjectMapper(new YAMLFactory()).enable(com.fasterxml.jackson.core.JsonParser.Feature
          .STRICT_DUPLICATE_DETECTION).readTree(text);
    } catch (IOException e) {
      final int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
          && jpe.getLocation() != null ? jpe.getLocation().getLineNr() : -1;
      throw new InputException(file, line, "not valid YAML (" + firstLine(e.getMessage()) + ")",
          "fix the YAML syntax (indentation, ':' after keys, '- ' before list items)", e);
    }
    final Path dir = file.toAbsolutePath().normalize().getParent();
    final Node top = new Node(file, where, root, "", "");
    if (root == null || !root.isObject()) {
      throw top.error("the plan must be a YAML mapping with plan_version, truth_sets and submissions",
          "see docs/workflow.md for an example plan");
    }
    top.onlyKeys(TOP_KEYS);
    final int version = top.requiredInt("plan_version");
    if (version != PLAN_VERSION) {
      throw top.child("plan_version").error("plan_version " + version + " is not supported (this harness reads "
          + PLAN_VERSION + ")", "write plan_version: " + PLAN_VERSION);
    }
    final String runId = top.optionalText("run_id");
    if (runId != null && !NAME.matcher(runId).matches()) {
      throw top.child("run_id").error("run_id '" + runId + "' is not usable as a folder name",
          "use letters, digits, '.', '_' and '-' only, e.g. 20261125-nightly");
    }
    final Path results = top.optionalPath("results_dir", dir, dir.resolve("results"));
    final Integer threadsValue = top.optionalInt("threads");
    if (threadsValue != null && threadsValue < 1) {
      throw top.child("threads").error("threads must be at least 1 (got " + threadsValue + ")", "write threads: 1 or more");
    }
    final Path gates = top.optionalPath("gates", dir, dir.resolve("gates/council-criteria.yaml"));
    final Path catalogue = top.optionalPath("catalogue", dir, null);
    final Path cache = top.optionalPath("truth_set_cache", dir, null);
    final SvConfig svConfig = SvParameters.read(root.get("sv_parameters"), (key, problem, fix) ->
        (key == null ? top.child("sv_parameters") : top.child("sv_parameters").child(key)).error(problem, fix));

    final List<PlanTruthSet> truthSets = new ArrayList<>();
    final Map<String, PlanTruthSet> byId = new HashMap<>();
    final Node ts = top.requiredList("truth_sets");
    final Set<String> svNamed = svTruthSetIds(root.get("submissions"));
    TruthSetCatalogue loadedCatalogue = null;
    for (int i = 0; i < ts.node.size(); i++) {
      final Node n = ts.element(i);
      final PlanTruthSet t;
      if (n.node.has("vcf")) {
        t = inlineTruthSet(n, dir);
      } else {
        if (catalogue == null || cache == null) {
          throw n.error("truth set without 'vcf' is taken from the catalogue, but the plan names no catalogue "
              + "and truth_set_cache", "add 'catalogue:' and 'truth_set_cache:' at the top, or give vcf, "
              + "confident and version inline");
        }
        if (loadedCatalogue == null) {
          loadedCatalogue = TruthSetCatalogue.load(catalogue);
        }
        t = catalogueTruthSet(n, dir, loadedCatalogue, new TruthSetCache(cache), svNamed);
      }
      if (byId.put(t.id(), t) != null) {
        throw n.child("id").error("truth set id '" + t.id() + "' is defined twice", "give every truth set its own id");
      }
      truthSets.add(t);
    }

    final List<PlanSubmission> submissions = new ArrayList<>();
    final Set<String> keys = new HashSet<>();
    final Node subs = top.requiredList("submissions");
    for (int i = 0; i < subs.node.size(); i++) {
      final Node n = subs.element(i);
      final PlanSubmission s = submission(n, dir, byId);
      if (!keys.add(s.key())) {
        throw n.error("unit '" + s.unit() + "' submits sample '" + s.sample() + "' twice (each submission gets "
            + "the folder <unit>/<sample> of the run)", "keep one submission per unit and sample, or run the "
            + "other in a separate plan");
      }
      submissions.add(s);
    }
    if (svConfig.extend() > 0) {
      for (PlanTruthSet t : truthSets) {
        if (t.structural() && t.confident() == null) {
          throw top.child("sv_parameters").child("extend").error("extend widens the SV truth set's regions, but "
              + "truth set '" + t.id() + "' has no 'confident:' BED", "give it confident: (Truvari's --includebed) "
              + "or drop extend");
        }
      }
    }
    return new Plan(file.toAbsolutePath().normalize(), text, sha256(bytes), version, runId, results,
        threadsValue == null ? defaultThreads : threadsValue, gates, catalogue, cache, truthSets, submissions,
        svConfig);
  }

  /** The ids submissions name as sv_truth_set (read ahead, so catalogue entries are checked before any fetch). */
  private static Set<String> svTruthSetIds(JsonNode submissions) {
    final Set<String> out = new HashSet<>();
    if (submissions != null && submissions.isArray()) {
      for (JsonNode s : submissions) {
        if (s.isObject() && s.path("sv_truth_set").isValueNode()) {
          out.add(s.path("sv_truth_set").asText().strip());
        }
      }
    }
    return out;
  }

  /** The {@code kind:} of an inline truth set (default small-variant). */
  private static TruthSetKind kind(Node n) {
    final String k = n.optionalText("kind");
    if (k == null) {
      return TruthSetKind.SMALL_VARIANT;
    }
    final TruthSetKind kind = TruthSetKind.fromLabel(k);
    if (kind != TruthSetKind.SMALL_VARIANT && kind != TruthSetKind.STRUCTURAL_VARIANT) {
      throw n.child("kind").error("kind '" + k + "' is not small-variant or structural-variant",
          "write kind: structural-variant for an SV benchmark, or leave kind out for small variants");
    }
    return kind;
  }

  private static PlanTruthSet inlineTruthSet(Node n, Path dir) {
    n.onlyKeys(TRUTH_KEYS);
    final String id = n.requiredName("id");
    if (n.node.has("catalogue_id")) {
      throw n.child("catalogue_id").error("a truth set is either inline (vcf, confident, ...) or from the "
          + "catalogue (catalogue_id), not both", "remove vcf/confident or catalogue_id");
    }
    final TruthSetKind kind = kind(n);
    // Truvari needs no reference (it resolves symbolic alleles and compares sequence with one when given).
    final Path reference = kind == TruthSetKind.STRUCTURAL_VARIANT ? n.optionalPath("reference", dir, null)
        : n.requiredPath("reference", dir);
    return new PlanTruthSet(id, n.requiredText("version"), null, n.optionalName("sample"), n.optionalText("build"),
        n.requiredPath("vcf", dir), n.optionalPath("confident", dir, null), reference,
        n.optionalPath("stratification", dir, null), n.optionalText("vcf_sample"), n.line(), kind);
  }

  private static PlanTruthSet catalogueTruthSet(Node n, Path dir, TruthSetCatalogue catalogue, TruthSetCache cache,
      Set<String> svNamed) {
    n.onlyKeys(TRUTH_KEYS);
    for (String k : List.of("confident", "version", "build")) {
      if (n.node.has(k)) {
        throw n.child(k).error("'" + k + "' comes from the catalogue for a catalogue truth set",
            "remove it, or define the truth set inline with vcf, confident, version and reference");
      }
    }
    final String id = n.requiredName("id");
    final String catalogueId = n.node.has("catalogue_id") ? n.requiredText("catalogue_id") : id;
    final TruthSet entry;
    final LocalTruthSet local;
    try {
      entry = catalogue.require(catalogueId);
    } catch (InputException e) {
      throw n.error(e.getMessage(), null, e);
    }
    if (n.node.has("kind") && kind(n) != entry.kind()) {
      throw n.child("kind").error("kind '" + n.optionalText("kind") + "' but catalogue entry '" + catalogueId
          + "' is a " + entry.kind().label() + " set", "remove 'kind:' (the catalogue says it)");
    }
    final boolean svEntry = entry.kind() == TruthSetKind.STRUCTURAL_VARIANT;
    if (entry.kind() != TruthSetKind.SMALL_VARIANT && !(svEntry && svNamed.contains(id))) {
      // Before anything is fetched: an SV benchmark fed to the small-variant engine would count only what it can
      // assess and say little else.
      throw n.child(n.node.has("catalogue_id") ? "catalogue_id" : "id").error("catalogue entry '" + catalogueId
          + "' is a " + entry.kind().label() + " set, and only a submission's sv_truth_set may name one (truth_set "
          + "benchmarks small variants)", "name it under sv_truth_set: for SV calls, or name a small-variant entry "
          + "(harness truth-sets list); one SV comparison alone is harness compare-sv");
    }
    try {
      local = cache.resolve(entry);
    } catch (InputException e) {
      throw n.error(e.getMessage(), null, e);
    }
    final String sample = n.optionalName("sample");
    if (sample != null && entry.sample() != null && !sample.equals(entry.sample())) {
      throw n.child("sample").error("sample '" + sample + "' but catalogue entry '" + catalogueId + "' is for "
          + entry.sample(), "remove 'sample:' or pick the entry for " + sample);
    }
    return new PlanTruthSet(id, entry.release(), catalogueId, entry.sample() != null ? entry.sample() : sample,
        entry.build().label(), local.vcf(), local.file(FileRole.BED).orElse(null),
        svEntry ? n.optionalPath("reference", dir, null) : n.requiredPath("reference", dir),
        n.optionalPath("stratification", dir, null), n.optionalText("vcf_sample"), n.line(), entry.kind());
  }

  private static PlanSubmission submission(Node n, Path dir, Map<String, PlanTruthSet> truthSets) {
    n.onlyKeys(SUBMISSION_KEYS);
    final String unit = n.requiredName("unit");
    final String sample = n.requiredName("sample");
    final SubmissionParts parts = SubmissionParts.read(n.node, (key, problem, fix) ->
        (key == null ? n : n.child(key)).error(problem, fix), truthSets, sample);
    final String truthSetId = parts.truthSetId();
    final PlanTruthSet truth = truthSetId == null ? truthSets.get(parts.svTruthSetId()) : truthSets.get(truthSetId);
    Path spec = null;
    String specSha = null;
    String specText = null;
    final String name;
    final String version;
    if (n.node.has("pipeline_spec") == n.node.has("pipeline")) {
      throw n.error("give either pipeline_spec (the unit's pipeline spec file) or pipeline (name and version), "
          + "exactly one", "add pipeline_spec: specs/unit-" + unit + ".yaml");
    }
    if (n.node.has("pipeline_spec")) {
      spec = n.requiredPath("pipeline_spec", dir);
      final PipelineSpec ps;
      try {
        ps = PipelineSpec.load(spec);
        final byte[] bytes = Files.readAllBytes(spec);
        specSha = sha256(bytes);
        specText = new String(bytes, StandardCharsets.UTF_8);
      } catch (InputException e) {
        throw n.child("pipeline_spec").error(e.getMessage(), null, e);
      } catch (IOException e) {
        throw n.child("pipeline_spec").error("cannot read " + spec + " (" + e.getMessage() + ")", "check the path",
            e);
      }
      // The spec names the unit in words ("Example Genomics Unit North"), so only the build can be checked.
      if (truth.build() != null && ps.build() != null && !ps.build().label().equalsIgnoreCase(truth.build())) {
        throw n.child("pipeline_spec").error("the pipeline spec " + spec.getFileName() + " calls on "
            + ps.build().label() + " but truth set '" + truth.id() + "' is on " + truth.build(),
            "compare with a truth set on the pipeline's build");
      }
      name = ps.name();
      version = ps.version();
    } else {
      final Node p = n.child("pipeline");
      if (!p.node.isObject()) {
        throw p.error("pipeline must be a mapping with name and version", "write pipeline: {name: X, version: Y}");
      }
      p.onlyKeys(PIPELINE_KEYS);
      name = p.requiredText("name");
      version = p.requiredText("version");
    }
    final String rocText = n.optionalText("roc");
    ScoreField roc = ScoreField.QUAL;
    if (rocText != null) {
      try {
        roc = ScoreField.valueOf(rocText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw n.child("roc").error("roc '" + rocText + "' is not QUAL or GQ", "write roc: QUAL or roc: GQ");
      }
    }
    final Path vcf = truthSetId != null || !n.node.has("sv_vcf") ? n.requiredPath("vcf", dir)
        : n.optionalPath("vcf", dir, null);
    return new PlanSubmission(unit, sample, spec, specSha, specText, name, version, truthSetId, vcf,
        n.optionalPath("index", dir, null), n.optionalText("vcf_sample"), roc, n.optionalPath("target", dir, null),
        n.line(), parts.svTruthSetId(), n.optionalPath("sv_vcf", dir, null), n.optionalPath("sv_index", dir, null),
        n.optionalText("sv_vcf_sample"));
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    final int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** A node of the plan with where it is, for messages. */
  private static final class Node {
    final Path file;
    final YamlLocations where;
    final JsonNode node;
    final String pointer;
    final String field;

    Node(Path file, YamlLocations where, JsonNode node, String pointer, String field) {
      this.file = file;
      this.where = where;
      this.node = node;
      this.pointer = pointer;
      this.field = field;
    }

    int line() {
      return where.line(pointer);
    }

    Node child(String key) {
      return new Node(file, where, node.get(key), pointer + "/" + key, field.isEmpty() ? key : field + "." + key);
    }

    Node element(int i) {
      return new Node(file, where, node.get(i), pointer + "/" + i, field + "[" + i + "]");
    }

    InputException error(String problem, String fix) {
      return error(problem, fix, null);
    }

    InputException error(String problem, String fix, Throwable cause) {
      return new InputException(file, line(), (field.isEmpty() ? "" : field + ": ") + problem, fix, cause);
    }

    void onlyKeys(Set<String> known) {
      if (!node.isObject()) {
        throw error("expected a mapping (key: value lines)", "see docs/workflow.md for the plan format");
      }
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        final String k = it.next();
        if (!known.contains(k)) {
          throw child(k).error("unknown key '" + k + "'", "use one of " + new java.util.TreeSet<>(known));
        }
      }
    }

    Node requiredList(String key) {
      final Node c = child(key);
      if (c.node == null || c.node.isNull()) {
        throw error("'" + key + "' is missing", "add a '" + key + ":' list");
      }
      if (!c.node.isArray() || c.node.isEmpty()) {
        throw c.error("must be a non-empty list ('- ' items)", "add at least one item");
      }
      return c;
    }

    String optionalText(String key) {
      final Node c = child(key);
      if (c.node == null || c.node.isNull()) {
        return null;
      }
      if (!c.node.isValueNode() || c.node.asText().isBlank()) {
        throw c.error("must be a non-empty text value", "write " + key + ": <value>");
      }
      return c.node.asText().strip();
    }

    String requiredText(String key) {
      final String v = optionalText(key);
      if (v == null) {
        throw error("'" + key + "' is missing", "add '" + key + ": <value>'");
      }
      return v;
    }

    String optionalName(String key) {
      final String v = optionalText(key);
      if (v != null && !NAME.matcher(v).matches()) {
        throw child(key).error("'" + v + "' is not usable as a folder name",
            "use letters, digits, '.', '_' and '-' only");
      }
      return v;
    }

    String requiredName(String key) {
      final String v = optionalName(key);
      if (v == null) {
        throw error("'" + key + "' is missing", "add '" + key + ": <value>'");
      }
      return v;
    }

    Integer optionalInt(String key) {
      final Node c = child(key);
      if (c.node == null || c.node.isNull()) {
        return null;
      }
      if (!c.node.canConvertToInt() || !c.node.isIntegralNumber()) {
        throw c.error("must be a whole number (got '" + c.node.asText() + "')", "write " + key + ": 1");
      }
      return c.node.intValue();
    }

    int requiredInt(String key) {
      final Integer v = optionalInt(key);
      if (v == null) {
        throw error("'" + key + "' is missing", "add '" + key + ": " + PLAN_VERSION + "'");
      }
      return v;
    }

    Path optionalPath(String key, Path dir, Path otherwise) {
      final String v = optionalText(key);
      if (v == null) {
        return otherwise;
      }
      try {
        return dir.resolve(v).normalize();
      } catch (java.nio.file.InvalidPathException e) {
        throw child(key).error("'" + v + "' is not a valid path", "fix the path", e);
      }
    }

    Path requiredPath(String key, Path dir) {
      final Path p = optionalPath(key, dir, null);
      if (p == null) {
        throw error("'" + key + "' is missing", "add '" + key + ": <path>' (relative to the plan's folder)");
      }
      return p;
    }
  }
}
