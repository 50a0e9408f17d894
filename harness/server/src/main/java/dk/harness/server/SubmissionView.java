package dk.harness.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.harness.registry.SubmissionRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A submission as pages and the API show it: the stored record, its intake findings, and the JSON clients get.
 *
 * @param record the stored submission
 * @param findings its findings, in report order
 * @param pipeline the spec's pipeline name and version, or null when the spec was unusable
 */
public record SubmissionView(SubmissionRecord record, List<Finding> findings, String pipeline) {

  /** One finding. {@code line} is null when not tied to a line. */
  public record Finding(String severity, String code, Long line, String message, String fix) {
  }

  static SubmissionView of(SubmissionRecord r) {
    final JsonNode j = tree(r);
    final List<Finding> out = new ArrayList<>();
    for (JsonNode f : j.path("findings")) {
      out.add(new Finding(f.path("severity").asText(), f.path("code").asText(),
          f.path("line").isNull() ? null : f.path("line").asLong(), f.path("message").asText(),
          f.path("fix").isNull() ? null : f.path("fix").asText()));
    }
    final String name = j.path("pipeline_name").isNull() ? null : j.path("pipeline_name").asText(null);
    return new SubmissionView(r, out, name == null ? null : name + " " + j.path("pipeline_version").asText(""));
  }

  /** The JSON clients get: the stored intake result with the submission's id, version and time. */
  String json() {
    final ObjectNode o = (ObjectNode) tree(record);
    final ObjectNode out = PortalServer.JSON.createObjectNode();
    out.put("id", record.id());
    out.put("version", record.version());
    out.put("created_at", record.createdAt());
    out.put("client_file_name", record.clientFileName());
    out.setAll(o);
    return out.toString();
  }

  private static JsonNode tree(SubmissionRecord r) {
    try {
      return PortalServer.JSON.readTree(r.resultJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("submission " + r.id() + ": stored result is not JSON", e);
    }
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity().equals("ERROR")).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity().equals("WARNING")).count();
  }
}
