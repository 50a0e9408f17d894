package dk.harness.workflow.gates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.harness.io.InputException;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and validates a criteria YAML file strictly: unknown keys, missing fields and repeated rules are errors,
 * reported with the line of the entry at fault. One instance per file read.
 */
final class CriteriaFile {
  static final String JEFFREYS_95 = "jeffreys-95";
  static final String REGRESSION_FAIL_RULE = "current_upper_below_previous_lower";
  private static final String FIX = "see docs/gates.md for the criteria file format";

  private final Path file;
  /** Lines of the file's entries; null until the file is known to be valid YAML. */
  private YamlLines lines;

  private CriteriaFile(Path file) {
    this.file = file;
  }

  static Criteria load(Path yaml) {
    return new CriteriaFile(yaml).read();
  }

  private Criteria read() {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file, -1, "criteria file not found", "check the path (the council's file is "
          + "gates/council-criteria.yaml)");
    }
    final JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      final JsonLocation loc = e instanceof JsonProcessingException j ? j.getLocation() : null;
      throw new InputException(file, loc == null || loc.getLineNr() < 1 ? -1 : loc.getLineNr(), "bad criteria file: "
          + "not valid YAML (" + firstLine(e.getMessage()) + ")", FIX, e);
    }
    if (root == null || !root.isObject()) {
      throw error("", "the file must be a YAML mapping with criteria_version, effective_date, interval, rules",
          null);
    }
    lines = YamlLines.of(file);
    keys(root, "", Set.of("criteria_version", "effective_date", "interval", "rules", "regression", "sv_rules"));
    final String version = text(root, "", "criteria_version");
    final String date = text(root, "", "effective_date");
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw error("effective_date", "effective_date '" + date + "' is not an ISO date (YYYY-MM-DD)", e);
    }
    final String interval = text(root, "", "interval");
    if (!JEFFREYS_95.equals(interval)) {
      throw error("interval", "interval '" + interval + "' is not supported; only '" + JEFFREYS_95 + "' is", null);
    }
    final JsonNode rulesNode = root.get("rules");
    if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
      throw error("rules", "'rules' must be a non-empty list", null);
    }
    final List<GateRule> rules = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    for (int i = 0; i < rulesNode.size(); i++) {
      final GateRule rule = rule(rulesNode.get(i), "rules[" + i + "].");
      if (!seen.add(rule.label())) {
        throw error("rules[" + i + "]", "rules[" + i + "] repeats the rule for " + rule.label(), null);
      }
      rules.add(rule);
    }
    final JsonNode reg = root.get("regression");
    return new Criteria(version, date, interval, rules, reg == null || reg.isNull() ? null : regression(reg),
        svRules(root));
  }

  private GateRule rule(JsonNode n, String at) {
    if (n == null || !n.isObject()) {
      throw error(at, at.substring(0, at.length() - 1) + " must be a mapping", null);
    }
    keys(n, at, Set.of("type", "filter", "subset", "metric", "fail_below", "warn_below", "required"));
    final VariantType type = enumValue(VariantType.class, text(n, at, "type"), at + "type");
    final FilterKind filter = enumValue(FilterKind.class, text(n, at, "filter"), at + "filter");
    final String subset = text(n, at, "subset");
    final Metric metric = enumValue(Metric.class, text(n, at, "metric"), at + "metric");
    final double fail = fraction(n, at, "fail_below");
    final double warn = fraction(n, at, "warn_below");
    if (warn < fail) {
      throw error(at + "warn_below", at + "warn_below (" + warn + ") is below fail_below (" + fail + ")", null);
    }
    final boolean required = required(n, at, "*".equals(subset));
    return new GateRule(type, filter, subset, metric, fail, warn, required);
  }

  /** The optional {@code sv_rules:} list; empty when the file has none (files before it existed stay valid). */
  private List<SvGateRule> svRules(JsonNode root) {
    if (!root.has("sv_rules")) {
      return List.of();
    }
    final JsonNode list = root.get("sv_rules");
    if (!list.isArray() || list.isEmpty()) {
      throw error("sv_rules", "'sv_rules' must be a non-empty list when present (leave it out when there are no "
          + "SV rules)", null);
    }
    final List<SvGateRule> out = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      final SvGateRule rule = svRule(list.get(i), "sv_rules[" + i + "].");
      if (!seen.add(rule.label())) {
        throw error("sv_rules[" + i + "]", "sv_rules[" + i + "] repeats the rule for " + rule.label(), null);
      }
      out.add(rule);
    }
    return out;
  }

  private SvGateRule svRule(JsonNode n, String at) {
    if (n == null || !n.isObject()) {
      throw error(at, at.substring(0, at.length() - 1) + " must be a mapping", null);
    }
    keys(n, at, Set.of("type", "size_bin", "metric", "fail_below", "warn_below", "required"));
    final String type = text(n, at, "type").toUpperCase(Locale.ROOT);
    if (!SvGateRule.TYPES.contains(type)) {
      throw error(at + "type", "'" + at + "type' is '" + n.get("type").asText() + "'; expected one of "
          + String.join(", ", SvGateRule.TYPES), null);
    }
    final String bin = text(n, at, "size_bin");
    if (!SvGateRule.SIZE_BINS.contains(bin)) {
      throw error(at + "size_bin", "'" + at + "size_bin' is '" + bin + "'; expected one of \""
          + String.join("\", \"", SvGateRule.SIZE_BINS) + "\" (quoted in YAML)", null);
    }
    if ("BND".equals(type) && !"*".equals(bin)) {
      throw error(at + "size_bin", "'" + at + "size_bin' is '" + bin + "' for type BND; breakends have no size, "
          + "so BND rules take size_bin \"*\"", null);
    }
    final Metric metric = enumValue(Metric.class, text(n, at, "metric"), at + "metric");
    final double fail = fraction(n, at, "fail_below");
    final double warn = fraction(n, at, "warn_below");
    if (warn < fail) {
      throw error(at + "warn_below", at + "warn_below (" + warn + ") is below fail_below (" + fail + ")", null);
    }
    return new SvGateRule(type, bin, metric, fail, warn, required(n, at, SvGateRule.requiredByDefault(type, bin)));
  }

  private boolean required(JsonNode n, String at, boolean byDefault) {
    final JsonNode req = n.get("required");
    if (req != null && !req.isBoolean()) {
      throw error(at + "required", at + "required must be true or false", null);
    }
    return req == null ? byDefault : req.booleanValue();
  }

  private RegressionRule regression(JsonNode n) {
    final String at = "regression.";
    if (!n.isObject()) {
      throw error("regression", "'regression' must be a mapping", null);
    }
    keys(n, at, Set.of("metrics", "fail", "warn_drop"));
    final JsonNode ms = n.get("metrics");
    if (ms == null || !ms.isArray() || ms.isEmpty()) {
      throw error(at + "metrics", at + "metrics must be a non-empty list (recall, precision, f1)", null);
    }
    final List<Metric> metrics = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      if (!ms.get(i).isTextual()) {
        throw error(at + "metrics[" + i + "]", at + "metrics[" + i + "] must be recall, precision or f1", null);
      }
      final Metric m = enumValue(Metric.class, ms.get(i).textValue(), at + "metrics[" + i + "]");
      if (metrics.contains(m)) {
        throw error(at + "metrics[" + i + "]", at + "metrics lists " + ms.get(i).textValue() + " twice", null);
      }
      metrics.add(m);
    }
    final String fail = text(n, at, "fail");
    if (!REGRESSION_FAIL_RULE.equals(fail)) {
      throw error(at + "fail", at + "fail '" + fail + "' is not supported; only '" + REGRESSION_FAIL_RULE + "' is", null);
    }
    return new RegressionRule(metrics, fraction(n, at, "warn_drop"));
  }

  private void keys(JsonNode n, String at, Set<String> allowed) {
    final Iterator<String> it = n.fieldNames();
    while (it.hasNext()) {
      final String k = it.next();
      if (!allowed.contains(k)) {
        throw error(at + k, "unknown key '" + at + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))
            + ")", null);
      }
    }
  }

  private String text(JsonNode n, String at, String key) {
    final JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
      throw error(at + key, "'" + at + key + "' is missing or empty", null);
    }
    return v.asText();
  }

  private double fraction(JsonNode n, String at, String key) {
    final JsonNode v = n.get(key);
    if (v == null || !v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
      throw error(at + key, "'" + at + key + "' must be a number between 0 and 1", null);
    }
    return v.doubleValue();
  }

  private <E extends Enum<E>> E enumValue(Class<E> cls, String text, String at) {
    try {
      return Enum.valueOf(cls, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      final List<String> names = new ArrayList<>();
      for (E c : cls.getEnumConstants()) {
        names.add(cls == Metric.class ? c.name().toLowerCase(Locale.ROOT) : c.name());
      }
      throw error(at, "'" + at + "' is '" + text + "'; expected one of " + String.join(", ", names), e);
    }
  }

  /**
   * @param at where in the file, as in the messages ({@code rules[0].type}; {@code ""} for the whole file): the
   *     error names the line of that entry, or of the nearest enclosing one when the entry is missing
   */
  private InputException error(String at, String problem, Throwable cause) {
    return new InputException(file, lines == null ? -1 : lines.lineOf(at), "bad criteria file: " + problem, FIX,
        cause);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    final int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
