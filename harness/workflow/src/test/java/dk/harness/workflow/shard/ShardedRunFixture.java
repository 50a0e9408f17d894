package dk.harness.workflow.shard;

import dk.harness.compare.ProgressSink;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.run.RunOptions;
import dk.harness.workflow.run.RunResult;
import dk.harness.workflow.run.Runner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A plan run the sharded way in one JVM: plan, every unit in a shuffled order, merge. */
final class ShardedRunFixture {
  private ShardedRunFixture() {
  }

  /** What a sharded run left. */
  record Sharded(ShardPlan shards, Path shardsFile, Path unitsDir, RunResult result) {
  }

  static RunOptions quiet() {
    return RunOptions.of("test", new PrintWriter(new StringWriter(), true)).withQuiet(true);
  }

  /**
   * Plans {@code plan} into {@code work/shards.json}, runs every unit (in an order shuffled by {@code seed}, one
   * engine thread, to show neither matters) into {@code work/units}, and merges into {@code plan}'s results folder.
   */
  static Sharded run(Plan plan, Path work, long recordsPerShard, long seed) throws Exception {
    final ShardPlan shards = ShardPlanner.plan(plan, recordsPerShard);
    Files.createDirectories(work);
    final Path file = work.resolve("shards.json");
    shards.write(file);
    final Path units = work.resolve("units");
    final List<Integer> order = new ArrayList<>();
    for (int k = 0; k < shards.units().size(); k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(seed));
    for (int k : order) {
      ShardRunner.run(file, k, units, 1, ProgressSink.SILENT);
    }
    try (ShardMerge merge = ShardMerge.open(plan, file, units)) {
      return new Sharded(shards, file, units, new Runner(quiet()).run(plan, merge));
    }
  }
}
