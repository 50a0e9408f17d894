package dk.harness.report;

import dk.harness.core.RegionSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every report needs to know besides the records. Immutable.
 *
 * @param contigLengths reference contigs in reference order with their lengths (VCF header, Subset.Size of
 *     {@code *}); insertion order is kept
 * @param confident confident regions, or {@code null} when everything is confident
 * @param strata stratification regions in the order to report them (may be empty)
 * @param scoreField name of the field the query score came from (e.g. {@code QUAL} or {@code GQ}); written as
 *     hap.py's QQ.Field
 */
public record ReportContext(Map<String, Long> contigLengths, RegionSet confident, List<Stratum> strata,
    String scoreField) {
  public ReportContext {
    contigLengths = Collections.unmodifiableMap(new LinkedHashMap<>(contigLengths));
    strata = List.copyOf(strata);
    final java.util.Set<String> names = new java.util.HashSet<>();
    for (Stratum s : strata) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("stratification name '" + s.name() + "' given twice: names must be unique");
      }
    }
  }

  /** The counting rules for this context's confident regions. */
  public CountingRules rules() {
    return new CountingRules(confident);
  }
}
