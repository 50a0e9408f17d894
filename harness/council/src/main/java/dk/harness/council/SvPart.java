package dk.harness.council;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structural-variant part of a submission: its folder {@code <unit>/<sample>/sv/} as {@code harness
 * compare-sv} wrote it. Immutable.
 *
 * @param info what run.json records for the part; for a part found only on disk (no run.json entry) the unit and
 *     sample of its folder and verdict {@code null}
 * @param folder the part's folder (absolute)
 * @param rows the rows of metrics.json, in file order; empty when not compared
 * @param parameters the comparison's parameters (Truvari's names) as text, in file order; empty when not compared
 * @param warnings the comparison's warnings (untrusted text)
 */
public record SvPart(SubmissionInfo info, Path folder, List<SvRow> rows, Map<String, String> parameters,
    List<String> warnings) {
  /** The stratum of the whole confident region. */
  public static final String ALL = "ALL";

  public SvPart {
    rows = List.copyOf(rows);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    warnings = List.copyOf(warnings);
  }

  /** Whether run.json holds a verdict of the SV gates for this part. */
  public boolean gated() {
    return info.verdict() != null;
  }

  /** Whether it was compared (it has metrics). */
  public boolean compared() {
    return !rows.isEmpty();
  }

  /** The row of the whole confident region for a type and size bin, or null. */
  public SvRow row(String type, String sizeBin) {
    for (SvRow r : rows) {
      if (ALL.equals(r.stratum()) && r.type().equals(type) && r.sizeBin().equals(sizeBin)) {
        return r;
      }
    }
    return null;
  }

  /** The row of all types and sizes in the whole confident region, or null when not compared. */
  public SvRow total() {
    return row(ALL, ALL);
  }

  /** Display name as {@link SubmissionResult#label}. */
  public String label(boolean withSample) {
    return withSample ? info.unit() + " / " + info.sample() : info.unit();
  }
}
