package dk.harness.workflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.harness.io.InputException;
import dk.harness.testdata.TestFiles;
import dk.harness.compare.TruthSetData;
import dk.harness.workflow.plan.Plan;
import dk.harness.workflow.plan.PlanReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TruthSetsTest {
  @Test
  void loadedOnceSharedThenFreedAfterTheLastUser() throws Exception {
    final Path dir = TestFiles.scratch("truth-sets");
    final Map<String, Path> two = new LinkedHashMap<>();
    two.put("north", RunFixtures.baseQueries().get("north"));
    two.put("south", RunFixtures.baseQueries().get("south"));
    final Plan plan = new PlanReader(1).read(RunFixtures.plan(dir, "plan.yaml", "x",
        RunFixtures.criteria(dir, 0.4, 0.45), two, 2));
    try (TruthSets sets = new TruthSets(plan.truthSets(), plan.submissions())) {
      // Two submissions asking at once get the same object from one load.
      final ExecutorService pool = Executors.newFixedThreadPool(2);
      final Future<TruthSetData> a = pool.submit(() -> sets.get("na12878-chr20"));
      final Future<TruthSetData> b = pool.submit(() -> sets.get("na12878-chr20"));
      assertSame(a.get(), b.get());
      pool.shutdown();
      assertEquals(Map.of("na12878-chr20", 1), sets.loads());
      assertEquals(221, sets.summary("na12878-chr20").records());
      sets.release("na12878-chr20");
      assertSame(a.get(), sets.get("na12878-chr20"), "still shared while a user is left");
      sets.release("na12878-chr20");
      // Freed: the summary stays for run.json, the data may not be asked for again.
      assertEquals(221, sets.summary("na12878-chr20").records());
      assertThrows(IllegalStateException.class, () -> sets.get("na12878-chr20"));
    }
  }

  @Test
  void aBrokenTruthSetFailsEveryAskerWithTheSameError() throws Exception {
    final Path dir = TestFiles.scratch("truth-sets-broken");
    final Plan plan = new PlanReader(1).read(RunFixtures.plan(dir, "plan.yaml", "x",
        RunFixtures.criteria(dir, 0.4, 0.45), Map.of("north", RunFixtures.baseQueries().get("north")), 1));
    final Plan broken = new Plan(plan.source(), plan.text(), plan.sha256(), 1, "x", plan.resultsDir(), 1,
        plan.gates(), null, null, java.util.List.of(new dk.harness.workflow.plan.PlanTruthSet("na12878-chr20", "v",
            null, null, null, dir.resolve("missing.vcf.gz"), null, RunFixtures.reference(), null, null, 1)),
        plan.submissions());
    try (TruthSets sets = new TruthSets(broken.truthSets(), broken.submissions())) {
      final InputException e = assertThrows(InputException.class, () -> sets.get("na12878-chr20"));
      assertTrue(e.problem().contains("does not exist"), e.getMessage());
      assertSame(e, assertThrows(InputException.class, () -> sets.get("na12878-chr20")));
      assertEquals(null, sets.summary("na12878-chr20"));
    }
  }
}
