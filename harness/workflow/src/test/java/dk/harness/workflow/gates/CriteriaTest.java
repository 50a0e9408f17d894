package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CriteriaTest {

  @Test
  void councilFileLoads() {
    final Criteria c = Criteria.load(Paths.repoRoot().resolve("gates/council-criteria.yaml"));
    // 1.1.0 added sv_rules (issue 12); the small-variant rules below are those of 1.0.0
    assertEquals("1.1.0", c.criteriaVersion());
    assertEquals("jeffreys-95", c.interval());
    assertEquals(0.95, c.confidence());
    final GateRule first = c.rules().get(0);
    assertEquals(new GateRule(VariantType.SNP, FilterKind.PASS, "*", Metric.RECALL, 0.99, 0.995, true), first);
    // every type has recall, precision and F1 on the whole confident regions, and those are required
    for (VariantType t : VariantType.values()) {
      for (Metric m : Metric.values()) {
        assertTrue(c.rules().stream().anyMatch(r -> r.type() == t && r.metric() == m && "*".equals(r.subset())
            && r.filter() == FilterKind.PASS && r.required()), t + " " + m);
      }
    }
    // strata rules are optional by default
    assertTrue(c.rules().stream().filter(r -> !"*".equals(r.subset())).noneMatch(GateRule::required));
    assertNotNull(c.regression());
    assertEquals(List.of(Metric.RECALL, Metric.PRECISION, Metric.F1), c.regression().metrics());
    assertEquals(0.003, c.regression().warnDrop());
  }

  @Test
  void minimalFileWithoutRegression() throws IOException {
    final Criteria c = Criteria.load(write("minimal", """
        criteria_version: "0.1"
        effective_date: "2026-01-31"
        interval: jeffreys-95
        rules:
          - {type: indel, filter: all, subset: HARD, metric: F1, fail_below: 0.5, warn_below: 0.5, required: true}
        """));
    assertEquals(new GateRule(VariantType.INDEL, FilterKind.ALL, "HARD", Metric.F1, 0.5, 0.5, true), c.rules().get(0));
    assertEquals(null, c.regression());
  }

  private static final String HEAD = "criteria_version: \"1\"\neffective_date: \"2026-01-31\"\ninterval: jeffreys-95\n";
  private static final String RULE = "{type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.9, "
      + "warn_below: 0.95}";

  /** HEAD, "rules:" and one rule with the given fields. */
  private static String oneRule(String fields) {
    return "HEAD rules:\n  - {" + fields + "}";
  }

  /** Each case: the whole file (HEAD and RULE stand for the valid parts above) and the expected message part. */
  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("HEAD colour: red\nrules:\n  - RULE",
            "unknown key 'colour'"),
        Arguments.of("criteria_version: \"1\"\neffective_date: \"2026-01-31\"\ninterval: wilson-95\nrules:\n  - RULE",
            "interval 'wilson-95' is not supported"),
        Arguments.of("criteria_version: \"1\"\neffective_date: 1st of May\ninterval: jeffreys-95\nrules:\n  - RULE",
            "not an ISO date"),
        Arguments.of("effective_date: \"2026-01-31\"\ninterval: jeffreys-95\nrules:\n  - RULE",
            "'criteria_version' is missing"),
        Arguments.of("HEAD rules: []",
            "'rules' must be a non-empty list"),
        Arguments.of(oneRule("type: SNV, filter: PASS, subset: x, metric: recall, fail_below: 0.9, warn_below: 0.95"),
            "'rules[0].type' is 'SNV'"),
        Arguments.of(oneRule("type: SNP, filter: PASS, subset: x, metric: accuracy, fail_below: 0.9, warn_below: 0.95"),
            "'rules[0].metric' is 'accuracy'"),
        Arguments.of(oneRule("type: SNP, filter: FAIL, subset: x, metric: recall, fail_below: 0.9, warn_below: 0.95"),
            "'rules[0].filter' is 'FAIL'"),
        Arguments.of(oneRule("type: SNP, filter: PASS, subset: x, metric: recall, fail_below: 0.99, warn_below: 0.9"),
            "warn_below (0.9) is below fail_below (0.99)"),
        Arguments.of(oneRule("type: SNP, filter: PASS, subset: x, metric: recall, fail_below: 1.5, warn_below: 0.9"),
            "'rules[0].fail_below' must be a number between 0 and 1"),
        Arguments.of(oneRule("type: SNP, filter: PASS, subset: x, metric: recall, warn_below: 0.9"),
            "'rules[0].fail_below' must be a number between 0 and 1"),
        Arguments.of(oneRule("type: SNP, filter: PASS, subset: x, metric: recall, fail_below: 0.9, warn_below: 0.95, extra: 1"),
            "unknown key 'rules[0].extra'"),
        Arguments.of("HEAD rules:\n  - RULE\n  - RULE",
            "rules[1] repeats the rule for SNP PASS recall"),
        Arguments.of("HEAD rules:\n  - RULE\nregression: {metrics: [recall], fail: whenever, warn_drop: 0.01}",
            "regression.fail 'whenever' is not supported"),
        Arguments.of("HEAD rules:\n  - RULE\nregression: {metrics: [], fail: current_upper_below_previous_lower, "
            + "warn_drop: 0.01}",
            "regression.metrics must be a non-empty list"),
        Arguments.of("HEAD rules:\n  - RULE\nregression: {metrics: [recall], fail: current_upper_below_previous_lower}",
            "'regression.warn_drop' must be a number"),
        Arguments.of("HEAD rules: [",
            "not valid YAML"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void badFilesAreRejectedWithTheReason(String text, String expected) throws IOException {
    final String yaml = text.replace("\\n", "\n").replace("HEAD ", HEAD).replace("RULE", RULE) + "\n";
    final Path file = write("bad", yaml);
    final InputException e = assertThrows(InputException.class, () -> Criteria.load(file));
    assertTrue(e.getMessage().contains(expected), e.getMessage() + "\n--- file:\n" + yaml);
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
  }

  @Test
  void missingFileNamesThePath() {
    final Path missing = Path.of("target/no-such-criteria.yaml");
    final InputException e = assertThrows(InputException.class, () -> Criteria.load(missing));
    assertTrue(e.getMessage().contains("criteria file not found"), e.getMessage());
    assertFalse(e.fix().isEmpty());
  }

  private static Path write(String name, String text) throws IOException {
    final Path dir = Paths.scratch("criteria-" + name + "-" + Integer.toHexString(text.hashCode()));
    final Path f = dir.resolve("criteria.yaml");
    Files.writeString(f, text);
    return f;
  }
}
