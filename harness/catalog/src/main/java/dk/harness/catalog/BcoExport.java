package dk.harness.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Exports a {@link PipelineSpec} as an IEEE 2791-2020 BioCompute Object (JSON). Stateless, thread-safe.
 * Deterministic: the same spec gives byte-identical JSON (no timestamps are added).
 */
public final class BcoExport {
  /** The BCO schema the output claims to follow ({@code spec_version}). */
  public static final String SPEC_VERSION = "https://w3id.org/ieee/ieee-2791-schema/2791object.json";

  private BcoExport() {}

  /**
   * The BCO as a JSON tree, with {@code etag} computed over the content as IEEE 2791 prescribes.
   *
   * @param objectId the BCO {@code object_id} (a URI); null for a default {@code urn:} derived from unit, name and
   *     version
   */
  public static ObjectNode toBco(PipelineSpec spec, String objectId) {
    throw new UnsupportedOperationException("not yet");
  }

  /** {@link #toBco} pretty-printed, with a trailing newline. */
  public static String toJson(PipelineSpec spec, String objectId) {
    throw new UnsupportedOperationException("not yet");
  }
}
