package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code sv_rules:} section of the criteria file, and the line numbers of every criteria error. */
class SvCriteriaTest {
  /** Lines 1-6: a valid head and one small-variant rule; sv_rules start on line 7 in the cases below. */
  private static final String HEAD = """
      criteria_version: "2"
      effective_date: "2026-12-07"
      interval: jeffreys-95
      rules:
        - {type: SNP, filter: PASS, subset: "*", metric: recall, fail_below: 0.9, warn_below: 0.95}
      sv_rules:
      """;

  @Test
  void svRulesAreReadWithTheirDefaults() throws IOException {
    final Criteria c = Criteria.load(write("good", HEAD + """
          - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.55}
          - {type: del, size_bin: "300-999", metric: Precision, fail_below: 0.5, warn_below: 0.6}
          - {type: INS, size_bin: "*", metric: f1, fail_below: 0.2, warn_below: 0.3}
          - {type: ALL, size_bin: ">50000", metric: recall, fail_below: 0.1, warn_below: 0.2, required: true}
          - {type: ALL, size_bin: "*", metric: precision, fail_below: 0.1, warn_below: 0.2, required: false}
          - {type: BND, size_bin: "*", metric: precision, fail_below: 0.1, warn_below: 0.2}
        """));
    assertEquals(List.of(
        new SvGateRule("ALL", "*", Metric.RECALL, 0.4, 0.55, true),
        new SvGateRule("DEL", "300-999", Metric.PRECISION, 0.5, 0.6, false),
        new SvGateRule("INS", "*", Metric.F1, 0.2, 0.3, false),
        new SvGateRule("ALL", ">50000", Metric.RECALL, 0.1, 0.2, true),
        new SvGateRule("ALL", "*", Metric.PRECISION, 0.1, 0.2, false),
        new SvGateRule("BND", "*", Metric.PRECISION, 0.1, 0.2, false)), c.svRules());
    // the small-variant rules are read as before, untouched by sv_rules
    assertEquals(List.of(new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.RECALL, 0.9, 0.95, true)),
        c.rules());
  }

  @Test
  void aFileWithoutSvRulesHasNone() throws IOException {
    final Criteria c = Criteria.load(write("none", HEAD.replace("sv_rules:\n", "")));
    assertEquals(List.of(), c.svRules());
    assertEquals(1, c.rules().size());
  }

  @Test
  void councilFileHasRequiredSvRulesForTheWholeResult() {
    final Criteria c = Criteria.load(Paths.repoRoot().resolve("gates/council-criteria.yaml"));
    for (Metric m : List.of(Metric.RECALL, Metric.PRECISION)) {
      assertTrue(c.svRules().stream().anyMatch(r -> r.type().equals("ALL") && r.sizeBin().equals("*")
          && r.metric() == m && r.required()), m.toString());
      for (String t : List.of("DEL", "INS")) {
        assertTrue(c.svRules().stream().anyMatch(r -> r.type().equals(t) && r.sizeBin().equals("*")
            && r.metric() == m && !r.required()), t + " " + m);
      }
    }
    // SV bars are floors for short-read pipelines, no higher than any small-variant bar
    final double lowestSmall = c.rules().stream().mapToDouble(GateRule::failBelow).min().orElseThrow();
    assertTrue(c.svRules().stream().allMatch(r -> r.warnBelow() <= lowestSmall), c.svRules().toString());
  }

  /** Each case: the sv_rules entries after HEAD, the line the error must name, and a part of the message. */
  static Stream<Arguments> badSvRules() {
    return Stream.of(
        Arguments.of("""
              - {type: CNV, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5}
            """, 7, "'sv_rules[0].type' is 'CNV'; expected one of ALL, DEL, INS, DUP, INV, BND"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5}
              - {type: DEL, size_bin: "50-100", metric: recall, fail_below: 0.4, warn_below: 0.5}
            """, 8, "'sv_rules[1].size_bin' is '50-100'; expected one of \"*\", \"<50\", \"50-99\""),
        Arguments.of("""
              - {type: DEL, size_bin: "ALL", metric: recall, fail_below: 0.4, warn_below: 0.5}
            """, 7, "'sv_rules[0].size_bin' is 'ALL'"),
        Arguments.of("""
              - {type: BND, size_bin: "300-999", metric: recall, fail_below: 0.4, warn_below: 0.5}
            """, 7, "breakends have no size"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: sensitivity, fail_below: 0.4, warn_below: 0.5}
            """, 7, "'sv_rules[0].metric' is 'sensitivity'; expected one of recall, precision, f1"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.6, warn_below: 0.5}
            """, 7, "sv_rules[0].warn_below (0.5) is below fail_below (0.6)"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 1.2, warn_below: 1.5}
            """, 7, "'sv_rules[0].fail_below' must be a number between 0 and 1"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, warn_below: 0.5}
            """, 7, "'sv_rules[0].fail_below' must be a number between 0 and 1"),
        Arguments.of("""
              - {type: ALL, metric: recall, fail_below: 0.4, warn_below: 0.5}
            """, 7, "'sv_rules[0].size_bin' is missing or empty"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5, required: yes please}
            """, 7, "sv_rules[0].required must be true or false"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5, subset: "*"}
            """, 7, "unknown key 'sv_rules[0].subset'"),
        Arguments.of("""
              - {type: ALL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5}
              - {type: DEL, size_bin: "*", metric: recall, fail_below: 0.4, warn_below: 0.5}
              - {type: del, size_bin: "*", metric: RECALL, fail_below: 0.3, warn_below: 0.5}
            """, 9, "sv_rules[2] repeats the rule for SV DEL recall"),
        Arguments.of("""
              - type: ALL
                size_bin: "*"
                metric: recall
                fail_below: 0.4
                warn_below: 0.5
              - type: INS
                size_bin: "*"
                metric: precision
                fail_below: 0.4
                warn_below: 0.35
            """, 16, "sv_rules[1].warn_below (0.35) is below fail_below (0.4)"),
        Arguments.of("""
              - just a string
            """, 7, "sv_rules[0] must be a mapping"),
        // a key's own line, not its value's, names an entry
        Arguments.of("  []\n", 6, "'sv_rules' must be a non-empty list when present"),
        Arguments.of("", 6, "'sv_rules' must be a non-empty list when present"));
  }

  @ParameterizedTest
  @MethodSource("badSvRules")
  void badSvRulesAreRejectedWithTheirLine(String entries, int line, String expected) throws IOException {
    final String yaml = HEAD + entries;
    final Path file = write("bad", yaml);
    final InputException e = assertThrows(InputException.class, () -> Criteria.load(file));
    assertEquals(line, e.line(), e.getMessage() + "\n--- file:\n" + yaml);
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": bad criteria file: "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage() + "\n--- file:\n" + yaml);
  }

  /** Errors in the small-variant part and the head name their line too (they named the file only before). */
  static Stream<Arguments> badOtherParts() {
    return Stream.of(
        Arguments.of(HEAD.replace("interval: jeffreys-95", "interval: wilson-95").replace("sv_rules:\n", ""), 3,
            "interval 'wilson-95' is not supported"),
        Arguments.of(HEAD.replace("sv_rules:\n", "") + "  - {type: SNP, filter: PASS, subset: \"*\", metric: "
            + "recall, fail_below: 0.9, warn_below: 0.95}\n", 6, "rules[1] repeats the rule for SNP PASS recall"),
        Arguments.of(HEAD.replace("subset: \"*\"", "subset: \"*\", colour: red").replace("sv_rules:\n", ""), 5,
            "unknown key 'rules[0].colour'"),
        Arguments.of(HEAD.replace("sv_rules:\n", "regression:\n  metrics: [recall]\n  fail: sometimes\n  "
            + "warn_drop: 0.01\n"), 8, "regression.fail 'sometimes' is not supported"),
        Arguments.of(HEAD.replace("sv_rules:\n", "regression: {metrics: [recall, f1, recall], fail: "
            + "current_upper_below_previous_lower, warn_drop: 0.01}\n"), 6, "regression.metrics lists recall twice"),
        // the unclosed flow list opens on line 6
        Arguments.of(HEAD.replace("sv_rules:\n", "rules: [\n"), 6, "not valid YAML"));
  }

  @ParameterizedTest
  @MethodSource("badOtherParts")
  void otherErrorsNameTheirLine(String yaml, int line, String expected) throws IOException {
    final Path file = write("other", yaml);
    final InputException e = assertThrows(InputException.class, () -> Criteria.load(file));
    assertEquals(line, e.line(), e.getMessage() + "\n--- file:\n" + yaml);
    assertTrue(e.getMessage().contains(expected), e.getMessage() + "\n--- file:\n" + yaml);
  }

  @Test
  void entriesAreFoundAsPointers() {
    assertEquals("/sv_rules/3/size_bin", YamlLines.pointer("sv_rules[3].size_bin"));
    assertEquals("/rules/0", YamlLines.pointer("rules[0]."));
    assertEquals("/regression/metrics/1", YamlLines.pointer("regression.metrics[1]"));
    assertEquals("", YamlLines.pointer(""));
  }

  private static Path write(String name, String text) throws IOException {
    final Path dir = Paths.scratch("sv-criteria-" + name + "-" + Integer.toHexString(text.hashCode()));
    final Path f = dir.resolve("criteria.yaml");
    Files.writeString(f, text);
    return f;
  }
}
