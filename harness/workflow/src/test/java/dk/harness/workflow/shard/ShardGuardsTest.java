package dk.harness.workflow.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import dk.harness.compare.ProgressSink;
import dk.harness.workflow.demo.Demo;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What plan, shard and merge refuse: results that are missing, foreign or damaged, and inputs that changed. */
class ShardGuardsTest {
  private static Path cohort;

  @BeforeAll
  static void cohort() throws Exception {
    final Path out = TestFiles.scratch("shard-guards");
    new Demo(ShardedRunFixture.quiet(), new PrintWriter(new StringWriter(), true))
        .run(new Demo.Options(out, 5, 50_000, false, Path.of("unused"), 2));
    cohort = out.resolve("demo-cohort");
  }

  private static Plan plan(Path results) {
    return new PlanReader(2).read(cohort.resolve("plan.yaml")).withOverrides(null, results, null, null);
  }

  @Test
  void unitsAreSizedByRecordsAndKeepContigsWhole() throws Exception {
    final Plan p = plan(TestFiles.scratch("shard-guards-size"));
    final ShardPlan one = ShardPlanner.plan(p, 1);
    final ShardPlan big = ShardPlanner.plan(p, Long.MAX_VALUE);
    assertEquals(5 * 4, one.units().size(), "intake, one unit per contig and the SV part's unit");
    assertEquals(5 * 3, big.units().size(), "intake, one unit with both contigs and the SV part's unit");
    for (WorkUnit u : big.units()) {
      if (u.kind() == WorkUnit.Kind.COMPARE) {
        assertEquals(java.util.List.of("chr1", "chr2"), u.contigs());
        final long sum = one.unitsOf(u.key()).stream().filter(x -> x.kind() == WorkUnit.Kind.COMPARE)
            .mapToLong(WorkUnit::records).sum();
        assertEquals(sum, u.records(), "the same records, grouped differently");
        assertTrue(u.truthRecords() > 0 && u.queryRecords() > 0);
      }
    }
    // Every input is listed with its checksum, and each unit names only listed inputs.
    for (WorkUnit u : big.units()) {
      for (String in : u.inputs()) {
        assertEquals(64, big.file(in).orElseThrow().sha256().length(), in);
      }
    }
    final Path file = TestFiles.scratch("shard-guards-io").resolve("shards.json");
    big.write(file);
    assertEquals(big, ShardPlan.read(file));
  }

  @Test
  void mergeRefusesMissingForeignAndDamagedResults() throws Exception {
    final Path work = TestFiles.scratch("shard-guards-merge");
    final Plan p = plan(work.resolve("results"));
    final ShardedRunFixture.Sharded done = ShardedRunFixture.run(p, work.resolve("a"), Long.MAX_VALUE, 1);

    // A missing unit: named, with the command that makes it.
    final Path units = done.unitsDir();
    Files.move(units.resolve("unit-0003.result.json"), work.resolve("moved.json"));
    final InputException missing = assertThrows(InputException.class, () -> ShardMerge.open(p, done.shardsFile(),
        units));
    assertTrue(missing.getMessage().contains("1 of 15 unit result(s) are missing (units 3)"), missing.getMessage());
    assertTrue(missing.getMessage().contains("harness compare --shard"), missing.getMessage());
    Files.move(work.resolve("moved.json"), units.resolve("unit-0003.result.json"));

    // Results of another shards file (same units, planned again: another file) are refused.
    final Path other = work.resolve("other.json");
    ShardPlanner.plan(p, 1).write(other);
    final InputException foreign = assertThrows(InputException.class, () -> ShardMerge.open(p, other, units));
    assertTrue(foreign.getMessage().contains("not of unit"), foreign.getMessage());

    // A damaged data file is refused before anything is written.
    final Path bin = units.resolve("unit-0001.compare.bin");
    final byte[] bytes = Files.readAllBytes(bin);
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(bin, bytes);
    final InputException damaged = assertThrows(InputException.class, () -> ShardMerge.open(p, done.shardsFile(),
        units));
    assertTrue(damaged.getMessage().contains("unit-0001.compare.bin: the unit's data is damaged"),
        damaged.getMessage());
  }

  @Test
  void shardsRefuseChangedInputsAndPlans() throws Exception {
    final Path work = TestFiles.scratch("shard-guards-changed");
    final Plan p = plan(work.resolve("results"));
    final Path file = work.resolve("shards.json");
    final ShardPlan shards = ShardPlanner.plan(p, Long.MAX_VALUE);
    shards.write(file);
    final InputException range = assertThrows(InputException.class, () -> ShardRunner.run(file, 15,
        work.resolve("u"), 1, ProgressSink.SILENT));
    assertTrue(range.getMessage().contains("there is no unit 15 (the file has units 0 to 14)"), range.getMessage());

    final Path query = Path.of(shards.units().get(1).inputs().stream().filter(s -> s.contains("units/north"))
        .findFirst().orElseThrow());
    final FileTime before = Files.getLastModifiedTime(query);
    try {
      Files.setLastModifiedTime(query, FileTime.fromMillis(before.toMillis() + 5000));
      final InputException changed = assertThrows(InputException.class, () -> ShardRunner.run(file, 1,
          work.resolve("u"), 1, ProgressSink.SILENT));
      assertTrue(changed.getMessage().contains("changed since the run was planned"), changed.getMessage());
      // Other submissions' units do not read it and still run.
      assertEquals(null, ShardRunner.run(file, 3, work.resolve("u"), 1, ProgressSink.SILENT).error());
    } finally {
      Files.setLastModifiedTime(query, before);
    }

    final Path planFile = cohort.resolve("plan.yaml");
    final String text = Files.readString(planFile);
    try {
      Files.writeString(planFile, text + "# edited\n");
      final InputException edited = assertThrows(InputException.class, () -> ShardRunner.run(file, 1,
          work.resolve("u"), 1, ProgressSink.SILENT));
      assertTrue(edited.getMessage().contains("the plan changed since"), edited.getMessage());
    } finally {
      Files.writeString(planFile, text);
    }
  }
}
