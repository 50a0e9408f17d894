package dk.harness.workflow.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dk.harness.core.sv.SvConfig;
import dk.harness.io.InputException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan's {@code sv_parameters:} map: Truvari {@code bench} parameter names (with '_' for '-') and values, applied
 * to every SV comparison of the plan; keys not given keep Truvari's defaults ({@link SvConfig#defaults()}), as in
 * {@code harness compare-sv}. Stateless.
 */
final class SvParameters {
  /** The keys a plan may set. */
  static final Set<String> KEYS = Set.of("refdist", "pctseq", "pctsize", "pctovl", "typeignore", "dup_to_ins",
      "sizemin", "sizefilt", "sizemax", "passonly", "pick", "extend");

  /** Where a key is, for messages. */
  interface Errors {
    InputException at(String key, String problem, String fix);
  }

  private SvParameters() {
  }

  /**
   * The configuration the map describes.
   *
   * @param map the {@code sv_parameters} node, or null/missing for Truvari's defaults
   * @throws InputException naming the key at fault
   */
  static SvConfig read(JsonNode map, Errors errors) {
    SvConfig c = SvConfig.defaults();
    if (map == null || map.isNull() || map.isMissingNode()) {
      return c;
    }
    if (!map.isObject()) {
      throw errors.at(null, "sv_parameters must be a mapping of Truvari parameters",
          "write e.g. sv_parameters: {passonly: true, refdist: 1000, pctseq: 0}");
    }
    for (Iterator<String> it = map.fieldNames(); it.hasNext(); ) {
      final String k = it.next();
      if (!KEYS.contains(k)) {
        throw errors.at(k, "unknown SV parameter '" + k + "'", "use one of " + new TreeSet<>(KEYS)
            + " (Truvari's bench options, '-' written '_')");
      }
    }
    if (map.has("refdist")) {
      c = c.withRefdist(whole(map, "refdist", 0, errors));
    }
    if (map.has("pctseq")) {
      c = c.withPctseq(fraction(map, "pctseq", errors));
    }
    if (map.has("pctsize")) {
      c = c.withPctsize(fraction(map, "pctsize", errors));
    }
    if (map.has("pctovl")) {
      c = c.withPctovl(fraction(map, "pctovl", errors));
    }
    if (map.has("typeignore")) {
      c = c.withTypeignore(flag(map, "typeignore", errors));
    }
    if (map.has("dup_to_ins")) {
      c = c.withDupToIns(flag(map, "dup_to_ins", errors));
    }
    if (map.has("passonly")) {
      c = c.withPassonly(flag(map, "passonly", errors));
    }
    final int sizemin = map.has("sizemin") ? whole(map, "sizemin", 0, errors) : c.sizemin();
    // Truvari's rule for an unset --sizefilt: min(30, sizemin).
    final int sizefilt = map.has("sizefilt") ? whole(map, "sizefilt", 0, errors)
        : map.has("sizemin") ? SvConfig.defaultSizefilt(sizemin) : c.sizefilt();
    final int sizemax = map.has("sizemax") ? whole(map, "sizemax", -1, errors) : c.sizemax();
    c = c.withSizes(sizemin, sizefilt, sizemax);
    if (map.has("pick")) {
      final String p = map.get("pick").asText().toUpperCase(Locale.ROOT);
      try {
        c = c.withPick(SvConfig.Pick.valueOf(p));
      } catch (IllegalArgumentException e) {
        throw errors.at("pick", "pick '" + map.get("pick").asText() + "' is not single, ac or multi",
            "write pick: single (Truvari's default), ac or multi");
      }
    }
    if (map.has("extend")) {
      c = c.withExtend(whole(map, "extend", 0, errors));
    }
    return c;
  }

  private static int whole(JsonNode map, String key, int min, Errors errors) {
    final JsonNode v = map.get(key);
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min) {
      throw errors.at(key, key + " must be a whole number of at least " + min + " (got '" + v.asText() + "')",
          "write " + key + ": " + (min < 0 ? "-1 (no limit) or more" : min + " or more"));
    }
    return v.intValue();
  }

  private static double fraction(JsonNode map, String key, Errors errors) {
    final JsonNode v = map.get(key);
    if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
      throw errors.at(key, key + " must be a number from 0 to 1 (got '" + v.asText() + "')",
          "write " + key + ": 0.7 (0 switches the check off)");
    }
    return v.doubleValue();
  }

  private static boolean flag(JsonNode map, String key, Errors errors) {
    final JsonNode v = map.get(key);
    if (!v.isBoolean()) {
      throw errors.at(key, key + " must be true or false (got '" + v.asText() + "')", "write " + key + ": true");
    }
    return v.booleanValue();
  }
}
