package dk.harness.workflow.gates;

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

/** Reads and validates a criteria YAML file strictly: unknown keys and missing fields are errors. Stateless. */
final class CriteriaFile {
  static final String JEFFREYS_95 = "jeffreys-95";
  static final String REGRESSION_FAIL_RULE = "current_upper_below_previous_lower";
  private static final String FIX = "see docs/gates.md for the criteria file format";

  private final Path file;

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
      throw error("not valid YAML (" + firstLine(e.getMessage()) + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw error("the file must be a YAML mapping with criteria_version, effective_date, interval, rules", null);
    }
    keys(root, "", Set.of("criteria_version", "effective_date", "interval", "rules", "regression"));
    final String version = text(root, "", "criteria_version");
    final String date = text(root, "", "effective_date");
    try {
      LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw error("effective_date '" + date + "' is not an ISO date (YYYY-MM-DD)", e);
    }
    final String interval = text(root, "", "interval");
    if (!JEFFREYS_95.equals(interval)) {
      throw error("interval '" + interval + "' is not supported; only '" + JEFFREYS_95 + "' is", null);
    }
    final JsonNode rulesNode = root.get("rules");
    if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
      throw error("'rules' must be a non-empty list", null);
    }
    final List<GateRule> rules = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    for (int i = 0; i < rulesNode.size(); i++) {
      final GateRule rule = rule(rulesNode.get(i), "rules[" + i + "].");
      if (!seen.add(rule.label())) {
        throw error("rules[" + i + "] repeats the rule for " + rule.label(), null);
      }
      rules.add(rule);
    }
    final JsonNode reg = root.get("regression");
    return new Criteria(version, date, interval, rules, reg == null || reg.isNull() ? null : regression(reg));
  }

  private GateRule rule(JsonNode n, String at) {
    if (n == null || !n.isObject()) {
      throw error(at.substring(0, at.length() - 1) + " must be a mapping", null);
    }
    keys(n, at, Set.of("type", "filter", "subset", "metric", "fail_below", "warn_below", "required"));
    final VariantType type = enumValue(VariantType.class, text(n, at, "type"), at + "type");
    final FilterKind filter = enumValue(FilterKind.class, text(n, at, "filter"), at + "filter");
    final String subset = text(n, at, "subset");
    final Metric metric = enumValue(Metric.class, text(n, at, "metric"), at + "metric");
    final double fail = fraction(n, at, "fail_below");
    final double warn = fraction(n, at, "warn_below");
    if (warn < fail) {
      throw error(at + "warn_below (" + warn + ") is below fail_below (" + fail + ")", null);
    }
    final JsonNode req = n.get("required");
    if (req != null && !req.isBoolean()) {
      throw error(at + "required must be true or false", null);
    }
    final boolean required = req == null ? "*".equals(subset) : req.booleanValue();
    return new GateRule(type, filter, subset, metric, fail, warn, required);
  }

  private RegressionRule regression(JsonNode n) {
    final String at = "regression.";
    if (!n.isObject()) {
      throw error("'regression' must be a mapping", null);
    }
    keys(n, at, Set.of("metrics", "fail", "warn_drop"));
    final JsonNode ms = n.get("metrics");
    if (ms == null || !ms.isArray() || ms.isEmpty()) {
      throw error(at + "metrics must be a non-empty list (recall, precision, f1)", null);
    }
    final List<Metric> metrics = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      if (!ms.get(i).isTextual()) {
        throw error(at + "metrics[" + i + "] must be recall, precision or f1", null);
      }
      final Metric m = enumValue(Metric.class, ms.get(i).textValue(), at + "metrics[" + i + "]");
      if (metrics.contains(m)) {
        throw error(at + "metrics lists " + ms.get(i).textValue() + " twice", null);
      }
      metrics.add(m);
    }
    final String fail = text(n, at, "fail");
    if (!REGRESSION_FAIL_RULE.equals(fail)) {
      throw error(at + "fail '" + fail + "' is not supported; only '" + REGRESSION_FAIL_RULE + "' is", null);
    }
    return new RegressionRule(metrics, fraction(n, at, "warn_drop"));
  }

  private void keys(JsonNode n, String at, Set<String> allowed) {
    final Iterator<String> it = n.fieldNames();
    while (it.hasNext()) {
      final String k = it.next();
      if (!allowed.contains(k)) {
        throw error("unknown key '" + at + k + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed))
            + ")", null);
      }
    }
  }

  private String text(JsonNode n, String at, String key) {
    final JsonNode v = n.get(key);
    if (v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank()) {
      throw error("'" + at + key + "' is missing or empty", null);
    }
    return v.asText();
  }

  private double fraction(JsonNode n, String at, String key) {
    final JsonNode v = n.get(key);
    if (v == null || !v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
      throw error("'" + at + key + "' must be a number between 0 and 1", null);
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
      throw error("'" + at + "' is '" + text + "'; expected one of " + String.join(", ", names), e);
    }
  }

  private InputException error(String problem, Throwable cause) {
    return new InputException(file, -1, "bad criteria file: " + problem, FIX, cause);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    final int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
