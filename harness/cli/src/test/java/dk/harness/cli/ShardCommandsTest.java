package dk.harness.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code harness plan}, {@code compare --shard} and {@code merge} through Main.run: outputs, exit codes, messages. */
class ShardCommandsTest {
  private static Path plan(Path dir) throws Exception {
    Files.writeString(dir.resolve("criteria.yaml"), String.join("\n",
        "criteria_version: \"cli-test\"",
        "effective_date: \"2026-01-01\"",
        "interval: jeffreys-95",
        "rules:",
        "  - {type: SNP, filter: PASS, subset: \"*\", metric: recall, fail_below: 0.90, warn_below: 0.94}",
        ""));
    final Path p = dir.resolve("plan.yaml");
    Files.writeString(p, String.join("\n",
        "plan_version: 1",
        "results_dir: results",
        "threads: 2",
        "gates: criteria.yaml",
        "truth_sets:",
        "  - {id: na12878, version: v1, vcf: " + TestData.truthVcf() + ", confident: " + TestData.truthBed()
            + ", reference: " + TestData.reference() + "}",
        "submissions:",
        "  - {unit: north, sample: HG001, pipeline: {name: gatk4, version: '4'}, truth_set: na12878, vcf: "
            + TestData.gatk4Query() + "}",
        ""));
    return p;
  }

  @Test
  void planUnitsMergeEqualRun() throws Exception {
    final Path dir = TestData.scratch("cli-shard");
    final Path plan = plan(dir);
    final Path shards = dir.resolve("work/shards.json");
    final TestData.Run planned = TestData.run("plan", "--plan", plan.toString(), "--out", shards.toString());
    assertEquals(0, planned.exitCode(), planned.stderr());
    // One line per unit: K, kind, submission, contigs, records.
    final List<String> units = planned.stdout().lines().toList();
    assertEquals(2, units.size(), planned.stdout());
    assertTrue(units.get(0).matches("0\tintake\tnorth/HG001\t-\t\\d+"), units.get(0));
    assertTrue(units.get(1).matches("1\tcompare\tnorth/HG001\tchr20\t\\d+"), units.get(1));

    final Path out = dir.resolve("work/units");
    for (int k = 0; k < units.size(); k++) {
      final TestData.Run unit = TestData.run("compare", "--shard", shards + ":" + k, "--output", out.toString(),
          "--threads", "1", "-q");
      assertEquals(0, unit.exitCode(), unit.stderr());
      assertTrue(unit.stderr().contains("harness: unit " + k + " ("), unit.stderr());
    }
    final TestData.Run merged = TestData.run("merge", "--plan", plan.toString(), "--shards", shards.toString(),
        "--units-dir", out.toString(), "--run-id", "r", "--results", dir.resolve("sharded").toString(), "-q");
    final TestData.Run single = TestData.run("run", "--plan", plan.toString(), "--run-id", "r", "--results",
        dir.resolve("single").toString(), "-q");
    assertEquals(0, single.exitCode(), single.stderr());
    assertEquals(single.exitCode(), merged.exitCode(), merged.stderr());
    assertTrue(merged.stdout().contains("Results: " + dir.resolve("sharded/r")), merged.stdout());
    for (String f : List.of("north/HG001/HG001.summary.csv", "north/HG001/HG001.vcf.gz", "north/HG001/verdict.json",
        "north/HG001/intake.json", "north/HG001/HG001.metrics.json")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("single/r").resolve(f)),
          Files.readAllBytes(dir.resolve("sharded/r").resolve(f)), f);
    }

    // A merge without every unit's result names the missing ones (exit 2, nothing written).
    try (Stream<Path> s = Files.list(out)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("unit-0001")).toList()) {
        Files.delete(p);
      }
    }
    final TestData.Run missing = TestData.run("merge", "--plan", plan.toString(), "--shards", shards.toString(),
        "--units-dir", out.toString(), "--run-id", "r2", "--results", dir.resolve("sharded").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.stderr().startsWith("harness: error: ") && missing.stderr().contains("(units 1)"),
        missing.stderr());
    assertTrue(!Files.exists(dir.resolve("sharded/r2")));
  }

  @Test
  void shardUsageErrors() throws Exception {
    final TestData.Run bad = TestData.run("compare", "--shard", "shards.json");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.stderr().contains("--shard must be FILE:K"), bad.stderr());
    final TestData.Run mixed = TestData.run("compare", "--shard", "shards.json:1", "--truth", "t.vcf");
    assertEquals(2, mixed.exitCode());
    assertTrue(mixed.stderr().contains("--shard takes its inputs from the shards file"), mixed.stderr());
    final TestData.Run none = TestData.run("compare", "--query", "q.vcf", "--reference", "r.fa", "-o", "x");
    assertEquals(2, none.exitCode());
    assertTrue(none.stderr().contains("Missing required option: '--truth=VCF'"), none.stderr());
    final TestData.Run noFile = TestData.run("compare", "--shard", "/nonexistent/shards.json:0");
    assertEquals(2, noFile.exitCode());
    assertTrue(noFile.stderr().contains("cannot read the shards file"), noFile.stderr());
    final TestData.Run size = TestData.run("plan", "--plan", "p.yaml", "--out", "s.json", "--records-per-shard", "0");
    assertEquals(2, size.exitCode());
    assertTrue(size.stderr().contains("--records-per-shard must be at least 1"), size.stderr());
  }
}
