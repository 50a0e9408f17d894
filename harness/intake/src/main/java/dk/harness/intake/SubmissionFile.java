package dk.harness.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.harness.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one submission from a YAML file with the keys of a plan's submission entry (docs/intake.md):
 * {@code unit, sample, pipeline_spec, pipeline, truth_set, vcf, index, vcf_sample, roc, target}. Only
 * {@code vcf} is required; relative paths are resolved against the file's folder; unknown keys are errors.
 * Immutable.
 *
 * @param submission the submission; its {@link Submission#sample()} is {@code vcf_sample} when given (the exact
 *     column), else {@code sample} (the GIAB id, matched to a column by name)
 * @param giabSample the file's {@code sample} (the GIAB sample the calls are of), or null
 */
public record SubmissionFile(Submission submission, String giabSample) {
  private static final Set<String> KEYS = Set.of("unit", "sample", "pipeline_spec", "pipeline", "truth_set", "vcf",
      "index", "vcf_sample", "roc", "target");

  /**
   * Reads the submission in {@code yaml}.
   *
   * @throws InputException naming the file on any problem
   */
  public static SubmissionFile load(Path yaml) {
    if (!Files.isRegularFile(yaml)) {
      throw new InputException(yaml, -1, "submission file not found", "check the path");
    }
    final JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).enable(com.fasterxml.jackson.core.JsonParser.Feature
          .STRICT_DUPLICATE_DETECTION).readTree(yaml.toFile());
    } catch (IOException e) {
      final String msg = e.getMessage() == null ? "" : e.getMessage().split("\n", 2)[0];
      throw new InputException(yaml, -1, "not valid YAML (" + msg + ")", "fix the YAML syntax", e);
    }
    if (root == null || !root.isObject()) {
      throw new InputException(yaml, -1, "a submission file must be a YAML mapping with at least 'vcf'",
          "see docs/intake.md");
    }
    final Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      final String k = names.next();
      if (!KEYS.contains(k)) {
        throw new InputException(yaml, -1, "unknown key '" + k + "' (allowed: " + String.join(", ", new TreeSet<>(
            KEYS)) + ")", "remove or correct it");
      }
    }
    final Path dir = yaml.toAbsolutePath().getParent();
    final String vcf = text(yaml, root, "vcf");
    if (vcf == null) {
      throw new InputException(yaml, -1, "'vcf' is missing", "add 'vcf: PATH' (relative to the submission file)");
    }
    final String index = text(yaml, root, "index");
    final String vcfSample = text(yaml, root, "vcf_sample");
    final String sample = text(yaml, root, "sample");
    final JsonNode pipeline = root.get("pipeline");
    final String spec = pipeline != null && pipeline.isObject() && pipeline.hasNonNull("name")
        ? pipeline.get("name").asText() : text(yaml, root, "pipeline_spec");
    return new SubmissionFile(new Submission(text(yaml, root, "unit"), spec, vcfSample != null ? vcfSample : sample,
        text(yaml, root, "truth_set"), dir.resolve(vcf).normalize(), index == null ? null
        : dir.resolve(index).normalize()), sample);
  }

  private static String text(Path yaml, JsonNode root, String key) {
    final JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode() || n.asText().isBlank()) {
      throw new InputException(yaml, -1, "'" + key + "' must be a non-empty text value", "correct it");
    }
    return n.asText();
  }
}
