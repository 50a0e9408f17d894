package dk.harness.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Provenance written to {@code metrics.json}: inputs and parameters as the CLI saw them. Map order is kept
 * as given, so fill them in a fixed order for byte-identical output. Immutable.
 *
 * @param harnessVersion version string of the harness
 * @param inputs role ({@code truth}, {@code query}, {@code reference}, {@code confident},
 *     {@code stratification}, {@code target}, ...) to file; a role with no file may be left out or map to
 *     {@code null}
 * @param truthSample truth sample name
 * @param querySample query sample name
 * @param parameters parameter name to value (String, Number, Boolean, List or Map of those; {@code null}
 *     allowed)
 */
public record RunInfo(String harnessVersion, Map<String, InputFile> inputs, String truthSample, String querySample,
    Map<String, Object> parameters) {

  public RunInfo {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /**
   * One input file.
   *
   * @param path the path as given on the command line
   * @param sha256 lower-case hex digest ({@link Sha256#of}), or {@code null} if not computed
   */
  public record InputFile(String path, String sha256) {
  }
}
