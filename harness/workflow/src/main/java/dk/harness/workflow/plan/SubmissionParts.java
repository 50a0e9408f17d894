package dk.harness.workflow.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.io.InputException;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which parts a plan submission has and which truth set each is compared with: {@code truth_set} must name a
 * small-variant truth set, {@code sv_truth_set} a structural-variant one, and the files must fit (an
 * {@code sv_vcf} needs an {@code sv_truth_set}; a submission needs at least one part). Immutable.
 *
 * @param truthSetId the small-variant truth set, or null
 * @param svTruthSetId the structural-variant truth set, or null
 */
record SubmissionParts(String truthSetId, String svTruthSetId) {
  /** Where a key is, for messages (null key: the submission). */
  interface Errors {
    InputException at(String key, String problem, String fix);
  }

  /** @throws InputException naming the key at fault */
  static SubmissionParts read(JsonNode n, Errors errors, Map<String, PlanTruthSet> truthSets, String sample) {
    final String small = text(n, "truth_set", errors);
    final String sv = text(n, "sv_truth_set", errors);
    if (small == null && sv == null) {
      throw errors.at(null, "'truth_set' is missing (and there is no sv_truth_set): the submission names no "
          + "truth set", "add truth_set: <id> for small-variant calls and/or sv_truth_set: <id> for "
          + "structural-variant calls");
    }
    for (String k : new String[] {"sv_vcf", "sv_vcf_sample"}) {
      if (sv == null && n.has(k)) {
        throw errors.at(k, k + " is given but no sv_truth_set to compare it with",
            "add sv_truth_set: <id of a structural-variant truth set>, or remove " + k);
      }
    }
    if (n.has("sv_index") && !n.has("sv_vcf")) {
      throw errors.at("sv_index", "sv_index is given without sv_vcf", "give sv_vcf, or use index: for vcf");
    }
    if (!n.has("vcf") && !n.has("sv_vcf")) {
      throw errors.at(null, "'vcf' is missing", "add 'vcf: <path>' (relative to the plan's folder)");
    }
    if (small == null && !n.has("vcf")) {
      for (String k : new String[] {"index", "vcf_sample", "roc", "target"}) {
        if (n.has(k)) {
          throw errors.at(k, k + " describes 'vcf', which this submission does not give",
              "remove " + k + " (sv_index and sv_vcf_sample describe sv_vcf)");
        }
      }
    }
    if (small != null) {
      final PlanTruthSet t = defined(small, "truth_set", errors, truthSets, sample);
      if (t.structural()) {
        throw errors.at("truth_set", "truth set '" + small + "' is a structural-variant set, and truth_set is "
            + "compared with the small-variant engine", "name it under sv_truth_set: (and give the SV calls as "
            + "sv_vcf:, or leave sv_vcf out when vcf holds them)");
      }
    }
    if (sv != null) {
      final PlanTruthSet t = defined(sv, "sv_truth_set", errors, truthSets, sample);
      if (!t.structural()) {
        throw errors.at("sv_truth_set", "truth set '" + sv + "' is a small-variant set, and sv_truth_set is "
            + "compared with the SV engine", "name a truth set with kind: structural-variant, or move it to "
            + "truth_set:");
      }
    }
    return new SubmissionParts(small, sv);
  }

  private static PlanTruthSet defined(String id, String key, Errors errors, Map<String, PlanTruthSet> truthSets,
      String sample) {
    final PlanTruthSet t = truthSets.get(id);
    if (t == null) {
      throw errors.at(key, "truth set '" + id + "' is not defined under truth_sets (defined: "
          + String.join(", ", new TreeSet<>(truthSets.keySet())) + ")", "fix the id or add the truth set");
    }
    if (t.sample() != null && !t.sample().equals(sample)) {
      throw errors.at("sample", "sample '" + sample + "' is compared with truth set '" + id + "', which is for "
          + t.sample(), "use the truth set of " + sample);
    }
    return t;
  }

  private static String text(JsonNode n, String key, Errors errors) {
    final JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode() || v.asText().isBlank()) {
      throw errors.at(key, "must be a non-empty text value", "write " + key + ": <value>");
    }
    return v.asText().strip();
  }
}
