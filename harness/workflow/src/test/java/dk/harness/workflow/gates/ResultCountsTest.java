package dk.harness.workflow.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.report.Counts;
import dk.harness.report.FilterKind;
import dk.harness.report.VariantType;
import dk.harness.testdata.Paths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResultCountsTest {
  private static final String METRICS = """
      {"schema": "harness.metrics/1", "counts": {
        "ALL": {"ALL": {}, "SNP": {"truth_total": 10, "truth_tp": 9, "truth_fn": 1, "query_total": 12, "query_tp": 9,
                         "query_fp": 2, "query_unk": 1, "fp_gt": 1, "fp_al": 0},
                "INDEL": {"truth_total": 5, "truth_tp": 4, "truth_fn": 1, "query_total": 4, "query_tp": 4,
                         "query_fp": 0, "query_unk": 0, "fp_gt": 0, "fp_al": 0}},
        "PASS": {"SNP": {"truth_total": 10, "truth_tp": 8, "truth_fn": 2, "query_total": 9, "query_tp": 8,
                         "query_fp": 1, "query_unk": 0, "fp_gt": 0, "fp_al": 1},
                 "INDEL": {"truth_total": 5, "truth_tp": 3, "truth_fn": 2, "query_total": 3, "query_tp": 3,
                         "query_fp": 0, "query_unk": 0, "fp_gt": 0, "fp_al": 0}}}}
      """;
  private static final String EXTENDED_HEADER = "Type,Subtype,Subset,Filter,Genotype,QQ.Field,QQ,METRIC.Recall,"
      + "TRUTH.TOTAL,TRUTH.TP,TRUTH.FN,QUERY.TOTAL,QUERY.TP,QUERY.FP,QUERY.UNK,FP.gt,FP.al";

  @Test
  void readsMetricsJsonAndStrataFromExtendedCsv() throws IOException {
    final Path dir = Paths.scratch("result-counts");
    Files.writeString(dir.resolve("run.metrics.json"), METRICS);
    Files.writeString(dir.resolve("run.extended.csv"), EXTENDED_HEADER + "\n"
        + "SNP,*,*,PASS,*,QUAL,*,0.8,99.000000,99.000000,0.000000,1,1,0,0,0,0\n" // '*' comes from metrics.json
        + "SNP,*,hard,PASS,*,QUAL,*,0.5,6.000000,3.000000,3.000000,5.000000,3.000000,2.000000,0.000000,1,1\n"
        + "SNP,*,hard,PASS,*,QUAL,30.5,0.5,6,2,4,5,2,1,0,0,0\n" // a ROC row: not a total
        + "INDEL,D1_5,hard,PASS,*,QUAL,*,0.5,6,3,3,5,3,2,0,0,0\n"); // a subtype row: not a total
    final ResultCounts c = ResultCounts.ofOutput(dir.resolve("run"));
    assertEquals(new Counts(10, 8, 2, 9, 8, 1, 0, 0, 1), c.counts(VariantType.SNP, FilterKind.PASS, "*"));
    assertEquals(new Counts(5, 4, 1, 4, 4, 0, 0, 0, 0), c.counts(VariantType.INDEL, FilterKind.ALL, "*"));
    assertEquals(new Counts(6, 3, 3, 5, 3, 2, 0, 1, 1), c.counts(VariantType.SNP, FilterKind.PASS, "hard"));
    assertNull(c.counts(VariantType.INDEL, FilterKind.PASS, "hard"));
    assertEquals(5, c.cells().size());
  }

  @Test
  void missingOrBrokenFilesAreInputErrors() throws IOException {
    final Path dir = Paths.scratch("result-counts-bad");
    final InputException missing = assertThrows(InputException.class, () -> ResultCounts.ofOutput(dir.resolve("x")));
    assertTrue(missing.getMessage().contains("x.metrics.json: metrics file not found"), missing.getMessage());
    Files.writeString(dir.resolve("y.metrics.json"), METRICS.replace("\"truth_tp\": 8", "\"truth_tp\": -8"));
    final InputException neg = assertThrows(InputException.class, () -> ResultCounts.ofOutput(dir.resolve("y")));
    assertTrue(neg.getMessage().contains("'truth_tp' is missing or not a non-negative integer"), neg.getMessage());
    Files.writeString(dir.resolve("z.metrics.json"), METRICS);
    Files.writeString(dir.resolve("z.extended.csv"), EXTENDED_HEADER
        + "\nSNP,*,hard,PASS,*,QUAL,*,0.5,six,3,3,5,3,2,0,1,1\n");
    final InputException csv = assertThrows(InputException.class, () -> ResultCounts.ofOutput(dir.resolve("z")));
    assertTrue(csv.getMessage().contains("z.extended.csv:2: TRUTH.TOTAL 'six' is not a count"), csv.getMessage());
  }
}
